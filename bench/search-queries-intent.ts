// A fourth set of patients' queries, in both languages, written before search learnt question intent and Spanish
// everyday words, to check that what it learns is general: questions whose answer is a question-and-answer page or a
// guide while condition pages share their words, everyday and colloquial words (in Spanish "teta", "calvo",
// "pinchazos"), keywords and misspellings. Each lists the pages that answer it, from what those pages say. Reported on
// its own too (bench/search-quality.ts). Keep it general: never tune the search for one line of it.
import { type BenchQuery, sitePaths } from './search-queries.ts';

const asSet = (queries: BenchQuery[]): BenchQuery[] =>
  queries.map((query) => ({ ...query, set: 'question intent and colloquial words' }));

const en = sitePaths('');
export const ENGLISH_INTENT_QUERIES: BenchQuery[] = asSet([
  { query: 'how long does it take to work', kind: 'question', accept: [en.faq('when-will-i-see-results')] },
  { query: 'when will i notice thicker hair', kind: 'question', accept: [en.faq('when-will-i-see-results')] },
  { query: 'how long do the results last', kind: 'question', accept: [en.faq('do-results-last')] },
  { query: 'when should i see a doctor about my hair', kind: 'question', accept: [en.guide('safety')] },
  {
    query: 'is it ok if im on blood thinners',
    kind: 'question',
    accept: [en.guide('safety'), en.faq('who-should-not-have-it')],
  },
  {
    query: 'how many appointments will i need',
    kind: 'question',
    accept: [en.faq('how-many-sessions'), en.guide('course-of-treatment')],
  },
  { query: 'when can i shower', kind: 'question', accept: [en.faq('aftercare-and-washing-hair')] },
  {
    query: 'can i get it done while nursing',
    kind: 'question',
    accept: [en.faq('is-it-safe-while-pregnant-or-breastfeeding')],
  },
  { query: 'hair dye', kind: 'keyword', accept: [en.faq('aftercare-and-washing-hair')] },
  { query: 'tenderness', kind: 'keyword', accept: [en.sideEffect('pain-or-tenderness')] },
  { query: 'scalp tingling', kind: 'lay', accept: [en.sideEffect('burning')] },
  {
    query: 'mesoterapy',
    kind: 'misspelling',
    accept: [en.guide('what-is-capillary-mesotherapy'), en.faq('what-does-it-do')],
  },
  {
    query: 'finasterid',
    kind: 'misspelling',
    accept: [en.guide('alternatives'), en.faq('compared-with-medicines'), en.page('/glossary/')],
  },
  {
    query: 'hair coming out in the shower',
    kind: 'colloquial',
    accept: [en.condition('telogen-effluvium'), en.condition('postpartum-hair-loss')],
  },
]);

const es = sitePaths('/es');
// As for "se puede hacer si estoy dando el pecho" (the older set): the safety guide answers it too ("Si está
// embarazada o da el pecho, espere a que terminen el embarazo y la lactancia").
const breastfeeding = [es.faq('is-it-safe-while-pregnant-or-breastfeeding'), es.guide('safety')];
export const SPANISH_INTENT_QUERIES: BenchQuery[] = asSet([
  { query: 'cuanto tiempo tarda en funcionar', kind: 'question', accept: [es.faq('when-will-i-see-results')] },
  { query: 'cuando se nota el cambio', kind: 'question', accept: [es.faq('when-will-i-see-results')] },
  { query: 'cuanto duran los resultados', kind: 'question', accept: [es.faq('do-results-last')] },
  {
    query: 'tengo que ir al dermatologo antes',
    kind: 'question',
    accept: [es.guide('safety'), es.faq('who-should-not-have-it')],
  },
  { query: 'puedo ducharme despues', kind: 'question', accept: [es.faq('aftercare-and-washing-hair')] },
  {
    query: 'cuando tengo que preocuparme',
    kind: 'question',
    accept: [
      es.page('/urgent-help/'),
      es.guide('safety'),
      es.faq('what-are-the-side-effects'),
      es.page('/side-effects/'),
    ],
  },
  { query: 'le doy teta a mi bebe', kind: 'colloquial', accept: breastfeeding },
  { query: 'puedo hacermela si doy el pecho', kind: 'colloquial', accept: breastfeeding },
  {
    query: 'me quedo calvo',
    kind: 'colloquial',
    accept: [es.condition('androgenetic-alopecia'), es.faq('androgenetic-alopecia')],
  },
  {
    query: 'pierdo mucho pelo al peinarme',
    kind: 'colloquial',
    accept: [es.condition('telogen-effluvium'), es.condition('postpartum-hair-loss')],
  },
  { query: 'me sale sangre', kind: 'colloquial', accept: [es.sideEffect('bruising')] },
  {
    query: 'pinchazos',
    kind: 'keyword',
    accept: [es.faq('is-it-painful'), es.guide('what-is-capillary-mesotherapy')],
  },
  {
    query: 'calvicie',
    kind: 'keyword',
    accept: [
      es.condition('androgenetic-alopecia'),
      es.faq('androgenetic-alopecia'),
      es.faq('which-types-of-hair-loss'),
    ],
  },
  {
    query: 'mezoterapia',
    kind: 'misspelling',
    accept: [es.guide('what-is-capillary-mesotherapy'), es.faq('what-does-it-do')],
  },
]);
