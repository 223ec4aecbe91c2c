// Spanish patients' queries for the search benchmark (bench/search-quality.ts), written the same way as the English
// set (bench/search-queries.ts) and before any tuning: as people in Spain and Latin America type them, mostly without
// accents or "¿", with lay words, brand names, misspellings (the letters Spanish writers mix up among them), questions
// and everyday phrases. Each lists the pages that answer it,
// from what those pages say. Keep it general: never tune the search for one line, never copy a page title into it.
import { type BenchQuery, sitePaths } from './search-queries.ts';

const { faq, sideEffect, condition, guide, page } = sitePaths('/es');
const glossary = page('/glossary/');
const grown = (queries: BenchQuery[]): BenchQuery[] =>
  queries.map((query) => ({ ...query, set: 'Spanish, grown to the English size' }));

export const SPANISH_BENCH_QUERIES: BenchQuery[] = [
  // Short keywords.
  { query: 'moratones', kind: 'keyword', accept: [sideEffect('bruising')] },
  { query: 'picor', kind: 'keyword', accept: [sideEffect('itching')] },
  { query: 'infeccion', kind: 'keyword', accept: [sideEffect('skin-infection'), sideEffect('scalp-abscess')] },
  { query: 'precio', kind: 'keyword', accept: [faq('how-much-does-it-cost')] },
  { query: 'minoxidil', kind: 'keyword', accept: [guide('alternatives'), faq('compared-with-medicines'), glossary] },
  { query: 'embarazo', kind: 'keyword', accept: [faq('is-it-safe-while-pregnant-or-breastfeeding'), guide('safety')] },
  { query: 'sesiones', kind: 'keyword', accept: [faq('how-many-sessions'), guide('course-of-treatment')] },
  { query: 'menopausia', kind: 'keyword', accept: [condition('hair-thinning-after-menopause')] },
  { query: 'quimioterapia', kind: 'keyword', accept: [condition('hair-loss-after-chemotherapy')] },
  { query: 'estudios cientificos', kind: 'keyword', accept: [guide('evidence')] },
  { query: 'hinchazon', kind: 'keyword', accept: [sideEffect('swelling')] },
  { query: 'alergia', kind: 'keyword', accept: [sideEffect('allergic-reaction')] },
  { query: 'privacidad cookies', kind: 'keyword', accept: [page('/privacy/')] },
  // Brand names patients know their medicines by.
  { query: 'propecia', kind: 'keyword', accept: [guide('alternatives'), faq('compared-with-medicines'), glossary] },
  { query: 'regaine', kind: 'keyword', accept: [guide('alternatives'), faq('compared-with-medicines'), glossary] },
  { query: 'avodart', kind: 'keyword', accept: [glossary, faq('what-is-injected'), guide('alternatives')] },

  // Questions in the reader's own phrasing.
  { query: '¿duele?', kind: 'question', accept: [faq('is-it-painful'), sideEffect('pain-or-tenderness')] },
  { query: 'cuanto cuesta', kind: 'question', accept: [faq('how-much-does-it-cost')] },
  { query: 'puedo lavarme el pelo despues', kind: 'question', accept: [faq('aftercare-and-washing-hair')] },
  {
    query: 'cuantas sesiones necesito',
    kind: 'question',
    accept: [faq('how-many-sessions'), guide('course-of-treatment')],
  },
  {
    query: 'se puede hacer si estoy dando el pecho',
    kind: 'question',
    accept: [faq('is-it-safe-while-pregnant-or-breastfeeding'), guide('safety')],
  },
  { query: 'que me inyectan', kind: 'question', accept: [faq('what-is-injected')] },
  {
    query: '¿funciona de verdad?',
    kind: 'question',
    accept: [guide('evidence'), faq('androgenetic-alopecia'), faq('what-does-it-do')],
  },
  { query: 'cuando se ven los resultados', kind: 'question', accept: [faq('when-will-i-see-results')] },
  { query: 'si lo dejo se me vuelve a caer el pelo', kind: 'question', accept: [faq('do-results-last')] },
  { query: '¿lo pueden hacer las mujeres?', kind: 'question', accept: [faq('can-women-have-it')] },
  { query: 'quien no puede hacerselo', kind: 'question', accept: [faq('who-should-not-have-it'), guide('safety')] },
  { query: 'que preguntar en la clinica', kind: 'question', accept: [faq('questions-to-ask-a-clinic')] },
  {
    query: 'es mejor que el finasteride',
    kind: 'question',
    accept: [faq('compared-with-medicines'), guide('alternatives')],
  },
  {
    query: 'cuanto dura el tratamiento',
    kind: 'question',
    accept: [faq('how-long-does-treatment-last'), guide('course-of-treatment')],
  },
  { query: 'es peligroso', kind: 'question', accept: [guide('safety'), faq('what-are-the-side-effects')] },
  {
    query: 'cada cuanto hay que ir',
    kind: 'question',
    accept: [faq('how-many-sessions'), guide('course-of-treatment')],
  },
  {
    query: 'tiene efectos secundarios',
    kind: 'question',
    accept: [faq('what-are-the-side-effects'), page('/side-effects/')],
  },

  // Lay words for medical ones.
  { query: 'entradas', kind: 'lay', accept: [condition('androgenetic-alopecia'), faq('androgenetic-alopecia')] },
  { query: 'se me cae el pelo despues del parto', kind: 'lay', accept: [condition('postpartum-hair-loss')] },
  { query: 'caida de pelo por estres', kind: 'lay', accept: [condition('telogen-effluvium')] },
  {
    query: 'agujas',
    kind: 'lay',
    accept: [guide('what-is-capillary-mesotherapy'), faq('is-it-painful'), faq('what-is-injected')],
  },
  {
    query: 'crema para no sentir dolor',
    kind: 'lay',
    accept: [faq('is-it-painful'), sideEffect('pain-or-tenderness')],
  },
  {
    query: 'bulto con pus en la cabeza',
    kind: 'lay',
    accept: [sideEffect('scalp-abscess'), sideEffect('skin-infection')],
  },
  { query: 'se me hincho la frente', kind: 'lay', accept: [sideEffect('swelling')] },
  { query: 'escozor', kind: 'lay', accept: [sideEffect('burning'), sideEffect('pain-or-tenderness')] },
  { query: 'ronchas', kind: 'lay', accept: [sideEffect('allergic-reaction')] },
  { query: 'vitaminas inyectadas', kind: 'lay', accept: [faq('what-is-injected')] },
  {
    query: 'pastillas para la caida del pelo',
    kind: 'lay',
    accept: [guide('alternatives'), faq('compared-with-medicines')],
  },
  { query: 'medico de la piel', kind: 'lay', accept: [glossary, guide('safety'), guide('alternatives')] },
  { query: 'pelo que se quiebra', kind: 'lay', accept: [condition('thin-and-brittle-hair')] },
  {
    query: 'pelo ralo en la coronilla',
    kind: 'lay',
    accept: [condition('androgenetic-alopecia'), faq('androgenetic-alopecia')],
  },

  // Misspellings.
  {
    query: 'mesotarapia',
    kind: 'misspelling',
    accept: [guide('what-is-capillary-mesotherapy'), faq('what-does-it-do')],
  },
  { query: 'moreton', kind: 'misspelling', accept: [sideEffect('bruising')] },
  { query: 'alopesia', kind: 'misspelling', accept: [condition('androgenetic-alopecia'), glossary] },
  {
    query: 'minosidil',
    kind: 'misspelling',
    accept: [guide('alternatives'), faq('compared-with-medicines'), glossary],
  },
  { query: 'abseso', kind: 'misspelling', accept: [sideEffect('scalp-abscess')] },
  {
    query: 'embarasada',
    kind: 'misspelling',
    accept: [faq('is-it-safe-while-pregnant-or-breastfeeding'), guide('safety')],
  },
  { query: 'comeson', kind: 'misspelling', accept: [sideEffect('itching')] },
  { query: 'hinchason', kind: 'misspelling', accept: [sideEffect('swelling')] },
  { query: 'alerjia', kind: 'misspelling', accept: [sideEffect('allergic-reaction')] },
  // The letters Spanish writers mix up: a dropped h, b/v, s/z/c, ll/y.
  { query: 'inchazon en la frente', kind: 'misspelling', accept: [sideEffect('swelling')] },
  { query: 'ematoma', kind: 'misspelling', accept: [sideEffect('bruising')] },
  { query: 'bitaminas', kind: 'misspelling', accept: [faq('what-is-injected')] },
  {
    query: 'calbicie',
    kind: 'misspelling',
    accept: [condition('androgenetic-alopecia'), faq('androgenetic-alopecia')],
  },
  { query: 'caida del cabeyo despues del parto', kind: 'misspelling', accept: [condition('postpartum-hair-loss')] },
  { query: 'anestecia', kind: 'misspelling', accept: [faq('is-it-painful'), glossary] },
  {
    query: 'embarazo y lactansia',
    kind: 'misspelling',
    accept: [faq('is-it-safe-while-pregnant-or-breastfeeding'), guide('safety')],
  },
  {
    query: 'finasterida efectos secundarios',
    kind: 'misspelling',
    accept: [guide('alternatives'), faq('compared-with-medicines')],
  },

  // Accents typed, left out or misplaced.
  { query: 'caida del cabello tras la quimio', kind: 'accents', accept: [condition('hair-loss-after-chemotherapy')] },
  { query: 'anestesia', kind: 'accents', accept: [faq('is-it-painful'), glossary] },
  {
    query: 'pelo fino despues de la menopausia',
    kind: 'accents',
    accept: [condition('hair-thinning-after-menopause')],
  },
  { query: 'inflamación', kind: 'accents', accept: [sideEffect('swelling')] },
  { query: 'cuántas sesiones', kind: 'accents', accept: [faq('how-many-sessions'), guide('course-of-treatment')] },
  { query: 'investigacion', kind: 'accents', accept: [guide('evidence')] },
  { query: 'efluvio telogeno', kind: 'accents', accept: [condition('telogen-effluvium')] },

  // Everyday phrases.
  {
    query: 'me estoy quedando calvo',
    kind: 'colloquial',
    accept: [condition('androgenetic-alopecia'), faq('which-types-of-hair-loss')],
  },
  { query: 'comezon en la cabeza', kind: 'colloquial', accept: [sideEffect('itching')] },
  {
    query: 'pinchazos en la cabeza para el pelo',
    kind: 'colloquial',
    accept: [guide('what-is-capillary-mesotherapy'), faq('what-does-it-do')],
  },
  { query: 'vale la pena el dinero', kind: 'colloquial', accept: [faq('how-much-does-it-cost'), guide('evidence')] },
  {
    query: 'me duele la cabeza despues',
    kind: 'colloquial',
    accept: [sideEffect('pain-or-tenderness'), faq('aftercare-and-washing-hair')],
  },
  {
    query: 'cuando tengo que ir al medico',
    kind: 'colloquial',
    accept: [guide('safety'), sideEffect('skin-infection'), sideEffect('allergic-reaction'), page('/side-effects/')],
  },
  {
    query: 'granitos rojos despues',
    kind: 'colloquial',
    accept: [sideEffect('skin-infection'), sideEffect('allergic-reaction'), sideEffect('itching')],
  },
  {
    query: 'se me cae el pelo a mechones',
    kind: 'colloquial',
    accept: [condition('telogen-effluvium'), condition('postpartum-hair-loss')],
  },
  {
    query: 'chichon en la cabeza',
    kind: 'colloquial',
    accept: [sideEffect('swelling'), sideEffect('scalp-abscess'), sideEffect('bruising')],
  },
  {
    query: 'me han dicho que la meso no sirve',
    kind: 'colloquial',
    accept: [guide('evidence'), faq('what-does-it-do')],
  },
  // Twenty more, written after the English set grew to 101, to match its size and kinds; reported on their own too.
  ...grown([
    {
      query: 'cuantas veces a la semana hay que ir',
      kind: 'question',
      accept: [faq('how-many-sessions'), guide('course-of-treatment')],
    },
    {
      query: 'es seguro',
      kind: 'question',
      accept: [guide('safety'), faq('who-should-not-have-it'), faq('what-are-the-side-effects')],
    },
    {
      query: 'puedo teñirme el pelo despues',
      kind: 'question',
      accept: [faq('aftercare-and-washing-hair')],
    },
    {
      query: 'sarpullido',
      kind: 'lay',
      accept: [sideEffect('allergic-reaction'), sideEffect('itching'), sideEffect('skin-infection')],
    },
    { query: 'picazon', kind: 'lay', accept: [sideEffect('itching')] },
    { query: 'quemazon', kind: 'lay', accept: [sideEffect('burning')] },
    {
      query: 'caida del pelo hereditaria',
      kind: 'lay',
      accept: [condition('androgenetic-alopecia'), faq('androgenetic-alopecia')],
    },
    { query: 'pelo debil', kind: 'lay', accept: [condition('thin-and-brittle-hair')] },
    { query: 'cicatriz', kind: 'lay', accept: [sideEffect('scarring-hair-loss')] },
    {
      query: 'pus',
      kind: 'lay',
      accept: [sideEffect('scalp-abscess'), sideEffect('skin-infection')],
    },
    {
      query: 'se me esta cayendo mucho el pelo',
      kind: 'colloquial',
      accept: [faq('which-types-of-hair-loss'), condition('telogen-effluvium'), condition('androgenetic-alopecia')],
    },
    { query: 'me pica mucho la cabeza despues', kind: 'colloquial', accept: [sideEffect('itching')] },
    { query: 'me arde el cuero cabelludo', kind: 'colloquial', accept: [sideEffect('burning')] },
    {
      query: 'cuanto tarda en hacer efecto',
      kind: 'colloquial',
      accept: [faq('when-will-i-see-results')],
    },
    {
      query: 'estoy dando teta',
      kind: 'colloquial',
      accept: [faq('is-it-safe-while-pregnant-or-breastfeeding')],
    },
    {
      query: 'mi dermatologo me receto minoxidil',
      kind: 'colloquial',
      accept: [faq('compared-with-medicines'), guide('alternatives')],
    },
    {
      query: 'se me cae el pelo por la quimio',
      kind: 'colloquial',
      accept: [condition('hair-loss-after-chemotherapy')],
    },
    {
      query: 'tengo fiebre despues de la sesion',
      kind: 'colloquial',
      // Urgent help lists "tiene fiebre" among the signs to get help the same day (safety note "when to get help").
      accept: [sideEffect('skin-infection'), sideEffect('scalp-abscess'), guide('safety'), page('/urgent-help/')],
    },
    {
      query: 'se nota el pelo mas fino con la regla que se va',
      kind: 'colloquial',
      accept: [condition('hair-thinning-after-menopause')],
    },
    {
      query: 'cuanto dinero cuesta cada pinchazo',
      kind: 'colloquial',
      accept: [faq('how-much-does-it-cost')],
    },
  ]),
];
