// What puts the right page first: the glossary's terms as results of their own, listed after the pages; the first
// results ordered by what their titles and searchTerms name; Spanish misspellings mended by sound; no function words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUERY_LANGUAGES } from '../../../src/language/query-languages';
import { spanishSoundKey } from '../../../src/language/spanish-sounds';
import { packWords, prepareVocabulary, unpackWords } from '../../../src/features/search/query-vocabulary';
import { closestWord } from '../../../src/features/search/spelling-correction';
import { meaningful, runTypedQuery } from '../../../src/features/search/run-query';
import { wordsOf } from '../../../src/language/query-words';
import { runQuery } from '../../../src/features/search/mend-query';
import { isListPage, orderFirstResults } from '../../../src/features/search/first-results';
import { searchPagesThenTerms } from '../../../src/features/search/definitions-last';
import { glossaryRecords } from '../../../src/features/search/glossary-records';
import { indexedWords } from '../../../src/features/search/index-vocabulary';
import type { PagefindApi, PagefindResult } from '../../../src/features/search/pagefind-api';

const english = await QUERY_LANGUAGES.en();
const spanish = await QUERY_LANGUAGES.es();

const result = (url: string, title: string, searchTerms = '', collection = 'faqs') => ({
  url,
  meta: { title, searchTerms },
  filters: { collection: [collection] },
});

describe('the first results', () => {
  it('puts a page whose title names a one-word query first, list pages after the pages they list', () => {
    const found = [
      result('/side-effects/', 'Side effects', 'bruise, swelling', 'sideEffects'),
      result('/guides/safety/', 'Who should not have it', 'risks', 'guides'),
      result('/side-effects/bruising/', 'Bruising', 'bruises', 'sideEffects'),
    ];
    expect(orderFirstResults(found, 'bruises', english).map((page) => page.url)).toEqual([
      '/side-effects/bruising/',
      '/side-effects/',
      '/guides/safety/',
    ]);
  });

  it('names a word by another form of it ("alergia" in "Reacción alérgica"), accents not counted', () => {
    const found = [
      result('/es/guides/safety/', 'Seguridad'),
      result('/es/side-effects/allergic-reaction/', 'Reacción alérgica'),
    ];
    expect(orderFirstResults(found, 'alergia', spanish)[0]!.url).toBe('/es/side-effects/allergic-reaction/');
  });

  it('puts a title with the word itself before one with a longer word it starts ("médico", "medicamentos")', () => {
    const found = [
      result('/es/faqs/compared-with-medicines/', '¿Cómo se compara con los medicamentos?', 'medicinas'),
      result('/es/guides/safety/', 'Quién no debe hacérsela, o debe consultar antes a un médico', 'riesgos', 'guides'),
    ];
    expect(orderFirstResults(found, 'medico', spanish)[0]!.url).toBe('/es/guides/safety/');
  });

  it('puts, of titles naming every word, the one with fewest other words first', () => {
    const found = [
      result('/faqs/do-results-last/', 'Do the results of capillary mesotherapy last?'),
      result('/faqs/what-does-it-do/', 'What does capillary mesotherapy do?'),
    ];
    expect(orderFirstResults(found, 'mesotherapy', english)[0]!.url).toBe('/faqs/what-does-it-do/');
  });

  it('needs every word of a longer query in a title, so a common word alone moves nothing', () => {
    const found = [
      result('/faqs/do-results-last/', 'Do the results last?'),
      result('/conditions/postpartum-hair-loss/', 'Postpartum hair loss', '', 'conditions'),
    ];
    expect(orderFirstResults(found, 'hair fall stop', english)).toEqual(found);
    expect(orderFirstResults(found, 'postpartum hair', english)[0]).toBe(found[1]);
  });

  it('keeps glossary terms after the pages, and Pagefind’s order when nothing tells the results apart', () => {
    const term = result('/glossary/#menopause', 'Menopause', '', 'glossary');
    const page = result(
      '/conditions/hair-thinning-after-menopause/',
      'Hair thinning after menopause',
      '',
      'conditions',
    );
    expect(orderFirstResults([term, page], 'menopause', english)).toEqual([page, term]);
    const others = [result('/a/', 'One'), result('/b/', 'Two')];
    expect(orderFirstResults(others, 'kangaroo', english)).toEqual(others);
    expect(orderFirstResults(others, 'the', english)).toEqual(others);
  });

  it('puts first the page whose searchTerms name the word earliest (editors list a page’s main names first)', () => {
    const found = [
      result('/es/conditions/androgenetic-alopecia/', 'Alopecia androgenética', 'entradas, coronilla, propecia'),
      result('/es/guides/alternatives/', 'Otros tratamientos', 'propecia, regaine'),
      result('/es/faqs/compared-with-medicines/', 'Comparada con los medicamentos', 'finasteride, propecia'),
    ];
    expect(orderFirstResults(found, 'propecia', spanish).map((page) => page.url)).toEqual([
      '/es/guides/alternatives/',
      '/es/faqs/compared-with-medicines/',
      '/es/conditions/androgenetic-alopecia/',
    ]);
  });

  it('puts the page naming more of a longer query’s words first, and a name that is the query before others', () => {
    const found = [
      result('/about/', 'About this site', 'who we are'),
      result('/conditions/hair-thinning-after-menopause/', 'Hair thinning after menopause', 'older women'),
    ];
    expect(orderFirstResults(found, 'thinning top', english)[0]).toBe(found[1]);
    const permanent = [
      result('/side-effects/scarring-hair-loss/', 'Scarring hair loss', 'permanent hair loss, bald spots'),
      result('/faqs/do-results-last/', 'Do the results last?', 'permanent, forever'),
    ];
    expect(orderFirstResults(permanent, 'permanent', english)[0]).toBe(permanent[1]);
    // A title naming the word comes before a searchTerm that is the word (the list page names side effects).
    const infection = [
      result('/side-effects/', 'Side effects', 'risks, infection', 'sideEffects'),
      result('/side-effects/skin-infection/', 'Skin infection', 'spots, pus', 'sideEffects'),
    ];
    expect(orderFirstResults(infection, 'infection', english)[0]).toBe(infection[1]);
  });

  it('puts a glossary term first only when no page’s title or searchTerms name every word', () => {
    const term = result('/glossary/#dermatologist', 'Dermatologist', 'skin doctor, skin specialist', 'glossary');
    const pages = [
      result('/side-effects/skin-infection/', 'Skin infection', 'spots', 'sideEffects'),
      result('/guides/safety/', 'Who should ask a doctor first', 'risks', 'guides'),
    ];
    expect(orderFirstResults([...pages, term], 'skin doctor', english)[0]).toBe(term);
    const named = result('/guides/alternatives/', 'Other treatments', 'skin doctor', 'guides');
    expect(orderFirstResults([...pages, term, named], 'skin doctor', english).slice(0, 2)).toEqual([named, term]);
  });

  it('tells list pages by their address', () => {
    expect(isListPage('/faqs/')).toBe(true);
    expect(isListPage('/es/side-effects/')).toBe(true);
    expect(isListPage('/faqs/is-it-painful/')).toBe(false);
    expect(isListPage('/about/')).toBe(false);
    expect(isListPage('/')).toBe(false);
  });
});

