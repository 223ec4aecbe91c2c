// The Snowball Spanish stemmer (snowballstem.org/algorithms/spanish), as Pagefind stems Spanish: the same stems as
// @orama/stemmers' generated code (a unit test compares them over every word of the Spanish content), written small,
// since every Spanish reader downloads it with search.

const VOWEL = /[aeiouáéíóúü]/;
const isVowel = (letter: string | undefined) => letter !== undefined && VOWEL.test(letter);

/** Suffix lists, longest match first: a list's string split on spaces. */
const list = (words: string) => words.split(' ').sort((a, b) => b.length - a.length);
const PRONOUNS = list('me se sela selo selas selos la le lo las les los nos');
const BEFORE_PRONOUN = list('iéndo ándo ár ér ír ando iendo ar er ir yendo');
const STEP1: [string[], string][] = [
  [
    list(
      'anza anzas ico ica icos icas ismo ismos able ables ible ibles ista istas oso osa osos osas amiento amientos imiento imientos',
    ),
    'plain',
  ],
  [list('adora ador ación adoras adores aciones ante antes ancia ancias'), 'ic'],
  [list('logía logías'), 'log'],
  [list('ución uciones'), 'u'],
  [list('encia encias'), 'ente'],
  [['amente'], 'amente'],
  [['mente'], 'mente'],
  [list('idad idades'), 'idad'],
  [list('iva ivo ivas ivos'), 'iva'],
];
const STEP1_SUFFIXES = list(STEP1.flatMap(([suffixes]) => suffixes).join(' '));
const Y_VERB = list('ya ye yan yen yeron yendo yo yó yas yes yais yamos');
const GU_VERB = list('en es éis emos');
const VERB = list(
  'arían arías arán arás aríais aría aréis aríamos aremos ará aré erían erías erán erás eríais ería eréis eríamos ' +
    'eremos erá eré irían irías irán irás iríais iría iréis iríamos iremos irá iré aba ada ida ía ara iera ad ed id ' +
    'ase iese aste iste an aban ían aran ieran asen iesen aron ieron ado ido ando iendo ió ar er ir as abas adas ' +
    'idas ías aras ieras ases ieses ís áis abais íais arais ierais aseis ieseis asteis isteis ados idos amos ábamos ' +
    'íamos imos áramos iéramos iésemos ásemos en es éis emos',
);
const RESIDUAL = list('os a o á í ó e é');
const ACCENTED: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };

/** Where the region after the first non-vowel following a vowel starts, from `from` on (the word's length if none). */
function regionAfter(word: string, from: number): number {
  for (let at = from + 1; at < word.length; at += 1) if (!isVowel(word[at]) && isVowel(word[at - 1])) return at + 1;
  return word.length;
}

/** RV: after the next vowel, the next consonant, or the third letter, by how the word starts. */
function rvStart(word: string): number {
  const [first, second] = [word[0], word[1]];
  if (word.length < 2) return word.length;
  const after = (test: (letter: string) => boolean) => {
    for (let at = 2; at < word.length; at += 1) if (test(word[at]!)) return at + 1;
    return undefined;
  };
  const found = !isVowel(second)
    ? after((letter) => isVowel(letter))
    : isVowel(first)
      ? after((letter) => !isVowel(letter))
      : 3;
  return Math.min(found ?? word.length, word.length);
}

/** The longest of `suffixes` the word ends with, starting at or after `limit`. */
const longest = (word: string, suffixes: string[], limit = 0) =>
  suffixes.find((suffix) => word.endsWith(suffix) && word.length - suffix.length >= limit);

export function spanishStem(input: string): string {
  let word = input;
  const rv = rvStart(word);
  const r1 = regionAfter(word, 0);
  const r2 = regionAfter(word, r1);
  const inRegion = (start: number, region: number) => start >= region;

  // Step 0: a pronoun attached to an infinitive or gerund ("lavarme", "dándole").
  const pronoun = longest(word, PRONOUNS);
  if (pronoun) {
    const stem = word.slice(0, -pronoun.length);
    const verb = longest(stem, BEFORE_PRONOUN);
    const before = stem.slice(0, verb ? -verb.length : undefined);
    if (verb && before.length >= rv && (verb !== 'yendo' || before.endsWith('u')))
      word = before + [...verb].map((letter) => ACCENTED[letter] ?? letter).join('');
  }

  // Step 1: standard suffixes, each in its region; the longest decides, and fails alone.
  const drop = (count: number) => (word = word.slice(0, word.length - count));
  const inR2 = (suffix: string) => inRegion(word.length - suffix.length, r2);
  const tryDrop = (suffix: string, region = r2) => {
    if (!word.endsWith(suffix) || !inRegion(word.length - suffix.length, region)) return false;
    drop(suffix.length);
    return true;
  };
  let removed = false;
  const standard = longest(word, STEP1_SUFFIXES);
  if (standard) {
    const rule = STEP1.find(([suffixes]) => suffixes.includes(standard))![1];
    const start = word.length - standard.length;
    if (rule === 'amente' ? inRegion(start, r1) : inR2(standard)) {
      removed = true;
      const replacement = { log: 'log', u: 'u', ente: 'ente' }[rule as 'log'];
      word = word.slice(0, start) + (replacement ?? '');
      if (rule === 'ic') tryDrop('ic');
      else if (rule === 'iva') tryDrop('at');
      else if (rule === 'amente') {
        const before = longest(word, ['iv', 'os', 'ic', 'ad']);
        if (before && tryDrop(before) && before === 'iv') tryDrop('at');
      } else if (rule === 'mente') tryDrop(longest(word, ['ante', 'able', 'ible']) ?? '\0');
      else if (rule === 'idad') tryDrop(longest(word, ['abil', 'ic', 'iv']) ?? '\0');
    }
  }

  // Step 2: verb endings in RV ("-yo" only after u; "-en", "-es" take a u after g with them).
  if (!removed) {
    const y = longest(word, Y_VERB, rv);
    if (y && word.slice(0, -y.length).endsWith('u')) drop(y.length);
    else {
      const verb = longest(word, VERB, rv);
      if (verb) {
        drop(verb.length);
        if (GU_VERB.includes(verb) && word.endsWith('gu')) drop(1);
      }
    }
  }

  // Step 3: a residual vowel in RV.
  const residual = longest(word, RESIDUAL);
  if (residual && word.length - residual.length >= rv) {
    drop(residual.length);
    if ((residual === 'e' || residual === 'é') && word.endsWith('gu') && word.length - 1 >= rv) drop(1);
  }
  return word.replace(/[áéíóú]/g, (letter) => ACCENTED[letter]!);
}
