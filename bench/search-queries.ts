// Patients' queries for the search benchmark (bench/search-quality.ts), written before any tuning, in the words a
// worried reader types: short keywords, questions, lay words, misspellings, US spellings and colloquial phrases. Each
// lists the pages that would be a right answer; a query counts as found at the rank of the first of them.
// Keep this set general: never tune the search for one line of it, and never copy a page title into it.

export type QueryKind = 'keyword' | 'question' | 'lay' | 'misspelling' | 'us' | 'accents' | 'colloquial';

export interface BenchQuery {
  query: string;
  kind: QueryKind;
  /** Site paths that answer it (a page, or a glossary or FAQ list with its anchor dropped). */
  accept: string[];
  /** A set written for one change of the rules, reported on its own too (search-quality.ts). */
  set?:
    'everyday words' | 'Spanish, grown to the English size' | 'question intent and colloquial words' | 'long questions';
}

/** Site paths of a language's pages: '' for English, '/es' for Spanish (the slugs are the same in every language). */
export function sitePaths(prefix: '' | `/${string}`) {
  return {
    faq: (slug: string) => `${prefix}/faqs/${slug}/`,
    sideEffect: (slug: string) => `${prefix}/side-effects/${slug}/`,
    condition: (slug: string) => `${prefix}/conditions/${slug}/`,
    guide: (slug: string) => `${prefix}/guides/${slug}/`,
    page: (path: string) => `${prefix}${path}`,
  };
}
const { faq, sideEffect, condition, guide } = sitePaths('');

