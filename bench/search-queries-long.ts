// A fifth set of patients' queries, in both languages: long questions as patients type them, 10 to 17 words with the
// words of speech ("a lot", "exactly", "for me"). No page has every word, so each runs loosened (pages with any of
// its words), and each word needs its index chunk: the heaviest first searches (bench:search --all weighs them).
// Each lists the pages that answer it, from what those pages say. Reported on its own too (bench/search-quality.ts).
// Keep it general: never tune the search for one line of it.
import { type BenchQuery, sitePaths } from './search-queries.ts';

const asSet = (queries: Omit<BenchQuery, 'kind' | 'set'>[]): BenchQuery[] =>
  queries.map((query) => ({ ...query, kind: 'question', set: 'long questions' }));

const en = sitePaths('');
const englishBumps = [
  en.sideEffect('itching'),
  en.sideEffect('skin-infection'),
  en.sideEffect('scalp-abscess'),
  en.sideEffect('swelling'),
  en.faq('what-are-the-side-effects'),
];
export const ENGLISH_LONG_QUERIES: BenchQuery[] = asSet([
  {
    query: 'my hair has been falling out a lot since i had my baby last year what can i do',
    accept: [en.condition('postpartum-hair-loss'), en.condition('telogen-effluvium')],
  },
  {
    query: 'can i have the injections if i am taking blood thinners and have high blood pressure',
    accept: [en.guide('safety'), en.faq('who-should-not-have-it')],
  },
  {
    query: 'is it worth paying for mesotherapy or should i just use minoxidil and finasteride instead',
    accept: [en.faq('compared-with-medicines'), en.guide('alternatives'), en.guide('evidence'), en.page('/compare/')],
  },
  {
    query: 'how many sessions will i need before i see new hair growing on my crown',
    accept: [en.faq('how-many-sessions'), en.faq('when-will-i-see-results'), en.guide('course-of-treatment')],
  },
  { query: 'i got a red itchy bump on my head two days after the treatment is that normal', accept: englishBumps },
  {
    query: 'what vitamins and things do they actually put in the needles',
    accept: [en.faq('what-is-injected'), en.guide('what-is-capillary-mesotherapy')],
  },
  {
    query: 'will my hair fall out again if i stop going to the clinic every month',
    accept: [en.faq('do-results-last')],
  },
  {
    query: 'does it hurt a lot and do they numb your scalp first',
    accept: [en.faq('is-it-painful'), en.sideEffect('pain-or-tenderness')],
  },
  {
    query: 'baldness runs in my family and my dad went bald young will this help me',
    accept: [en.condition('androgenetic-alopecia'), en.faq('androgenetic-alopecia')],
  },
  {
    query: 'my scalp has been sore and swollen since yesterday when should i worry',
    accept: [
      en.sideEffect('swelling'),
      en.sideEffect('pain-or-tenderness'),
      en.page('/urgent-help/'),
      en.guide('safety'),
    ],
  },
  {
    query: 'i am pregnant with my second baby and my hair is thinning can i still have it',
    accept: [en.faq('is-it-safe-while-pregnant-or-breastfeeding'), en.guide('safety')],
  },
  {
    query: 'after chemo my hair has not grown back properly would mesotherapy work for me',
    accept: [en.condition('hair-loss-after-chemotherapy')],
  },
  {
    query: 'how do i choose a good clinic and what should i ask them before booking',
    accept: [en.faq('questions-to-ask-a-clinic'), en.guide('safety')],
  },
  {
    query: 'can i wash and dye my hair on the same day as the injections',
    accept: [en.faq('aftercare-and-washing-hair')],
  },
  {
    query: 'my face swelled up and i feel like i cannot breathe properly after the session',
    accept: [en.sideEffect('allergic-reaction'), en.page('/urgent-help/')],
  },
  {
    query: 'is there any proper scientific evidence that these scalp injections actually work',
    accept: [en.guide('evidence'), en.faq('what-does-it-do')],
  },
]);

