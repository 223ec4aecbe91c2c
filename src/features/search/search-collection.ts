import { collectionOfUrlFolder, type SearchCollection } from '../../collections/registry';
import { DEFAULT_LOCALE, isLocale } from '../../language/locales';

/** The collection a page is filed under in search, from its URL: "/side-effects/" and its pages → "sideEffects". */
export function searchCollectionOf(path: string): SearchCollection {
  const [first, second] = path.split(/[?#]/)[0]!.split('/').filter(Boolean);
  const folder = isLocale(first) && first !== DEFAULT_LOCALE ? second : first;
  // The glossary is one page whose entries are its terms.
  if (folder === 'glossary') return 'glossary';
  // Home, sources, about, accessibility and privacy are pages about the site itself.
  return collectionOfUrlFolder(folder ?? '') ?? 'pages';
}
