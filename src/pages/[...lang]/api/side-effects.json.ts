import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { entriesIn, portableLinks, slugOf, urlOf } from '../../../site/content-queries';
import { type ContentFeed, feedHeader, feedResponse, type SideEffectFeedItem } from '../../../features/clinics/feeds';
import { isoDay } from '../../../site/dates';
import { mdxToPlainText, mdxToPortableHtml } from '../../../site/plain-text';
import { absoluteUrl, siteUrl } from '../../../site/routes';
import { perLocale } from '../../../site/static-paths';

export const getStaticPaths = perLocale;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Every side effect in one language, for clinics and partners. */
export const GET: APIRoute<Props> = async ({ props: { locale }, site: configured }) => {
  const site = siteUrl(configured);
  const links = await portableLinks(locale, site);
  const feed: ContentFeed<SideEffectFeedItem> = {
    ...feedHeader(locale, site),
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
