import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EMBED_OPTIONS,
  embedSearch,
  isItemShown,
  parseEmbedOptions,
} from '../../../src/features/clinics/embed-options';

const choices = {
  list: { ids: ['is-it-painful', 'how-many-sessions', 'cost'], categories: ['results', 'safety'] },
  locales: ['en', 'es'],
};
const parse = (search: string) => parseEmbedOptions(search, choices);

describe('parseEmbedOptions', () => {
  it('shows everything in the reader’s theme when there are no options', () => {
    expect(parse('')).toEqual({ options: DEFAULT_EMBED_OPTIONS, problems: [] });
  });

  it('reads every option', () => {
    const { options, problems } = parse('?ids=is-it-painful,cost&category=results&accent=%23005EB8&theme=dark&lang=es');
    expect(problems).toEqual([]);
    expect(options).toEqual({
      ids: ['is-it-painful', 'cost'],
      category: 'results',
      accent: '#005eb8',
      theme: 'dark',
      lang: 'es',
    });
  });

  it('accepts a three-digit accent and writes it out in full', () => {
    expect(parse('?accent=%23f0a').options.accent).toBe('#ff00aa');
  });

  // One test per mistake a clinic can make: the message names the parameter and the fix.
  it('keeps the known ids and names the unknown ones', () => {
    const { options, problems } = parse('?ids=cost,nope');
    expect(options.ids).toEqual(['cost']);
    expect(problems.map((problem) => problem.message)).toMatchInlineSnapshot(`
      [
        "ids: "nope" is not on this embed, so it was left out. Use the ids from /for-clinics/, e.g. ids=is-it-painful,how-many-sessions.",
      ]
    `);
  });

  it('shows everything when no id is known', () => {
    const { options, problems } = parse('?ids=nope,,');
    expect(options.ids).toBeNull();
    expect(problems.map((problem) => problem.param)).toEqual(['ids', 'ids']);
  });

  it.each(['red', '005eb8', '#12345', 'javascript:alert(1)', '#005eb8;background:url(x)'])(
    'ignores the accent %j',
    (accent) => {
      const { options, problems } = parse(`?accent=${encodeURIComponent(accent)}`);
      expect(options.accent).toBeNull();
      expect(problems[0]?.message).toContain('accent=%23005eb8');
    },
  );

  it('explains a wrong category, theme and language', () => {
    const { options, problems } = parse('?category=hair&theme=blue&lang=fr');
    expect(options).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(problems.map((problem) => problem.message)).toMatchInlineSnapshot(`
      [
        "category: "hair" is not a category here, so every category is shown. Use one of: "results", "safety".",
        "theme: "blue" is not a theme, so the reader's own setting is followed. Use one of: "auto", "light", "dark".",
        "lang: "fr" is not a language of this site yet, so this one is shown. Use one of: "en", "es".",
      ]
    `);
  });
});

describe('parseEmbedOptions on one answer’s page', () => {
  const parseOnAnswer = (search: string) => parseEmbedOptions(search, { list: null, locales: ['en', 'es'] });

  it('keeps the list’s ids and category as given, for the link back to the list, with no message', () => {
    expect(parseOnAnswer('?ids=cost,%20nope,&category=hair&theme=dark')).toEqual({
      options: { ...DEFAULT_EMBED_OPTIONS, ids: ['cost', 'nope'], category: 'hair', theme: 'dark' },
      problems: [],
    });
  });

  it('still explains the options that apply to the answer itself', () => {
    const { options, problems } = parseOnAnswer('?ids=&accent=red');
    expect(options).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(problems.map((problem) => problem.param)).toEqual(['accent']);
  });
});

describe('embedSearch', () => {
  it('writes nothing for the defaults', () => {
    expect(embedSearch(DEFAULT_EMBED_OPTIONS)).toBe('');
  });

  it('round-trips through parseEmbedOptions', () => {
    const options = {
      ids: ['cost', 'is-it-painful'],
      category: 'safety',
      accent: '#aa3300',
      theme: 'light' as const,
      lang: 'es',
    };
    const search = embedSearch(options);
    expect(search).toBe('?ids=cost,is-it-painful&category=safety&accent=%23aa3300&theme=light&lang=es');
    expect(parse(search)).toEqual({ options, problems: [] });
  });
});

describe('isItemShown', () => {
  const item = { id: 'cost', category: 'results' };
  it('filters by id and by category together', () => {
    expect(isItemShown(item, { ids: null, category: null })).toBe(true);
    expect(isItemShown(item, { ids: ['cost'], category: 'results' })).toBe(true);
    expect(isItemShown(item, { ids: ['is-it-painful'], category: null })).toBe(false);
    expect(isItemShown(item, { ids: null, category: 'safety' })).toBe(false);
  });
});
