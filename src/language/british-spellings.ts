import { createRequire } from 'node:module';

// The site is written in British English: the content lint corrects American spellings, and search mends them in queries.
// American → British spellings (about 1,700 words, MIT): the data file of american-british-english-translator.
const AMERICAN_TO_BRITISH = createRequire(import.meta.url)(
  'american-british-english-translator/data/american_spellings.json',
) as Record<string, string>;

/** Words the list gets wrong for NHS-style British English: both spellings are right, or the word has another meaning. */
const ALSO_BRITISH = new Set([
  'analog',
  'check',
  'checks',
  'dialog',
  'disk',
  'disks',
  'draft',
  'drafts',
  'fetal',
  'fetus',
  'fetuses',
  'gram',
  'grams',
  'install',
  'installs',
  'judgment',
  'license',
  'licensed',
  'licenses',
  'licensing',
  'meter',
  'meters',
  'practice',
  'practices',
  'program',
  'programs',
  'tire',
  'tired',
  'tires',
  'tiring',
  'ax',
  'edema',
]);

/** Medical words the list lacks or spells wrongly. */
const MEDICAL = {
  edema: 'oedema',
  hematoma: 'haematoma',
  hematomas: 'haematomas',
  ischemia: 'ischaemia',
  hemorrhaging: 'haemorrhaging',
};

/** The British spelling of an American word, or undefined when the word is fine. */
export function britishSpellingOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  const british = Object.hasOwn(MEDICAL, lower)
    ? MEDICAL[lower as keyof typeof MEDICAL]
    : ALSO_BRITISH.has(lower) || !Object.hasOwn(AMERICAN_TO_BRITISH, lower)
      ? undefined
      : AMERICAN_TO_BRITISH[lower];
  if (!british) return undefined;
  if (word === word.toUpperCase() && word.length > 1) return british.toUpperCase();
  return word[0] === word[0]?.toUpperCase() ? british[0]?.toUpperCase() + british.slice(1) : british;
}

/** Every [American, British] pair the site would correct, lower case: search mends the American ones in queries. */
export function americanSpellings(): Array<[string, string]> {
  return [...Object.keys(AMERICAN_TO_BRITISH), ...Object.keys(MEDICAL)].flatMap((american) => {
    const british = britishSpellingOf(american);
    return british ? [[american, british] as [string, string]] : [];
  });
}