describe('glossary terms as results', () => {
  const glossary = `<html lang="es"><body><article data-pagefind-body data-pagefind-filter="collection:glossary">
    <h1>Glosario</h1><dl data-pagefind-ignore>
    <div id="minoxidil" data-glossary-term="regaine, rogaine"><dt>Minoxidil</dt><dd>Un medicamento &amp; más.</dd></div>
    <div id="dht" data-glossary-term=""><dt>DHT</dt><dd>Una hormona.</dd></div></dl></article></body></html>`;

  it('makes one small page per term, at its anchor, indexed with its searchTerms', () => {
    const records = glossaryRecords(glossary, '/es/glossary/');
    expect(records.map((record) => record.url)).toEqual(['/es/glossary/#minoxidil', '/es/glossary/#dht']);
    expect(indexedWords(records[0]!.html)).toEqual({
      language: 'es',
      words: ['minoxidil', 'un', 'medicamento', 'más', 'regaine', 'rogaine'],
    });
    expect(records[0]!.html).toContain('data-pagefind-filter="collection:glossary"');
  });

  it('finds no terms on other pages', () => {
    expect(glossaryRecords('<html lang="en"><body><p>Hair</p></body></html>', '/faqs/')).toEqual([]);
  });
});

describe('pages, then the glossary’s definitions', () => {
  const page = { id: 'page', score: 1 } as PagefindResult;
  const term = { id: 'term', score: 9 } as PagefindResult;
  const calls: unknown[] = [];
  const api: Pick<PagefindApi, 'search'> = {
    search: async (_words, options) => {
      calls.push(options?.filters);
      const glossaryOnly = JSON.stringify(options?.filters).includes('"any":["glossary"]');
      return { results: glossaryOnly ? [term] : [page], totalFilters: { collection: { faqs: 1, glossary: 1 } } };
    },
  };

  it('lists the pages first, however high a definition scores, with every collection counted', async () => {
    const found = await searchPagesThenTerms(api, 'minoxidil', []);
    expect(found.results).toEqual([page, term]);
    expect(found.counts).toEqual({ faqs: 1, glossary: 1 });
    expect(calls).toContainEqual({ collection: { none: ['glossary'] } });
  });

  it('searches only the collections the reader chose', async () => {
    calls.length = 0;
    await searchPagesThenTerms(api, 'minoxidil', ['faqs']);
    expect(calls).toEqual([{ collection: { any: ['faqs'] } }]);
  });
});

