/** Every English string the site's interface shows. Content lives in content/, not here. */
export const en = {
  lang: 'en',
  langName: 'English',
  siteName: 'Mesotherapy Guide',
  siteTagline: 'Clear, sourced information about scalp mesotherapy for hair loss',
  skipLink: 'Skip to main content',
  menu: 'Menu',
  mainNavLabel: 'Main',
  nav: {
    home: 'Home',
    about: 'About the treatment',
    course: 'A course of treatment',
    sideEffects: 'Side effects',
    safety: 'Who should not have it',
    conditions: 'Types of hair loss',
    evidence: 'Evidence',
    faqs: 'Questions',
    glossary: 'Glossary',
    sources: 'Sources',
  },
  breadcrumbLabel: 'Breadcrumb',
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review due',
  sourcesHeading: 'Sources',
  relatedHeading: 'Related pages',
  onThisPage: 'On this page',
  disclaimer: {
    heading: 'This is not medical advice',
    body: 'This page is general information, not medical advice. It cannot replace a talk with a doctor who knows your health.',
    seeDoctor:
      'See a GP or a dermatologist (a skin and hair doctor) before you start treatment, and get medical help if you are worried after a session.',
  },
  footer: {
    about: 'About this site',
    accessibility: 'Accessibility',
    privacy: 'Privacy',
    sources: 'Sources',
    glossary: 'Glossary',
    note: 'General information only, not medical advice. No cookies, no tracking.',
    licence: 'Content may be reused with attribution.',
  },
  sections: {
    guides: 'Guide',
    faqs: 'FAQ',
    sideEffects: 'Side effect',
    conditions: 'Condition',
    glossary: 'Glossary',
    pages: 'About',
  },
  faqIndex: {
    categories: {
      'about-the-treatment': 'About the treatment',
      'sessions-and-course': 'Sessions and the course',
      results: 'Results',
      'safety-and-side-effects': 'Safety and side effects',
      'choosing-a-clinic': 'Choosing a clinic and cost',
    },
    readAlone: 'Open this question on its own page',
    allQuestions: 'All questions',
    category: 'Category',
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
      limited: 'Limited: a few small studies, mostly of low quality',
      'very-limited': 'Very limited: hardly any research',
      none: 'None: no studies found',
    },
  },
  sourceIndex: {
    usedOn: 'Used on',
    supports: 'What it tells us',
  },
  notFound: {
    title: 'Page not found',
    description: 'We could not find that page.',
    body: 'The page may have moved, or the address may be mistyped. These pages may help:',
  },
  home: {
    keyFactsHeading: 'Key facts',
    nextHeading: 'Where to go next',
  },
  /** Words of the components editors use in MDX (content/README.md shows each one). */
  mdx: {
    calloutLabels: { note: 'Note', warning: 'Important', 'seek-help': 'Get medical help' },
    keyFacts: 'Key facts',
    termGlossaryLink: 'Read more in the glossary',
    termClose: 'Close',
    citeLabel: 'Source',
    seeDoctor: {
      heading: 'See a doctor or call your clinic straight away if after a session you have:',
      signs: [
        'redness or swelling that spreads or gets worse after 2 days',
        'pus, a lump that is hot or painful, or a wound that will not heal',
        'a high temperature, or you feel hot and shivery',
        'new patches of hair loss where you were injected, even months later',
      ],
      emergency:
        'Call 999 or go to A&E (or your local emergency number) if you have swelling of the face, lips or throat, or trouble breathing.',
    },
  },
  dateFormat: { day: 'numeric', month: 'long', year: 'numeric' } as Intl.DateTimeFormatOptions,
};

export type UiStrings = typeof en;
