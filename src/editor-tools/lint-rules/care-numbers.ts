import { phoneNumberPattern } from '../../collections/care-service-schema.ts';
import { careRegionOf, careServiceId, ELSEWHERE } from '../../site/care-region.ts';
import { DEFAULT_LOCALE, type Locale, localePath } from '../../language/locales.ts';
import type { ContentFile } from '../../collections/content-files.ts';
import { asList, type LintRule, type LintRun, placeAt, report } from './rule.ts';
import { textFieldsOf } from './word-checks.ts';
import { bodyProse, escaped, wholePhrasePattern } from './prose.ts';

/** The index page that lists every country's services, and so names them all (content/index-pages/<language>/urgent-help.yaml). */
const EVERY_COUNTRY_PAGE = 'urgent-help';

/** A number or service name of other countries than the one a language's pages are shown in. */
interface ForeignTerm {
  kind: 'number' | 'service';
  pattern: RegExp;
  /** The countries that list it, e.g. "GB (United Kingdom) and IE (Ireland)". */
  owners: string;
}

/** What one language's prose must not name: every term of content/care-services/ its country's file does not list. */
interface LanguageRule {
  /** The country, e.g. "ES (Spain)". */
  country: string;
  foreign: ForeignTerm[];
}

/** One spelling of a term for comparing: "GP Out-of-Hours" is IE's "GP out-of-hours". */
const termKey = (term: string) => term.trim().toLowerCase().replace(/\s+/g, ' ');
const listed = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');

/** A country's code and English name for messages: "GB (United Kingdom)"; the file for every other country says so. */
function countryLabel(code: string, file: ContentFile | undefined): string {
  if (file?.slug === ELSEWHERE) return `other countries (${ELSEWHERE}.yaml)`;
  const name = (file?.data.name as Partial<Record<Locale, string>> | undefined)?.[DEFAULT_LOCALE];
  return name ? `${code} (${name})` : code;
}

/** Each language's rule, built once per run: CARE_REGION and content/care-services/ are the same for every file. */
const rulesOfRun = new WeakMap<LintRun, Map<Locale, LanguageRule>>();
function languageRule(run: LintRun, locale: Locale): LanguageRule {
  const byLocale = rulesOfRun.get(run) ?? new Map<Locale, LanguageRule>();
  rulesOfRun.set(run, byLocale);
  const built = byLocale.get(locale);
  if (built) return built;

  const files = [...run.index.careServices].sort((a, b) => Number(a.data.order) - Number(b.data.order));
  const code = careRegionOf(locale, run.careRegion);
  const own = files.find((file) => file.slug === careServiceId(code));
  // A term the country lists is its own, even when other countries list it too (112 is GB's and ES's).
  const allowed = new Set([...asList(own?.data.numbers), ...asList(own?.data.serviceNames)].map(termKey));
  const owners = new Map<string, { kind: ForeignTerm['kind']; term: string; countries: string[] }>();
  for (const file of files) {
    const terms = [
      ...asList(file.data.numbers).map((term) => ['number', term] as const),
      ...asList(file.data.serviceNames).map((term) => ['service', term] as const),
    ];
    for (const [kind, term] of terms.filter(([, term]) => !allowed.has(termKey(term)))) {
      const found = owners.get(termKey(term)) ?? { kind, term, countries: [] };
      found.countries.push(countryLabel(file.slug.toUpperCase(), file));
      owners.set(termKey(term), found);
    }
  }
  const rule: LanguageRule = {
    country: countryLabel(code, own),
    foreign: [...owners.values()].map(({ kind, term, countries }) => ({
      kind,
      pattern: kind === 'number' ? phoneNumberPattern(escaped(term)) : wholePhrasePattern(term),
      owners: listed(countries),
    })),
  };
  byLocale.set(locale, rule);
  return rule;
}

/**
 * No phone number or service name of another country in a language's prose: readers of that language are sent to
 * one country's services (src/site/care-region.ts), and the "when to get help" cards and /urgent-help/ take them from
 * content/care-services/. MDX bodies and the text fields of pages, glossary terms and safety notes are checked; the
 * care services are the data, and the urgent help page lists every country.
 */
export const careNumbersRule: LintRule = {
  checkFile(entry, file, run) {
    if (entry.collection === 'careServices' || (entry.collection === 'indexPages' && entry.slug === EVERY_COUNTRY_PAGE))
      return;
    const rule = languageRule(run, entry.locale);
    const tree = run.bodies.get(entry.file);
    const prose = [...textFieldsOf(entry), ...(tree ? bodyProse(tree) : [])];
    const found: Array<{ at: number; text: string; term: ForeignTerm }> = [];
    for (const { text, start, end } of prose) {
      for (const term of rule.foreign) {
        // Found in the words readers see; placed at the same match in the file, or at the text's start.
        const written = [...entry.text.slice(start, end).matchAll(term.pattern)];
        [...text.matchAll(term.pattern)].forEach((match, index) =>
          found.push({ at: start + (written[index]?.index ?? 0), text: match[0].replace(/\s+/g, ' '), term }),
        );
      }
    }
    const setting =
      run.careRegion === null ? `CARE_REGION unset: the ${entry.locale} default` : `CARE_REGION=${run.careRegion}`;
    const everyCountry = localePath(entry.locale, EVERY_COUNTRY_PAGE);
    for (const { at, text, term } of found.sort((a, b) => a.at - b.at)) {
      const [what, noun] = term.kind === 'number' ? ['a phone number', 'number'] : ['a service name', 'service'];
      const fix = entry.file.endsWith('.mdx')
        ? `put <WhenToGetHelp /> or link to ${everyCountry}, whose ${noun}s come from content/care-services/`
        : `the "when to get help" cards and ${everyCountry} give readers their country's, from content/care-services/`;
      report(
        file,
        `"${text}" is ${what} of ${term.owners}, but ${entry.locale} pages are shown in ${rule.country} (${setting}). Name no ${noun} in prose: ${fix}.`,
        placeAt(entry.text, at),
        'care-numbers',
        'error',
      );
    }
  },
};
