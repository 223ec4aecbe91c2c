import { COLLECTIONS } from '../../collections/registry.ts';
import type { ContentPage } from '../../collections/content-files.ts';
import { citedIds, numbersIn, paragraphsOf, sentencesOf } from './cited-text.ts';
import { asList, isPage, keyFactsOf, type LintRule, type LintRun, lineOf, report, type Severity } from './rule.ts';

/** The three citation rules (numbers are cited, listed sources are cited, summaries say no more than the cited text) fail the lint. */
const severity: Severity = 'error';

const quote = (sentence: string) => (sentence.length > 70 ? `${sentence.slice(0, 70)}…` : sentence);
const isMedicalPage = (entry: Parameters<NonNullable<LintRule['checkFile']>>[0]): entry is ContentPage =>
  isPage(entry) && COLLECTIONS[entry.collection].medical;
const sourcesHint = (page: ContentPage) => {
  const ids = asList(page.data.sources);
  return ids.length === 0
    ? 'none yet: add its id to sources: too'
    : ids.length > 4
      ? `${ids.slice(0, 4).join(', ')}…`
      : ids.join(', ');
};

/** (a) A sentence with a number or a percentage in a medical page has a <Cite> in its paragraph. */
export const citedNumbersRule: LintRule = {
  checkFile(entry, file, run) {
    const tree = run.bodies.get(entry.file);
    if (!tree || !isMedicalPage(entry)) return;
    for (const paragraph of paragraphsOf(tree, run.helpLines)) {
      if (paragraph.numbers.length === 0 || paragraph.cites.length > 0) continue;
      const sentence =
        sentencesOf(paragraph.text).find((text) => numbersIn(text, run.helpLines).length > 0) ?? paragraph.text;
      report(
        file,
        `Uncited number: "${quote(sentence)}" states a number, but its paragraph has no <Cite>. Add <Cite id="…" /> after it for the source it comes from (this page's sources: ${sourcesHint(entry)}), or say it without the number.`,
        paragraph,
        'cited-numbers',
        severity,
      );
    }
  },
};

/** (b) Every source in a page's sources: is cited in its text; an index page cites in its keyFacts (cite:). */
export const sourcesCitedRule: LintRule = {
  checkFile(entry, file, run) {
    if (!isPage(entry)) return;
    const tree = run.bodies.get(entry.file);
    const cited = new Set(tree ? citedIds(tree) : keyFactsOf(entry.data.keyFacts).flatMap((fact) => fact.cite));
    const line = { line: lineOf(entry.text, 'sources') };
    for (const id of asList(entry.data.sources).filter((source) => !cited.has(source))) {
      const fix = tree
        ? `Cite it with <Cite id="${id}" /> after the sentence it supports, or remove it from sources:.`
        : 'An index page cites only in its keyFacts: add it to the cite: list of the fact it supports, or remove it from sources: and let the pages that state the facts cite it.';
      report(file, `sources: "${id}" is listed but not cited on this page. ${fix}`, line, 'sources-cited', severity);
    }
  },
};

/** The numbers of the cited sentences of a language's MDX pages, built once per run for the index pages. */
const citedNumbersOfSite = new WeakMap<LintRun, Map<string, Set<string>>>();
function siteCitedNumbers(run: LintRun, locale: string): Set<string> {
  let byLocale = citedNumbersOfSite.get(run);
  if (!byLocale) {
    byLocale = new Map();
    for (const page of run.index.pages) {
      const tree = run.bodies.get(page.file);
      if (!tree) continue;
      const numbers = byLocale.get(page.locale) ?? new Set<string>();
      for (const paragraph of paragraphsOf(tree, run.helpLines))
        if (paragraph.cites.length > 0) for (const number of paragraph.numbers) numbers.add(number);
      byLocale.set(page.locale, numbers);
    }
    citedNumbersOfSite.set(run, byLocale);
  }
  return byLocale.get(locale) ?? new Set();
}

/** (c) A number in a page's keyFacts or description is in a cited sentence of its body (an index page's: of any page of the site). */
export const summaryNumbersRule: LintRule = {
  checkFile(entry, file, run) {
    if (!isMedicalPage(entry)) return;
    const tree = run.bodies.get(entry.file);
    const cited = tree
      ? new Set(
          paragraphsOf(tree, run.helpLines)
            .filter((paragraph) => paragraph.cites.length > 0)
            .flatMap((paragraph) => paragraph.numbers),
        )
      : siteCitedNumbers(run, entry.locale);
    const where = tree ? 'in a cited sentence of this page' : 'in a cited sentence of any page of the site';
    const summaries: Array<[string, string]> = [
      ...(typeof entry.data.description === 'string'
        ? [['description', entry.data.description] as [string, string]]
        : []),
      // A key fact that cites its own sources is a cited sentence itself.
      ...keyFactsOf(entry.data.keyFacts)
        .filter((fact) => fact.cite.length === 0)
        .map((fact): [string, string] => ['keyFacts', fact.text]),
    ];
    const lines = entry.text.split(/\r?\n/);
    for (const [key, text] of summaries) {
      const missing = [...new Set(numbersIn(text, run.helpLines))].filter((number) => !cited.has(number));
      if (missing.length === 0) continue;
      // A key fact's own line when it fits on one, else the key's.
      const own = lines.findIndex((line) => line.includes(text.slice(0, 30)));
      report(
        file,
        `${key}: ${missing.map((number) => `"${number}"`).join(', ')} in "${quote(text)}" ${missing.length === 1 ? 'is' : 'are'} not ${where}. A summary may say no more than the cited text: state it there with its <Cite>, or leave it out here.`,
        { line: own >= 0 ? own + 1 : lineOf(entry.text, key) },
        'summary-numbers',
        severity,
      );
    }
  },
};
