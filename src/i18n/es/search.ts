import type { SearchWords } from '../en/search.ts';

/** Las palabras que el buscador y la página de búsqueda escriben en el navegador (see ../en/search.ts). */
const words: SearchWords = {
  nav: {
    home: 'Inicio',
    about: 'Qué es',
    course: 'El tratamiento',
    sideEffects: 'Efectos secundarios',
    safety: 'Seguridad',
    conditions: 'Tipos de caída',
    evidence: 'Pruebas',
    faqs: 'Preguntas',
    estimator: '¿Cuánto durará?',
  },
  collections: {
    guides: 'Guía',
    faqs: 'Pregunta',
    sideEffects: 'Efecto secundario',
    conditions: 'Tipo de caída',
    glossary: 'Glosario',
    pages: 'Información',
  },
  search: {
    open: 'Buscar',
    title: 'Buscar',
    description:
      'Busque en todas las páginas de la Guía de la mesoterapia capilar, o vea la lista de todas las páginas de la A a la Z.',
    label: 'Buscar en este sitio',
    hint: 'Por ejemplo: moratones, caída del cabello tras el embarazo, ¿duele?',
    submit: 'Buscar',
    close: 'Cerrar la búsqueda',
    filterLegend: 'Mostrar solo',
    resultCount: { one: '1 resultado para «{query}»', other: '{count} resultados para «{query}»' },
    noResults: 'No hay resultados para «{query}».',
    noResultsHelp: 'Revise cómo lo ha escrito o pruebe con menos palabras. Estas páginas pueden ayudarle:',
    subResultsLabel: 'Partes de esta página',
    showMore: 'Ver más resultados',
    loading: 'Cargando la búsqueda…',
    unavailable: 'La búsqueda no funciona ahora. Pruebe la lista de todas las páginas.',
    devNoIndex:
      'Aún no hay índice de búsqueda: el servidor de desarrollo (npm run dev) no lo crea. Ejecute npm run build y después npm run preview para probar la búsqueda.',
    allPages: 'Todas las páginas de la A a la Z',
    showingResultsFor: 'Resultados para «{query}».',
    searchInstead: 'Buscar «{query}»',
    withoutWords: 'Ninguna página usa {words}. Estos resultados son para sus otras palabras.',
    quotedWord: '«{word}»',
    someWords: 'Pocas páginas tienen todas sus palabras, así que a continuación salen páginas con algunas de ellas.',
    commonQuestionsHeading: 'Preguntas frecuentes',
    commonQuestions: [
      '¿Duele?',
      '¿Cuántas sesiones necesitaré?',
      '¿Cuándo veré resultados?',
      '¿Qué efectos secundarios tiene?',
      '¿Puedo lavarme el pelo después de una sesión?',
    ],
  },
};

export default words;
