import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { entriesIn, portableLinks, slugOf, urlOf } from '../../../data/content';
import { type FaqFeed, feedResponse, isoDay } from '../../../lib/feeds';
import { localePath } from '../../../lib/locales';
import { mdxToPlainText, mdxToPortableHtml } from '../../../lib/plain-text';
import { absoluteUrl } from '../../../lib/routes';
import { perLocale } from '../../../lib/static-paths';
import { faqPage } from '../../../lib/structured-data';
import { ui } from '../../../i18n';

export const getStaticPaths = perLocale;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Every question and answer in one language, for clinics and partners. */
export const GET: APIRoute<Props> = async ({ props: { locale }, site = new URL('http://localhost/') }) => {
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
    generated: new Date().toISOString(),
    language: locale,
    license: t.footer.licence,
    attribution: `${t.siteName}, ${absoluteUrl(site, localePath(locale))}`,
    items,
    structuredData: faqPage(items),
  };
  return feedResponse(feed);
};
