import { LOCALES, type Locale, langParam, splitEntryId } from '../language/locales';

/** getStaticPaths for a page that exists once per language. */
export function perLocale() {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/** getStaticPaths for one page per content entry, in the entry's language. */
export function perEntry<E extends { id: string }>(entries: E[]) {
  return entries.map((entry) => {
    const { locale, slug } = splitEntryId(entry.id);
    return { params: { lang: langParam(locale), slug }, props: { locale: locale as Locale, entry } };
  });
}

/**
 * The same pages once per country a clinic can pick (careRegions()): the country in the address in lower case
 * (params.country "ie"), and as props.region in capitals ("IE"), the form WhenToGetHelp reads.
 */
export function perCountry<Params extends Record<string, string | undefined>, Props extends object>(
  paths: Array<{ params: Params; props: Props }>,
  regions: readonly string[],
) {
  return regions.flatMap((region) =>
    paths.map(({ params, props }) => ({
      params: { ...params, country: region.toLowerCase() },
      props: { ...props, region },
    })),
  );
}