export const BENCH_QUERIES: BenchQuery[] = [
  // Short keywords.
  { query: 'bruises', kind: 'keyword', accept: [sideEffect('bruising')] },
  { query: 'itchy', kind: 'keyword', accept: [sideEffect('itching')] },
  { query: 'infection', kind: 'keyword', accept: [sideEffect('skin-infection'), sideEffect('scalp-abscess')] },
  { query: 'cost', kind: 'keyword', accept: [faq('how-much-does-it-cost')] },
  {
    query: 'minoxidil',
    kind: 'keyword',
    accept: [guide('alternatives'), faq('compared-with-medicines'), '/glossary/'],
  },
  { query: 'pregnancy', kind: 'keyword', accept: [faq('is-it-safe-while-pregnant-or-breastfeeding'), guide('safety')] },
  { query: 'sessions', kind: 'keyword', accept: [faq('how-many-sessions'), guide('course-of-treatment')] },
  { query: 'menopause', kind: 'keyword', accept: [condition('hair-thinning-after-menopause')] },
  { query: 'chemo', kind: 'keyword', accept: [condition('hair-loss-after-chemotherapy')] },
  { query: 'evidence', kind: 'keyword', accept: [guide('evidence')] },
  { query: 'embed', kind: 'keyword', accept: ['/for-clinics/'] },
  { query: 'privacy cookies', kind: 'keyword', accept: ['/privacy/'] },

  // Questions in the reader's own phrasing.
  { query: 'does it hurt', kind: 'question', accept: [faq('is-it-painful'), sideEffect('pain-or-tenderness')] },
  { query: 'how much does it cost', kind: 'question', accept: [faq('how-much-does-it-cost')] },
  { query: 'can i wash my hair after', kind: 'question', accept: [faq('aftercare-and-washing-hair')] },
  {
    query: 'how many treatments do i need',
    kind: 'question',
    accept: [faq('how-many-sessions'), guide('course-of-treatment')],
  },
  {
    query: 'is it safe when breastfeeding',
    kind: 'question',
    accept: [faq('is-it-safe-while-pregnant-or-breastfeeding')],
  },
  { query: 'what do they inject', kind: 'question', accept: [faq('what-is-injected')] },
  {
    query: 'does it actually work',
    kind: 'question',
    accept: [guide('evidence'), faq('androgenetic-alopecia'), faq('what-does-it-do')],
  },
  { query: 'how soon will my hair grow back', kind: 'question', accept: [faq('when-will-i-see-results')] },
  { query: 'will the hair fall out again when i stop', kind: 'question', accept: [faq('do-results-last')] },
  { query: 'can men and women both have it', kind: 'question', accept: [faq('can-women-have-it')] },
  { query: 'who cant have mesotherapy', kind: 'question', accept: [faq('who-should-not-have-it'), guide('safety')] },
  { query: 'what should i ask the clinic', kind: 'question', accept: [faq('questions-to-ask-a-clinic')] },
  {
    query: 'is it better than finasteride',
    kind: 'question',
    accept: [faq('compared-with-medicines'), guide('alternatives')],
  },
  { query: 'how long until i see a difference', kind: 'question', accept: [faq('when-will-i-see-results')] },

  // Lay words for medical ones.
  {
    query: 'male pattern baldness',
    kind: 'lay',
    accept: [condition('androgenetic-alopecia'), faq('androgenetic-alopecia')],
  },
  {
    query: 'receding hairline',
    kind: 'lay',
    accept: [condition('androgenetic-alopecia'), faq('androgenetic-alopecia')],
  },
  {
    query: 'bald patch',
    kind: 'lay',
    accept: [condition('androgenetic-alopecia'), faq('which-types-of-hair-loss'), sideEffect('scarring-hair-loss')],
  },
  { query: 'hair shedding after stress', kind: 'lay', accept: [condition('telogen-effluvium')] },
  { query: 'hair falling out after having a baby', kind: 'lay', accept: [condition('postpartum-hair-loss')] },
  {
    query: 'needles',
    kind: 'lay',
    accept: [guide('what-is-capillary-mesotherapy'), faq('is-it-painful'), faq('what-is-injected')],
  },
  { query: 'numbing cream', kind: 'lay', accept: [faq('is-it-painful'), sideEffect('pain-or-tenderness')] },
  { query: 'pus lump on head', kind: 'lay', accept: [sideEffect('scalp-abscess'), sideEffect('skin-infection')] },
  { query: 'puffy forehead', kind: 'lay', accept: [sideEffect('swelling')] },
  { query: 'stinging', kind: 'lay', accept: [sideEffect('burning'), sideEffect('pain-or-tenderness')] },
  { query: 'rash hives', kind: 'lay', accept: [sideEffect('allergic-reaction')] },
  { query: 'vitamins injected', kind: 'lay', accept: [faq('what-is-injected')] },
  { query: 'propecia', kind: 'lay', accept: [guide('alternatives'), faq('compared-with-medicines'), '/glossary/'] },
  { query: 'regaine', kind: 'lay', accept: [guide('alternatives'), faq('compared-with-medicines'), '/glossary/'] },
  { query: 'skin doctor', kind: 'lay', accept: ['/glossary/', guide('safety'), guide('alternatives')] },
  { query: 'frizzy weak hair that snaps', kind: 'lay', accept: [condition('thin-and-brittle-hair')] },

  // Misspellings.
  {
    query: 'mesotherpy',
    kind: 'misspelling',
    accept: [guide('what-is-capillary-mesotherapy'), faq('what-does-it-do')],
  },
  { query: 'bruseing', kind: 'misspelling', accept: [sideEffect('bruising')] },
  {
    query: 'finasteride side affects',
    kind: 'misspelling',
    accept: [guide('alternatives'), faq('compared-with-medicines')],
  },
  { query: 'alopesia', kind: 'misspelling', accept: [condition('androgenetic-alopecia'), '/glossary/'] },
  {
    query: 'minoxidill',
    kind: 'misspelling',
    accept: [guide('alternatives'), faq('compared-with-medicines'), '/glossary/'],
  },
  { query: 'abcess', kind: 'misspelling', accept: [sideEffect('scalp-abscess')] },
  {
    query: 'pregnent',
    kind: 'misspelling',
    accept: [faq('is-it-safe-while-pregnant-or-breastfeeding'), guide('safety')],
  },
  { query: 'itchyness', kind: 'misspelling', accept: [sideEffect('itching')] },
  { query: 'sweling', kind: 'misspelling', accept: [sideEffect('swelling')] },
  { query: 'alergic', kind: 'misspelling', accept: [sideEffect('allergic-reaction')] },

  // US spellings.
  { query: 'anesthetic', kind: 'us', accept: [faq('is-it-painful'), '/glossary/'] },
  { query: 'randomized trial', kind: 'us', accept: [guide('reading-research'), guide('evidence'), '/glossary/'] },
  { query: 'localized swelling', kind: 'us', accept: [sideEffect('swelling')] },
  { query: 'off label medicine license', kind: 'us', accept: ['/glossary/', guide('safety'), faq('what-is-injected')] },
  {
    query: 'color treated hair',
    kind: 'us',
    accept: [faq('aftercare-and-washing-hair'), condition('thin-and-brittle-hair')],
  },
  {
    query: 'anesthesia for scalp injections',
    kind: 'us',
    accept: [faq('is-it-painful'), sideEffect('pain-or-tenderness'), guide('what-is-capillary-mesotherapy')],
  },

  // Colloquial phrases.
  {
    query: 'going bald',
    kind: 'colloquial',
    accept: [condition('androgenetic-alopecia'), faq('which-types-of-hair-loss')],
  },
  {
    query: 'thinning on top',
    kind: 'colloquial',
    accept: [condition('androgenetic-alopecia'), condition('hair-thinning-after-menopause')],
  },
  { query: 'hair jabs', kind: 'colloquial', accept: [guide('what-is-capillary-mesotherapy'), faq('what-does-it-do')] },
  {
    query: 'scalp injections for hair growth',
    kind: 'colloquial',
    accept: [guide('what-is-capillary-mesotherapy'), faq('what-does-it-do')],
  },
  { query: 'is it worth the money', kind: 'colloquial', accept: [faq('how-much-does-it-cost'), guide('evidence')] },
  {
    query: 'head feels sore after',
    kind: 'colloquial',
    accept: [sideEffect('pain-or-tenderness'), faq('aftercare-and-washing-hair')],
  },
  { query: 'hair loss pills', kind: 'colloquial', accept: [guide('alternatives'), faq('compared-with-medicines')] },
  {
    query: 'when do i need to see a gp',
    kind: 'colloquial',
    accept: [guide('safety'), sideEffect('skin-infection'), sideEffect('allergic-reaction'), '/side-effects/'],
  },
  { query: 'how long til it works', kind: 'colloquial', accept: [faq('when-will-i-see-results')] },
  {
    query: 'red bumps after',
    kind: 'colloquial',
    accept: [sideEffect('skin-infection'), sideEffect('allergic-reaction'), sideEffect('itching')],
  },

  // A second set, written before the second round of tuning (issue 29), to check that the rules stay general.
  { query: 'shampoo', kind: 'keyword', accept: [faq('aftercare-and-washing-hair')] },
  { query: 'dutasteride', kind: 'keyword', accept: [faq('what-is-injected'), '/glossary/'] },
  { query: 'side effects', kind: 'keyword', accept: ['/side-effects/', faq('what-are-the-side-effects')] },
  { query: 'fever', kind: 'keyword', accept: [sideEffect('skin-infection'), sideEffect('scalp-abscess')] },
  { query: 'is it permanent', kind: 'question', accept: [faq('do-results-last')] },
  { query: 'can i dye my hair after', kind: 'question', accept: [faq('aftercare-and-washing-hair')] },
  {
    query: 'how often do i have to go',
    kind: 'question',
    accept: [faq('how-many-sessions'), guide('course-of-treatment')],
  },
  {
    query: 'what are the risks',
    kind: 'question',
    accept: [faq('what-are-the-side-effects'), guide('safety'), '/side-effects/'],
  },
  {
    query: 'can i have it if i have diabetes',
    kind: 'question',
    accept: [faq('who-should-not-have-it'), guide('safety')],
  },
  {
    query: 'how long does each session take',
    kind: 'question',
    accept: [guide('course-of-treatment'), guide('what-is-capillary-mesotherapy')],
  },
  { query: 'hair coming out in clumps', kind: 'lay', accept: [condition('telogen-effluvium')] },
  { query: 'itchy scalp after injections', kind: 'lay', accept: [sideEffect('itching')] },
  { query: 'lump on my scalp', kind: 'lay', accept: [sideEffect('scalp-abscess'), sideEffect('swelling')] },
  { query: 'hair tablets', kind: 'lay', accept: [guide('alternatives'), faq('compared-with-medicines')] },
  { query: 'hair thinning after giving birth', kind: 'lay', accept: [condition('postpartum-hair-loss')] },
  {
    query: 'finastride',
    kind: 'misspelling',
    accept: [guide('alternatives'), faq('compared-with-medicines'), '/glossary/'],
  },
  { query: 'menapause', kind: 'misspelling', accept: [condition('hair-thinning-after-menopause')] },
  { query: 'postpartem', kind: 'misspelling', accept: [condition('postpartum-hair-loss')] },
  { query: 'dermatoligist', kind: 'misspelling', accept: ['/glossary/', guide('safety'), guide('alternatives')] },
  {
    query: 'contraindicatons',
    kind: 'misspelling',
    accept: [faq('who-should-not-have-it'), guide('safety'), '/glossary/'],
  },
  { query: 'edema', kind: 'us', accept: [sideEffect('swelling')] },
  { query: 'hair color after treatment', kind: 'us', accept: [faq('aftercare-and-washing-hair')] },
  {
    query: 'wont stop shedding',
    kind: 'colloquial',
    accept: [condition('telogen-effluvium'), condition('postpartum-hair-loss')],
  },
  { query: 'bleeding after', kind: 'colloquial', accept: [sideEffect('bruising')] },
  { query: 'hair falling out after covid', kind: 'colloquial', accept: [condition('telogen-effluvium')] },
  {
    query: 'who do i ring if something goes wrong',
    kind: 'colloquial',
    accept: ['/urgent-help/', '/side-effects/', guide('safety')],
  },

  // A third set, written before search learnt everyday words for time and for a doctor ("til", "gp"), to check that
  // what it learnt is general: the same kinds of question in other words.
  {
    query: 'how long before it starts working',
    kind: 'colloquial',
    accept: [faq('when-will-i-see-results')],
    set: 'everyday words',
  },
  {
    query: 'when does it kick in',
    kind: 'colloquial',
    accept: [faq('when-will-i-see-results')],
    set: 'everyday words',
  },
  {
    query: 'how long till i notice a change',
    kind: 'colloquial',
    accept: [faq('when-will-i-see-results')],
    set: 'everyday words',
  },
  {
    query: 'how many weeks til my hair grows back',
    kind: 'colloquial',
    accept: [faq('when-will-i-see-results')],
    set: 'everyday words',
  },
  {
    query: 'should i ask my doc first',
    kind: 'colloquial',
    accept: [guide('safety'), faq('who-should-not-have-it')],
    set: 'everyday words',
  },
  {
    query: 'do i need to see my gp before',
    kind: 'colloquial',
    accept: [guide('safety'), faq('who-should-not-have-it')],
    set: 'everyday words',
  },
  { query: 'when to see a doc about hair loss', kind: 'colloquial', accept: [guide('safety')], set: 'everyday words' },
];
