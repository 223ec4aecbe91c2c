import type { ConditionNote, EstimatorErrorCode } from '../features/estimator/estimator';

/** Every English string the site's interface shows. Content lives in content/, not here. */
export const en = {
  lang: 'en',
  siteName: 'Mesotherapy Guide',
  skipLink: 'Skip to main content',
  menu: 'Menu',
  mainNavLabel: 'Main',
  nav: {
    home: 'Home',
    about: 'What it is',
    course: 'Treatment course',
    sideEffects: 'Side effects',
    safety: 'Safety',
    conditions: 'Hair loss types',
    evidence: 'Evidence',
    faqs: 'Questions',
    estimator: 'How long will it take?',
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
    forClinics: 'For clinics',
    note: 'General information only, not medical advice. No cookies, no tracking.',
    licence: 'Content may be reused with attribution.',
  },
  /** What search engines and link previews read about the site. */
  seo: {
    /** The treatment every medical page is about (schema.org MedicalProcedure). */
    procedure: 'Capillary mesotherapy',
    /** The words in /og-image.png, as its alt text. */
    sharingImageAlt: 'Mesotherapy Guide: clear, sourced information about scalp mesotherapy for hair loss',
  },
  /** The label of each collection: above a page's title and as a search filter. */
  collections: {
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
      limited: 'Limited: some studies, mostly small and of low quality',
      'very-limited': 'Very limited: hardly any research',
      none: 'None: no studies found',
    },
  },
  sourceIndex: {
    supports: 'What it tells us',
  },
  notFound: {
    title: 'Page not found',
    description: 'We could not find that page.',
    body: 'The page may have moved, or the address may be mistyped. These pages may help:',
  },
  search: {
    open: 'Search',
    title: 'Search',
    description: 'Search every page of the Mesotherapy Guide, or browse all pages from A to Z.',
    label: 'Search this site',
    hint: 'For example: bruising, hair loss after pregnancy, is it painful',
    submit: 'Search',
    close: 'Close search',
    filterLegend: 'Show only',
    resultCount: { one: '1 result for “{query}”', other: '{count} results for “{query}”' },
    noResults: 'No results for “{query}”.',
    noResultsHelp: 'Check the spelling or try fewer words. These pages may help:',
    subResultsLabel: 'Sections of this page',
    showMore: 'Show more results',
    loading: 'Loading search…',
    unavailable: 'Search is not working right now. Try the list of all pages instead.',
    devNoIndex: 'There is no search index yet: the development server (npm run dev) does not build one. Run npm run build, then npm run preview, to try search.',
    allPages: 'All pages from A to Z',
  },
  home: {
    keyFactsHeading: 'Key facts',
    nextHeading: 'Where to go next',
  },
  /** The locale used to write dates: British English, e.g. 25 November 2026. */
  dateLocale: 'en-GB',
  // The estimator's form, results and calendar file. {name} marks a value the page fills in.
  estimator: {
    formHeading: 'Your situation',
    formIntro: 'Your answers stay on this device: nothing is sent anywhere.',
    noScript:
      'This tool needs JavaScript to work out your dates. Without it, the table of typical course lengths below still shows how long a course may take.',
    startDate: { label: 'Start date', hint: 'The day of your first session, for example 4 January 2027.' },
    sessionsPerWeek: {
      legend: 'Sessions per week',
      hint: 'Clinics offer 1 or 2 sessions a week at the most.',
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
    sentences: {
      answers: 'For {stage} hair loss and a {area} treatment area, starting on {date}.',
      stages: { early: 'early', moderate: 'moderate', advanced: 'advanced' },
      areas: { small: 'small', medium: 'medium', large: 'large' },
      course: 'A typical course may last {monthsMin} to {monthsMax} months ({weeksMin} to {weeksMax} weeks).',
      sessions: 'That is about {sessionsMin} to {sessionsMax} sessions, {perWeek}.',
      perWeek: { 1: 'once a week', 2: 'twice a week' },
      chair:
        'Each session usually takes about {minutes} minutes ({minutesMin} to {minutesMax}) and has about {injections} tiny injections. That is about {hoursMin} to {hoursMax} hours in the chair in all.',
      fourth: 'Your 4th session would be on {date}. Some people notice first changes from about then.',
      visible: 'Visible results, if any, usually take {monthsMin} to {monthsMax} months: between {earliest} and {latest}.',
      end: 'The course may end between {earliest} and {latest}.',
      clinic: 'This is a typical course at many clinics, not a treatment plan. Your specialist decides your plan.',
    },
    conditionNotes: {
      'add-on-to-medicines':
        'For androgenetic alopecia (pattern hair loss), mesotherapy only supplements proven medicines, finasteride or minoxidil. It is not a replacement for them.',
      'often-settles-alone':
        'Telogen effluvium often settles by itself within 3 to 6 months, so getting better in that time may not be due to the treatment.',
      'settles-after-childbirth':
        'Hair loss after having a baby usually settles by itself, so getting better may not be due to the treatment.',
      'regrows-after-chemotherapy':
        'Hair usually grows back after chemotherapy ends. Research on chemotherapy hair loss does not mention mesotherapy, so ask your cancer team first.',
    } satisfies Record<ConditionNote, string>,
    conditionLink: 'Read more about {condition}',
    timeline: {
      label: 'Timeline',
      start: 'First session',
      fourth: '4th session: first changes may show',
      visible: 'Visible results may show',
      end: 'Course may end',
      to: '{earliest} to {latest}',
    },
    schedule: {
      show: 'Show all {count} session dates',
      session: 'Session {number}',
      longerOnly: 'only if your course is at the longer end',
    },
    calendar: {
      button: 'Add sessions to my calendar',
      timeLabel: 'Time of your sessions',
      timeHint: 'Used only for the calendar file. Change the times in your calendar to match your appointments.',
      eventTitle: 'Mesotherapy session {number} of {total}',
      eventDescription: 'From the Mesotherapy Guide estimate. Check the date and time with your clinic.',
      reminder: 'Mesotherapy session in 1 hour',
      calendarName: 'Mesotherapy sessions',
      fileName: 'mesotherapy-sessions.ics',
    },
    print: 'Print this estimate',
    errors: {
      'start-missing': 'Start date: enter the date of your first session, for example 4 January 2027.',
      'start-format': 'Start date: write the date as year, month and day, for example 2027-01-04.',
      'start-impossible': 'Start date: that date does not exist. Check the day and the month, for example 28 February, not 30 February.',
      'start-too-early': 'Start date: choose a date in the year 2000 or later.',
      'start-too-late': 'Start date: choose a date before the year 2100.',
      'per-week-invalid': 'Sessions per week: choose once or twice a week. Clinics offer 2 sessions a week at the most.',
      'stage-invalid': 'How advanced is your hair loss: choose early, moderate or advanced.',
      'area-invalid': 'Treatment area: choose small, medium or large.',
      'condition-unknown': 'Cause of hair loss: choose a cause from the list, or "Not sure, or not listed".',
      'time-missing': 'Time of your sessions: enter a time, for example 10:00.',
    } satisfies Record<EstimatorErrorCode | 'time-missing', string>,
    table: {
      heading: 'Typical course lengths',
      caption: 'Typical course lengths by how advanced hair loss is and sessions a week, for any size of treatment area',
      stage: 'How advanced',
      length: 'Course length',
      once: 'Sessions, once a week',
      twice: 'Sessions, twice a week',
      stages: { early: 'Early', moderate: 'Moderate', advanced: 'Advanced' },
      months: '{min} to {max} months',
      sessions: '{min} to {max}',
    },
    rulesHeading: 'How this estimate works',
  },
  embed: {
    source: 'Source',
    opensInNewTab: '(opens in a new tab)',
  },
  clinics: {
    builderHeading: 'Build your snippet',
    whatHeading: 'What to show',
    kinds: { faq: 'Questions and answers', 'side-effects': 'Side effects', estimator: 'How long will my treatment take? (the estimator)' },
    questionsLegend: 'Questions to show',
    questionsHint: 'Tick none to show every question.',
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
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: select the text and copy it yourself.',
    iframeTitle: (title: string, siteName: string) => `${title}, from ${siteName}`,
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