const es = sitePaths('/es');
const spanishBumps = [
  es.sideEffect('itching'),
  es.sideEffect('skin-infection'),
  es.sideEffect('scalp-abscess'),
  es.sideEffect('swelling'),
  es.faq('what-are-the-side-effects'),
];
export const SPANISH_LONG_QUERIES: BenchQuery[] = asSet([
  {
    query: 'desde que tuve a mi hija se me cae muchisimo el pelo que puedo hacer',
    accept: [es.condition('postpartum-hair-loss'), es.condition('telogen-effluvium')],
  },
  {
    query: 'me puedo hacer las inyecciones si tomo sintrom y tengo la tension alta',
    accept: [es.guide('safety'), es.faq('who-should-not-have-it')],
  },
  {
    query: 'vale la pena pagar la mesoterapia o mejor uso minoxidil y finasterida',
    accept: [es.faq('compared-with-medicines'), es.guide('alternatives'), es.guide('evidence'), es.page('/compare/')],
  },
  {
    query: 'cuantas sesiones necesito para ver pelo nuevo en la coronilla',
    accept: [es.faq('how-many-sessions'), es.faq('when-will-i-see-results'), es.guide('course-of-treatment')],
  },
  { query: 'me salio un grano rojo que pica en la cabeza dos dias despues es normal', accept: spanishBumps },
  {
    query: 'que vitaminas y cosas ponen en las agujas exactamente',
    accept: [es.faq('what-is-injected'), es.guide('what-is-capillary-mesotherapy')],
  },
  {
    query: 'se me vuelve a caer el pelo si dejo de ir a la clinica cada mes',
    accept: [es.faq('do-results-last')],
  },
  {
    query: 'duele mucho y te ponen anestesia en el cuero cabelludo antes',
    accept: [es.faq('is-it-painful'), es.sideEffect('pain-or-tenderness')],
  },
  {
    query: 'tengo entradas y la coronilla despejada con treinta años sirve la mesoterapia capilar para mi',
    accept: [es.condition('androgenetic-alopecia'), es.faq('androgenetic-alopecia')],
  },
  {
    query: 'estoy con la menopausia y se me ve el cuero cabelludo por la raya funcionaria',
    accept: [es.condition('hair-thinning-after-menopause')],
  },
  {
    query: 'mi padre es calvo y a mi ya se me empieza a notar la coronilla me servira',
    accept: [es.condition('androgenetic-alopecia'), es.faq('androgenetic-alopecia')],
  },
  {
    query: 'tengo la cabeza hinchada y me duele desde ayer cuando tengo que ir al medico',
    accept: [
      es.sideEffect('swelling'),
      es.sideEffect('pain-or-tenderness'),
      es.page('/urgent-help/'),
      es.guide('safety'),
    ],
  },
  {
    query: 'estoy embarazada de cinco meses y se me cae el pelo puedo hacerme la mesoterapia',
    accept: [es.faq('is-it-safe-while-pregnant-or-breastfeeding'), es.guide('safety')],
  },
  {
    query: 'despues de la quimio el pelo no me ha vuelto a salir bien funcionaria esto',
    accept: [es.condition('hair-loss-after-chemotherapy')],
  },
  {
    query: 'como elijo una buena clinica y que les tengo que preguntar antes de pedir cita',
    accept: [es.faq('questions-to-ask-a-clinic'), es.guide('safety')],
  },
  {
    query: 'puedo lavarme el pelo y teñirmelo el mismo dia de las inyecciones',
    accept: [es.faq('aftercare-and-washing-hair')],
  },
  {
    query: 'se me hincho la cara y me cuesta respirar despues de la sesion',
    accept: [es.sideEffect('allergic-reaction'), es.page('/urgent-help/')],
  },
  {
    query: 'hay estudios serios que demuestren que los pinchazos en la cabeza funcionan de verdad',
    accept: [es.guide('evidence'), es.faq('what-does-it-do')],
  },
]);
