import { slugOf, treatmentOptions } from '../../site/content-queries';
import type { Locale } from '../../language/locales';
import { comparedTreatment } from './comparison';

/** The options of content/treatment-options/<language>/ as the table shows them, in column order. */
export async function comparedTreatments(locale: Locale) {
  return (await treatmentOptions(locale)).map((entry) => comparedTreatment(slugOf(entry), entry.data));
}