describe('Spanish misspellings by sound', () => {
  it('spells alike the letters Spanish writers mix up', () => {
    for (const [typed, indexed] of [
      ['inchazon', 'hinchazon'],
      ['bitaminas', 'vitaminas'],
      ['comeson', 'comezon'],
      ['alopesia', 'alopecia'],
      ['abseso', 'absceso'],
      ['alerjia', 'alergia'],
      ['cabeyo', 'cabello'],
    ] as const)
      expect(spanishSoundKey(typed)).toBe(spanishSoundKey(indexed));
    expect(spanishSoundKey('pelo')).not.toBe(spanishSoundKey('pala'));
    expect(spanishSoundKey('chichon')).toBe('chichon');
  });

  it('mends a word to the index word that sounds the same before one a typo away', () => {
    const palabras = prepareVocabulary(
      { words: ['alegria', 'alergia', 'hinchazón', 'cabello'], spellings: {} },
      spanish,
    );
    expect(closestWord('alerjia', palabras)).toBe('alergia');
    expect(closestWord('inchason', palabras)).toBe('hinchazón');
    expect(closestWord('cabeyo', palabras)).toBe('cabello');
    // One typo from both "bala" (commoner) and "valla": the sound rule picks "valla"; English has none.
    const both = { words: ['bala', 'valla'], spellings: {} };
    expect(closestWord('balla', prepareVocabulary(both, spanish))).toBe('valla');
    expect(closestWord('balla', prepareVocabulary(both, english))).toBe('bala');
  });
});

describe('function words', () => {
  const pages: Record<string, string[]> = { injected: ['what', 'is', 'injected'], other: ['they', 'do', 'inject'] };
  const search = async (words: string) =>
    Object.entries(pages)
      .filter(([, has]) => words.split(' ').every((word) => has.some((candidate) => candidate.startsWith(word))))
      .map(([id]) => ({ id, score: 1 }));

  it('are never required of a result, unless the query has nothing else', async () => {
    const vocabulary = prepareVocabulary(
      { words: ['what', 'is', 'injected', 'they', 'do', 'inject'], spellings: {} },
      english,
    );
    const outcome = await runQuery('what do they inject', vocabulary, search);
    expect(outcome.searched).toBe('inject');
    expect(outcome.results.map((found) => found.id).sort()).toEqual(['injected', 'other']);
    expect((await runQuery('what is', vocabulary, search)).searched).toBe('what is');
    const typed = await runTypedQuery('what do they inject', english, search, async () => ['inject']);
    // The first page shows "inject": the index knows it, so the words as typed give what the vocabulary would.
    expect(typed).toEqual(outcome);
  });

  it('include the verbs and quantity words of a question ("do I need to", "how many", "tengo que ir"), so the thing asked about decides', () => {
    expect(meaningful(wordsOf('when do i need to see a doctor'), english)).toEqual(['see', 'doctor']);
    expect(meaningful(wordsOf('how often do i have to go'), english)).toEqual(['often']);
    expect(meaningful(wordsOf('how many sessions will i need'), english)).toEqual(['sessions']);
    expect(meaningful(wordsOf('cuándo tengo que ir al médico'), spanish)).toEqual(['médico']);
    expect(meaningful(wordsOf('qué debo hacer si necesito ayuda'), spanish)).toEqual(['ayuda']);
  });
});

describe('the vocabulary file', () => {
  it('carries the words packed, and gives them back in order', () => {
    const words = ['bruise', 'bruises', 'bruising', 'br', 'hinchazón', 'hinchado', '2023', '20', 'a'];
    expect(packWords(words)).toBe('bruise Gs Fing C hinchazón Gdo 2023 C a');
    expect(unpackWords(packWords(words))).toEqual(words);
  });

  it('gives back any list of index words (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9áéíóúñü]{1,30}$/)), (words) => {
        expect(unpackWords(packWords(words))).toEqual(words);
      }),
    );
  });
});
