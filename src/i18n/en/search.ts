/**
 * The words the search dialog and the search page write in the browser (src/features/search/search-ui.ts loads
 * this file for English pages only): its own words, the collection labels of its filters and results, and the
 * navigation labels of its "no results" links. The site's pages use the same words through src/i18n/en.ts.
 */
const words = {
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
  /** The label of each collection: above a page's title and as a search filter. */
  collections: {
    guides: 'Guide',
    faqs: 'FAQ',
    sideEffects: 'Side effect',
    conditions: 'Condition',
    glossary: 'Glossary',
    pages: 'About',
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
    devNoIndex:
      'There is no search index yet: the development server (npm run dev) does not build one. Run npm run build, then npm run preview, to try search.',
    allPages: 'All pages from A to Z',
    // What the query rules did, said plainly: {query} is what was searched, {words} the words left out.
    showingResultsFor: 'Showing results for “{query}”.',
    searchInstead: 'Search instead for “{query}”',
    withoutWords: 'No page uses {words}. These results are for your other words.',
    quotedWord: '“{word}”',
    someWords: 'Few pages have all your words, so pages with some of them follow.',
    commonQuestionsHeading: 'Questions people often ask',
    commonQuestions: [
      'Does it hurt?',
      'How many sessions will I need?',
      'When will I see results?',
      'What are the side effects?',
      'Can I wash my hair after a session?',
    ],
  },
};

export type SearchWords = typeof words;
export default words;
