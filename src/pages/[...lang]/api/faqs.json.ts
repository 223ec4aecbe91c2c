import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { entriesIn, portableLinks, slugOf, urlOf } from '../../../site/content-queries';
import { type FaqFeed, feedHeader, feedResponse } from '../../../features/clinics/feeds';
import { isoDay } from '../../../site/dates';
import { mdxToPlainText, mdxToPortableHtml } from '../../../site/plain-text';
import { absoluteUrl, siteUrl } from '../../../site/routes';
import { perLocale } from '../../../site/static-paths';
import { faqPage } from '../../../seo/structured-data';
import { ui } from '../../../i18n';

export const getStaticPaths = perLocale;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Every question and answer in one language, for clinics and partners. */
export const GET: APIRoute<Props> = async ({ props: { locale }, site: configured }) => {
  const site = siteUrl(configured);
  const t = ui(locale);
  const links = await portableLinks(locale, site);
  const items = (await entriesIn('faqs', locale)).map((faq) => ({
    id: slugOf(faq),
    question: faq.data.question,
    answerHtml: mdxToPortableHtml(faq.body ?? '', links),
    answerText: mdxToPlainText(faq.body ?? ''),
    category: faq.data.category,
    categoryName: t.faqIndex.categories[faq.data.category],
    url: absoluteUrl(site, urlOf('faqs', faq)),
    lastReviewed: isoDay(faq.data.lastReviewed),
  }));
  const feed: FaqFeed = {
    ...feedHeader(locale, site),
    items,
    structuredData: faqPage(items),
  };
  return feedResponse(feed);
};
