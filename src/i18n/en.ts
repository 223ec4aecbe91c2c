import type { CalloutType } from '../collections/mdx-components.ts';
import searchWords from './en/search.ts';
import estimatorWords from './en/estimator.ts';
import snippetBuilderWords from './en/snippet-builder.ts';

/**
 * Every English string the site's interface shows. Content lives in content/, not here.
 * The words a script writes in the browser live in en/<feature>.ts, which that script loads by itself
 * (see src/i18n/browser-strings.ts); the pages use them through this dictionary, under the same keys.
 */
export const en = {
  lang: 'en',
  // nav, collections and search: the search dialog writes them too.
  ...searchWords,
  siteName: 'Mesotherapy Guide',
  /** The language's name in itself: the language switcher on other languages' pages shows it. */
  languageName: 'English',
  languageSwitchLabel: 'Language',
  skipLink: 'Skip to main content',
  menu: 'Menu',
  /** The Menu button's label while the menu is open. */
  closeMenu: 'Close menu',
  mainNavLabel: 'Main',
  breadcrumbLabel: 'Breadcrumb',
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review due',
  sourcesHeading: 'Sources',
  /** Under a page's sources: the link to the Sources page, which gives each in full. */
  fullReferences: 'Authors and full details of every source',
  /** After a source a citation led to: the link back to that citation. */
  backToText: 'Back to the text',
  relatedHeading: 'Related pages',
  onThisPage: 'On this page',
  footer: {
    about: 'About this site',
    accessibility: 'Accessibility',
    privacy: 'Privacy',
    sources: 'Sources',
    glossary: 'Glossary',
    forClinics: 'For clinics',
    // The not-medical-advice note is on each page itself (MedicalDisclaimer), once.
    note: 'No cookies, no tracking.',
    licence: 'Content may be reused with attribution.',
  },
  /** What search engines and link previews read about the site. */
  seo: {
    /** The treatment every medical page is about (schema.org MedicalProcedure). */
    procedure: 'Capillary mesotherapy',
    /** The words in the language's sharing image (src/seo/site-facts.ts SHARING_IMAGE_PATHS), as its alt text. */
    sharingImageAlt: 'Mesotherapy Guide: clear, sourced information about scalp mesotherapy for hair loss',
  },
  faqIndex: {
    categories: {
      'about-the-treatment': 'About the treatment',
      'sessions-and-course': 'Sessions and the course',
      results: 'Results',
      'safety-and-side-effects': 'Safety and side effects',
      'choosing-a-clinic': 'Choosing a clinic and cost',
    },
  },
  sideEffectIndex: {
    common: 'Common side effects',
    uncommon: 'Less common side effects',
    rare: 'Rare but serious side effects',
    howCommon: 'How common',
    howLong: 'How long it lasts',
    frequency: { common: 'Common', uncommon: 'Less common', rare: 'Rare' },
  },
  conditionIndex: {
    evidence: 'Evidence for mesotherapy',
    evidenceLevels: {
      limited: 'Limited (some studies, mostly small and of low quality)',
      'very-limited': 'Very limited (hardly any research)',
      none: 'None (no studies found)',
    },
  },
  sourceIndex: {
    supports: 'What it tells us',
  },
  urgentHelp: {
    signs: 'Which signs need urgent help: see "When to get help" on the side effects page',
    /** Before the day a country's services were last checked against their sources. */
    checked: 'Services checked',
  },
  notFound: {
    title: 'Page not found',
    description: 'We could not find that page.',
    body: 'The page may have moved, or the address may be mistyped. Search for what you were looking for, or try one of these pages:',
    searchLabel: 'Search this site',
    /** Shown in this language on the English 404 page, for hosts that have one 404 page for every language. */
    otherLanguage: 'Looking for a page in English? Go to',
  },
  /** The search page without JavaScript (the page writes it; the search script does not). */
  searchPage: {
    needsJavaScript:
      'Searching needs JavaScript, which is off or blocked in this browser. Every page of the guide is listed below from A to Z.',
  },
  home: {
    keyFactsHeading: 'Key facts',
    nextHeading: 'Where to go next',
  },
  /** Links to the "when to get help" cards, in the first screen of the pages a worried reader starts from. */
  careLinks: {
    /** Side-effect pages and the side-effects list: to the cards on the same page. */
    urgent: 'Urgent: when to get help',
    /** The home page and the menu: to the cards on the side-effects page. */
    worried: 'Worried after a session?',
    worriedMore: 'When to get help',
  },
  // The estimator's form and table; en/estimator.ts adds the words its script writes. Condition notes are content (estimatorNote).
  estimator: {
    ...estimatorWords,
    formHeading: 'Your situation',
    formIntro: 'Your answers stay on this device: nothing is sent anywhere.',
    /** The summary the estimator leads with, for every reader (with or without JavaScript, and on paper). */
    summary: [
      'There is no standard course of mesotherapy for hair loss.',
      'One clinic’s article describes 1 or 2 sessions a week for 5 months to a year. Studies used other schedules, such as 8 sessions over 4 months, or injections every 3 months.',
      'So this estimate is an example, not a plan. Your clinic’s plan may differ.',
    ],
    noScript:
      'Working out your own dates needs JavaScript, which is off or not working in your browser. The table below shows how long an example course may take.',
    startDate: {
      label: 'Start date',
      hint: 'The day of your first session. For example, 4 1 2027.',
      day: 'Day',
      month: 'Month',
      year: 'Year',
      today: "Use today's date",
    },
    sessionsPerWeek: {
      legend: 'Sessions per week',
      hint: 'The clinic article describes 1 or 2 sessions a week.',
      options: { 1: 'Once a week', 2: 'Twice a week' },
    },
    stage: {
      legend: 'How advanced is your hair loss?',
      hint: 'Your specialist can tell you. If you are not sure, choose moderate.',
      options: {
        early: 'Early: a little thinning, or more hair coming out than usual',
        moderate: 'Moderate: thinning that other people can see',
        advanced: 'Advanced: large areas with very little hair',
      },
    },
    area: {
      legend: 'Treatment area',
      hint: 'How much of your scalp the specialist will treat.',
      options: {
        small: 'Small: one patch, such as the crown or the temples',
        medium: 'Medium: a few patches, or the front and the crown',
        large: 'Large: most of the top of the head',
      },
    },
    condition: {
      label: 'Cause of hair loss (optional)',
      hint: 'If a doctor has told you the cause, choose it to see a note about it.',
      none: 'Not sure, or not listed',
    },
    submit: 'Show my estimate',
    resultsHeading: 'Your estimate',
    stale: 'This is the estimate for your last valid answers. Fix the answer marked above to update it.',
    print: 'Print this estimate',
    table: {
      heading: 'Example course lengths',
      caption:
        'Example course lengths by how advanced hair loss is, for any size of treatment area and 1 or 2 sessions a week. They are our illustration inside the clinic article’s 5 months to a year.',
      stage: 'How advanced',
      length: 'Course length',
      stages: { early: 'Early', moderate: 'Moderate', advanced: 'Advanced' },
      months: '{min} to {max} months',
    },
    rulesHeading: 'How this estimate works',
  },
  /** The comparison of treatment options (/compare/); its options, priorities and questions are content. */
  compare: {
    beforeHeading: 'Before you choose',
    tableHeading: 'Your options side by side',
    caption: 'Five options for hair loss, with the same questions for each. The numbers in brackets are the sources.',
    corner: 'Question',
    rows: {
      whatItInvolves: 'What it involves',
      whoItIsFor: 'Who it is for',
      howSoon: 'How soon a change might show',
      whenYouStop: 'When you stop',
      evidence: 'How strong the evidence is',
      commonSideEffects: 'Common side effects',
      rareSeriousHarms: 'Rare, serious harms',
      licensed: 'Licensed for hair loss?',
      cost: 'Cost',
    },
    prioritiesHeading: 'What matters most to you?',
    prioritiesHint: 'Tick what matters to you, then print this page to take to your appointment. Your ticks print too.',
    questionsHeading: 'Questions to ask your clinic',
  },
  embed: {
    source: 'Source',
    opensInNewTab: '(opens in a new tab)',
    /** Below a list that WordPress's 1000 px frame shows only in part. */
    seeFullList: (siteName: string) => `See the full list on ${siteName}`,
    /** On one answer's embed: back to the list of questions, in the same frame. */
    allQuestions: 'All questions',
  },
  clinics: {
    ...snippetBuilderWords,
    whatHeading: 'What to show',
    languageLegend: 'Language of the content',
    languageHint: 'Every page has the same questions in every language.',
    kinds: {
      faq: 'Questions and answers',
      'side-effects': 'Side effects',
      estimator: 'How long will my treatment take? (the estimator)',
      compare: 'Compare your options (the comparison table)',
    },
    country: 'Country of your patients',
    countryHint: 'The urgent and emergency advice gives this country’s numbers and services.',
    countryAddressesHeading: 'Addresses for each country',
    countryAddressesHint:
      'Every embed is there for each of these countries, in every language. Its urgent and emergency advice is that country’s.',
    oneQuestionAddress: 'For one question, add its id after faq/, for example:',
    questionsLegend: 'Questions to show',
    questionsHint:
      'Tick none to show every question. A question opens its answer in the same frame, with a link back to all the questions.',
    category: 'Category',
    allCategories: 'All categories',
    accent: 'Accent colour',
    accentHint: 'Used for links and markers. We darken or lighten it if it would be hard to read.',
    theme: 'Theme',
    themes: { auto: 'Follow the reader’s setting', light: 'Light', dark: 'Dark' },
    previewHeading: 'Preview',
    snippetHeading: 'Your snippet',
    snippetHint: 'Paste this where the content should appear on your page.',
    structuredDataHeading: 'Optional: structured data for your own page',
    structuredDataHint:
      'Search engines credit content inside an iframe to our address, not yours. If you show these answers as text on your own page instead, you may add this block to that page.',
    structuredDataRule:
      'Add it only to a page that shows every one of these questions with its full answer as text. Search engines do not allow structured data for text the page does not show.',
    structuredDataInFeed: 'This block is ready in the questions feed, in its structured_data field:',
    copy: 'Copy',
    iframeTitle: (title: string, siteName: string) => `${title}, from ${siteName}`,
  },
  /** Words of the components editors use in MDX (content/README.md shows each one). */
  mdx: {
    calloutLabels: { note: 'Note', warning: 'Important', 'seek-help': 'Get medical help' } satisfies Record<
      CalloutType,
      string
    >,
    keyFacts: 'Key facts',
    termGlossaryLink: 'Read more in the glossary',
    termClose: 'Close',
    citeLabel: 'Source',
    citeGroupLabel: 'Sources',
    /** Hidden labels that open each care card's heading, as on nhs.uk, so urgency never rests on colour alone. */
    helpCards: {
      urgent: 'Urgent advice:',
      emergency: 'Immediate action required:',
      /** After "These numbers are for the UK.": the page that lists every country's numbers. */
      otherCountries: 'Numbers for other countries',
      sources: 'Sources for these numbers',
    },
  },
  dateFormat: { day: 'numeric', month: 'long', year: 'numeric' } as Intl.DateTimeFormatOptions,
};

export type UiStrings = typeof en;
