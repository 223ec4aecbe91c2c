import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { embedOfPage, oembedResponse, pagePathOf } from '../../../features/clinics/pasteable-pages';
import { LOCALES, langParam, localePath } from '../../../language/locales';
import { careRegionOf } from '../../../site/care-region';
import { sitePages } from '../../../site/content-queries';
import { absoluteUrl, siteUrl } from '../../../site/routes';
import { ui } from '../../../i18n';

/** One oEmbed file per page a clinic may paste (pasteable-pages.ts), in every language: /oembed/faqs/pain.json. */
export async function getStaticPaths() {
  const paths = await Promise.all(
    LOCALES.map(async (locale) =>
      (await sitePages(locale)).flatMap(({ url, title }) => {
        const page = pagePathOf(url);
        // The embed gives the country this language's pages are built for, as the page itself does.
        const embed = embedOfPage(page, careRegionOf(locale));
        return embed ? [{ params: { lang: langParam(locale), page }, props: { locale, title, url, embed } }] : [];
      }),
    ),
  );
  return paths.flat();
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { locale, title, url, embed }, site: configured }) => {
  const site = siteUrl(configured);
  const t = ui(locale);
  const response = oembedResponse({
    locale,
    title,
    pageUrl: absoluteUrl(site, url),
    embedUrl: absoluteUrl(site, localePath(locale) + embed),
    iframeTitle: t.clinics.iframeTitle(title, t.siteName),
    providerName: t.siteName,
    site,
  });
  return new Response(JSON.stringify(response, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
