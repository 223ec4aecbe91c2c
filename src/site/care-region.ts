import type { Locale } from '../language/locales.ts';

/**
 * Where a reader should go for help depends on the country they are in, not the language they read. Each language's
 * edition shows one country's services by default; a clinic's copy sets its own country for every language with
 * CARE_REGION (an ISO 3166-1 alpha-2 code), which astro.config.mjs checks and defines as __CARE_REGION__.
 */
export const DEFAULT_CARE_REGIONS: Record<Locale, string> = { en: 'GB', es: 'ES' };

/** The file in content/care-services/ for every country the site has no services of its own for. */
export const ELSEWHERE = 'elsewhere';

/** The country codes content/care-services/ has files for ("gb.yaml" → "GB"), leaving out elsewhere.yaml. */
export function careRegionCodes(fileNames: readonly string[]): string[] {
  return fileNames
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .filter((id) => id !== ELSEWHERE)
    .map((id) => id.toUpperCase())
    .sort();
}

/**
 * The country a CARE_REGION value names, in capitals, or undefined when it is unset or empty. A value that is not
 * one of the supported codes stops the build: a clinic must never show its patients another country's numbers.
 */
export function careRegionSetting(value: string | undefined, supported: readonly string[]): string | undefined {
  const code = value?.trim().toUpperCase();
  if (code === undefined || code === '') return undefined;
  if (supported.includes(code)) return code;
  const defaults = Object.entries(DEFAULT_CARE_REGIONS)
    .map(([locale, region]) => `${locale} pages ${region}`)
    .join(', ');
  throw new Error(
    `CARE_REGION="${value}" is not a country this site has care services for. Set it to one of: ${supported.join(', ')} ` +
      `(ISO 3166-1 alpha-2 codes, one file each in content/care-services/), or leave it unset for each language's own (${defaults}).`,
  );
}

/** The CARE_REGION this build was made with (astro.config.mjs); plain Node scripts read the environment. */
const BUILD_CARE_REGION: string | undefined =
  typeof __CARE_REGION__ !== 'undefined'
    ? (__CARE_REGION__ ?? undefined)
    : process.env.CARE_REGION?.trim().toUpperCase() || undefined;

/**
 * The country whose services a page in this language shows: CARE_REGION when set, otherwise the language's default.
 * A setting of null is unset whatever the environment says (the content lint passes the value it was given).
 */
export function careRegionOf(locale: Locale, setting: string | null | undefined = BUILD_CARE_REGION): string {
  return setting ?? DEFAULT_CARE_REGIONS[locale];
}

/** The id of a country's file in content/care-services/: "GB" → "gb". */
export const careServiceId = (region: string) => region.toLowerCase();
