import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { entriesIn, portableLinks, slugOf, urlOf } from '../../../site/content-queries';
import { type ContentFeed, feedResponse, isoDay, type SideEffectFeedItem } from '../../../features/clinics/feeds';
import { localePath } from '../../../site/locales';
import { mdxToPlainText, mdxToPortableHtml } from '../../../site/plain-text';
import { absoluteUrl } from '../../../site/routes';
import { perLocale } from '../../../site/static-paths';
import { ui } from '../../../i18n';

export const getStaticPaths = perLocale;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Every side effect in one language, for clinics and partners. */
export const GET: APIRoute<Props> = async ({ props: { locale }, site = new URL('http://localhost/') }) => {
  const t = ui(locale);
  const links = await portableLinks(locale, site);
  const feed: ContentFeed<SideEffectFeedItem> = {
    generated: new Date().toISOString(),
    language: locale,
    license: t.footer.licence,
    attribution: `${t.siteName}, ${absoluteUrl(site, localePath(locale))}`,
    items: (await entriesIn('sideEffects', locale)).map((item) => ({
      id: slugOf(item),
      title: item.data.title,
      summary: item.data.description,
      howCommon: item.data.howCommon,
      howLong: item.data.howLong,
      serious: item.data.serious,
      bodyHtml: mdxToPortableHtml(item.body ?? '', links),
      bodyText: mdxToPlainText(item.body ?? ''),
      url: absoluteUrl(site, urlOf('sideEffects', item)),
      lastReviewed: isoDay(item.data.lastReviewed),
    })),
  };
  return feedResponse(feed);
};
