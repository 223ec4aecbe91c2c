import { siteUrl } from '../../../site/routes';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { entriesIn, portableLinks, slugOf } from '../../../site/content-queries';
import {
  feedItem,
  feedResponse,
  jsonFeed,
  type SideEffectExtension,
  type SideEffectFeed,
} from '../../../features/clinics/feeds';
import { feedFacts, reviewedEntryFields } from '../../../features/clinics/feed-facts';
import { perLocale } from '../../../site/static-paths';
import { ui } from '../../../i18n';

export const getStaticPaths = perLocale;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Every side effect in one language, as a JSON Feed for feed readers, clinics and partners. */
export const GET: APIRoute<Props> = async ({ props: { locale }, site: configured }) => {
  const site = siteUrl(configured);
  const t = ui(locale);
  const links = await portableLinks(locale, site);
  const items = (await entriesIn('sideEffects', locale)).map((item) =>
    feedItem<SideEffectExtension>({
      ...reviewedEntryFields('sideEffects', item, site, links),
      title: item.data.title,
      tags: [t.sideEffectIndex.frequency[item.data.howCommon]],
      extension: {
        id: slugOf(item),
        how_common: item.data.howCommon,
        how_long: item.data.howLong,
        serious: item.data.serious,
      },
    }),
  );
  const feed: SideEffectFeed = jsonFeed(await feedFacts(locale, site, 'sideEffects'), items);
  return feedResponse(feed);
};
