import type { UiStrings } from './en.ts';
import type { TranslationNoteWords } from './translation-note.ts';
import searchWords from './es/search.ts';
import estimatorWords from './es/estimator.ts';
import snippetBuilderWords from './es/snippet-builder.ts';

/**
 * Every Spanish string the site's interface shows, for Spanish-speaking patients ("usted"). The keys are en.ts's:
 * TypeScript makes a missing or extra key an error. Content lives in content/<collection>/es/, not here.
 */
export const es: UiStrings = {
  lang: 'es',
  ...searchWords,
  siteName: 'Guía de Mesoterapia',
  languageName: 'Español',
  languageSwitchLabel: 'Idioma',
  skipLink: 'Saltar al contenido principal',
  menu: 'Menú',
  closeMenu: 'Cerrar menú',
  mainNavLabel: 'Principal',
  breadcrumbLabel: 'Ruta de navegación',
  lastReviewed: 'Última revisión',
  nextReview: 'Próxima revisión',
  sourcesHeading: 'Fuentes',
  fullReferences: 'Autores y datos completos de cada fuente',
  backToText: 'Volver al texto',
  relatedHeading: 'Páginas relacionadas',
  onThisPage: 'En esta página',
  footer: {
    about: 'Sobre este sitio',
    accessibility: 'Accesibilidad',
    privacy: 'Privacidad',
    sources: 'Fuentes',
    glossary: 'Glosario',
    forClinics: 'Para clínicas',
    note: 'Sin cookies ni seguimiento.',
    licence: 'Puede reutilizar el contenido citando la fuente.',
  },
  seo: {
    procedure: 'Mesoterapia capilar',
    sharingImageAlt:
      'Guía de Mesoterapia: información clara y con fuentes sobre la mesoterapia capilar para la caída del cabello',
  },
  faqIndex: {
    categories: {
      'about-the-treatment': 'Sobre el tratamiento',
      'sessions-and-course': 'Las sesiones y el tratamiento',
      results: 'Resultados',
      'safety-and-side-effects': 'Seguridad y efectos secundarios',
      'choosing-a-clinic': 'Elegir clínica y precio',
    },
  },
  sideEffectIndex: {
    common: 'Efectos secundarios frecuentes',
    uncommon: 'Efectos secundarios poco frecuentes',
    rare: 'Efectos secundarios raros pero graves',
    howCommon: 'Frecuencia',
    howLong: 'Cuánto dura',
    frequency: { common: 'Frecuente', uncommon: 'Poco frecuente', rare: 'Raro' },
  },
  conditionIndex: {
    evidence: 'Pruebas a favor de la mesoterapia',
    evidenceLevels: {
      limited: 'Limitadas (algunos estudios, casi todos pequeños y de baja calidad)',
      'very-limited': 'Muy limitadas (casi no hay estudios)',
      none: 'Ninguna (no se han encontrado estudios)',
    },
  },
  sourceIndex: {
    supports: 'Qué nos dice',
  },
  urgentHelp: {
    signs: 'Qué señales necesitan ayuda urgente: vea «Cuándo pedir ayuda» en la página de efectos secundarios',
    checked: 'Servicios revisados',
  },
  notFound: {
    title: 'No se encuentra la página',
    description: 'No hemos encontrado esa página.',
    body: 'Puede que la página haya cambiado de dirección o que la dirección tenga un error. Busque lo que quería encontrar o pruebe una de estas páginas:',
    searchLabel: 'Buscar en este sitio',
    otherLanguage: '¿Busca una página en español? Vaya a',
  },
  searchPage: {
    needsJavaScript:
      'Para buscar hace falta JavaScript, que está desactivado o bloqueado en este navegador. Abajo tiene todas las páginas de la guía de la A a la Z.',
  },
  careLinks: {
    urgent: 'Urgente: cuándo pedir ayuda',
    worried: '¿Le preocupa algo después de una sesión?',
    worriedMore: 'Cuándo pedir ayuda',
  },
  home: {
    keyFactsHeading: 'Datos clave',
    nextHeading: 'Por dónde seguir',
  },
  estimator: {
    ...estimatorWords,
    formHeading: 'Su situación',
    formIntro: 'Sus respuestas se quedan en este dispositivo: no se envían a ningún sitio.',
    /** El resumen con el que empieza el cálculo (see ../en.ts). */
    summary: [
      'No hay una pauta estándar de mesoterapia para la caída del cabello.',
      'El artículo de una clínica describe 1 o 2 sesiones por semana durante 5 meses a un año. Los estudios usaron otras pautas, como 8 sesiones en 4 meses, o inyecciones cada 3 meses.',
      'Por eso, este cálculo es un ejemplo, no un plan. El plan de su clínica puede ser distinto.',
    ],
    noScript:
      'Para calcular sus propias fechas hace falta JavaScript, que está desactivado o no funciona en su navegador. La tabla de abajo muestra cuánto puede durar un tratamiento de ejemplo.',
    startDate: {
      label: 'Fecha de inicio',
      hint: 'El día de su primera sesión. Por ejemplo, 4 1 2027.',
      day: 'Día',
      month: 'Mes',
      year: 'Año',
      today: 'Usar la fecha de hoy',
    },
    sessionsPerWeek: {
      legend: 'Sesiones por semana',
      hint: 'El artículo de la clínica describe 1 o 2 sesiones por semana.',
      options: { 1: 'Una vez por semana', 2: 'Dos veces por semana' },
    },
    stage: {
      legend: '¿Cómo de avanzada está su caída del cabello?',
      hint: 'Su especialista se lo puede decir. Si no está seguro, elija moderada.',
      options: {
        early: 'Inicial: el pelo está algo más fino, o se cae más pelo de lo normal',
        moderate: 'Moderada: el pelo está más fino y otras personas lo notan',
        advanced: 'Avanzada: zonas grandes con muy poco pelo',
      },
    },
    area: {
      legend: 'Zona de tratamiento',
      hint: 'Cuánto cuero cabelludo tratará el especialista.',
      options: {
        small: 'Pequeña: una zona, como la coronilla o las entradas',
        medium: 'Mediana: unas pocas zonas, o la parte de delante y la coronilla',
        large: 'Grande: casi toda la parte de arriba de la cabeza',
      },
    },
    condition: {
      label: 'Causa de la caída del cabello (opcional)',
      hint: 'Si un médico le ha dicho la causa, elíjala para ver una nota sobre ella.',
      none: 'No lo sé, o no aparece',
    },
    submit: 'Ver mi cálculo',
    resultsHeading: 'Su cálculo',
    stale:
      'Este es el cálculo de sus últimas respuestas válidas. Corrija la respuesta marcada arriba para actualizarlo.',
    print: 'Imprimir este cálculo',
    table: {
      heading: 'Duraciones de ejemplo',
      caption:
        'Duraciones de ejemplo según lo avanzada que esté la caída del cabello, para cualquier tamaño de zona y 1 o 2 sesiones por semana. Son un ejemplo nuestro dentro de los 5 meses a un año del artículo de la clínica.',
      stage: 'Fase',
      length: 'Duración del tratamiento',
      stages: { early: 'Inicial', moderate: 'Moderada', advanced: 'Avanzada' },
      months: 'De {min} a {max} meses',
    },
    rulesHeading: 'Cómo se hace este cálculo',
  },
  compare: {
    beforeHeading: 'Antes de elegir',
    tableHeading: 'Sus opciones, lado a lado',
    caption:
      'Cinco opciones para la caída del cabello, con las mismas preguntas para cada una. Los números entre corchetes son las fuentes.',
    corner: 'Pregunta',
    rows: {
      whatItInvolves: 'En qué consiste',
      whoItIsFor: 'Para quién es',
      howSoon: 'Cuándo puede notarse un cambio',
      whenYouStop: 'Al dejarlo',
      evidence: 'Qué solidez tienen las pruebas',
      commonSideEffects: 'Efectos secundarios frecuentes',
      rareSeriousHarms: 'Daños graves poco frecuentes',
      licensed: '¿Aprobado para la caída del cabello?',
      cost: 'Coste',
    },
    prioritiesHeading: '¿Qué es lo que más le importa?',
    prioritiesHint:
      'Marque lo que le importa y luego imprima esta página para llevarla a su cita. Sus marcas también se imprimen.',
    questionsHeading: 'Preguntas para su clínica',
  },
  embed: {
    source: 'Fuente',
    opensInNewTab: '(se abre en una pestaña nueva)',
    seeFullList: (siteName: string) => `Ver la lista completa en ${siteName}`,
    allQuestions: 'Todas las preguntas',
  },
  clinics: {
    ...snippetBuilderWords,
    whatHeading: 'Qué mostrar',
    languageLegend: 'Idioma del contenido',
    languageHint: 'Todas las páginas tienen las mismas preguntas en todos los idiomas.',
    kinds: {
      faq: 'Preguntas y respuestas',
      'side-effects': 'Efectos secundarios',
      estimator: '¿Cuánto durará mi tratamiento? (la calculadora)',
      compare: 'Compare sus opciones (la tabla comparativa)',
    },
    country: 'País de sus pacientes',
    countryHint: 'Los consejos de atención urgente y de emergencia dan los números y servicios de este país.',
    countryAddressesHeading: 'Direcciones para cada país',
    countryAddressesHint:
      'Cada contenido insertado existe para cada uno de estos países, en todos los idiomas. Sus consejos de atención urgente y de emergencia son los de ese país.',
    oneQuestionAddress: 'Para una sola pregunta, añada su id después de faq/, por ejemplo:',
    questionsLegend: 'Preguntas que mostrar',
    questionsHint:
      'No marque ninguna para mostrar todas las preguntas. Cada pregunta abre su respuesta en el mismo recuadro, con un enlace para volver a todas las preguntas.',
    category: 'Categoría',
    allCategories: 'Todas las categorías',
    accent: 'Color de realce',
    accentHint: 'Se usa en los enlaces y las marcas. Lo oscurecemos o aclaramos si costara leerlo.',
    theme: 'Tema',
    themes: { auto: 'Según el ajuste del lector', light: 'Claro', dark: 'Oscuro' },
    previewHeading: 'Vista previa',
    snippetHeading: 'Su código',
    snippetHint: 'Péguelo donde quiera que aparezca el contenido en su página.',
    structuredDataHeading: 'Opcional: datos estructurados para su propia página',
    structuredDataHint:
      'Los buscadores atribuyen el contenido de un iframe a nuestra dirección, no a la suya. Si muestra estas respuestas como texto en su propia página, puede añadir este bloque a esa página.',
    structuredDataRule:
      'Añádalo solo a una página que muestre todas estas preguntas con su respuesta completa como texto. Los buscadores no permiten datos estructurados de un texto que la página no muestra.',
    structuredDataInFeed: 'Este bloque está listo en el feed de preguntas, en su campo structured_data:',
    copy: 'Copiar',
    iframeTitle: (title: string, siteName: string) => `${title}, de ${siteName}`,
  },
  mdx: {
    calloutLabels: { note: 'Nota', warning: 'Importante', 'seek-help': 'Pida ayuda médica' },
    keyFacts: 'Datos clave',
    termGlossaryLink: 'Más información en el glosario',
    termClose: 'Cerrar',
    citeLabel: 'Fuente',
    citeGroupLabel: 'Fuentes',
    helpCards: {
      urgent: 'Consejo urgente:',
      emergency: 'Actúe de inmediato:',
      otherCountries: 'Números de otros países',
      sources: 'Fuentes de estos números',
    },
  },
  dateFormat: { day: 'numeric', month: 'long', year: 'numeric' },
};

export const esTranslationNote: TranslationNoteWords = {
  heading: 'Sobre esta traducción',
  translatedFrom: 'Esta página es una traducción de la página en inglés revisada el {date}.',
  howChecked: 'La tradujeron al español los editores de esta guía y la compararon con la página en inglés.',
  howWeTranslate: 'Así traducimos y comprobamos cada página',
  aboutSection: 'la-edición-en-español',
  notReviewed: 'Ningún médico ni otro profesional sanitario que hable español ha revisado todavía esta traducción.',
  reviewedBy: 'Revisó esta traducción {name} ({qualification}) el {date}.',
  compact:
    'Traducción del inglés hecha y comprobada por los editores de la guía; aún no la ha revisado ningún profesional sanitario.',
  compactReviewed:
    'Traducción del inglés hecha por los editores de la guía y revisada por {name} ({qualification}) el {date}.',
  originalUpdated:
    'La página en inglés se revisó de nuevo el {date}, después de esta traducción. Puede que esta página aún no recoja esos cambios.',
  readOriginal: 'Leer la página en inglés',
};
