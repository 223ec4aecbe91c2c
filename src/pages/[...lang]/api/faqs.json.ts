import { siteUrl } from '../../../site/routes';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { entriesIn, portableLinks, slugOf } from '../../../site/content-queries';
import {
  type FaqExtension,
  type FaqFeed,
  feedItem,
  feedResponse,
  fullAnswers,
  jsonFeed,
} from '../../../features/clinics/feeds';
import { feedFacts, reviewedEntryFields } from '../../../features/clinics/feed-facts';
import { perLocale } from '../../../site/static-paths';
import { faqPage } from '../../../seo/structured-data';
import { ui } from '../../../i18n';

export const getStaticPaths = perLocale;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Every question and answer in one language, as a JSON Feed for feed readers, clinics and partners. */
export const GET: APIRoute<Props> = async ({ props: { locale }, site: configured }) => {
  const site = siteUrl(configured);
  const t = ui(locale);
  const links = await portableLinks(locale, site);
  const items = (await entriesIn('faqs', locale)).map((faq) =>
    feedItem<FaqExtension>({
      ...reviewedEntryFields('faqs', faq, site, links),
      title: faq.data.question,
      tags: [t.faqIndex.categories[faq.data.category]],
      extension: { id: slugOf(faq), category: faq.data.category },
    }),
  );
  const structuredData = {
    rule: t.clinics.structuredDataRule,
    json_ld: faqPage(fullAnswers(items)),
  };
  const feed: FaqFeed = jsonFeed({ ...(await feedFacts(locale, site, 'faqs')), structuredData }, items);
  return feedResponse(feed);
};
