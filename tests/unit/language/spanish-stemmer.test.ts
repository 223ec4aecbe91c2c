// The site's Spanish stemmer must stem as Pagefind does (Snowball): it is compared with @orama/stemmers' Snowball
// code, word by word, over every word of the Spanish content and the suffixed forms the algorithm's steps handle.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer as snowball } from '@orama/stemmers/spanish';
import { describe, expect, it } from 'vitest';
import { spanishStem } from '../../../src/language/spanish-stemmer';

const CONTENT = join(import.meta.dirname, '../../../content');
const spanishWords = [
  ...new Set(
    readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
      .filter((path) => /(^|\/)es\//.test(path) && /\.(mdx|yaml)$/.test(path))
      .flatMap(
        (path) =>
          readFileSync(join(CONTENT, path), 'utf8')
            .toLowerCase()
            .match(/\p{L}+/gu) ?? [],
      ),
  ),
];
// Attached pronouns, standard suffixes and their prefixes (-ivamente, -abilidad), y-verbs after u, gu + e.
const SUFFIXES = `lo selos ándole iéndola arlo érselo írsela uyendo mente amente ivamente icamente osamente ación
  aciones icadora anza idad abilidad ividad ativas logías uciones encias antemente iblemente yeron uyeron guen gue ué
  ásemos iéramos é os emos éis`.split(/\s+/);

describe('spanishStem', () => {
  it('stems every word of the Spanish content as Snowball does', () => {
    expect(spanishWords.length).toBeGreaterThan(2000);
    const differing = spanishWords.filter((word) => spanishStem(word) !== snowball(word));
    expect(differing).toEqual([]);
  });

  it('stems their suffixed forms as Snowball does', () => {
    const forms = spanishWords.flatMap((word) => SUFFIXES.map((suffix) => word.slice(0, -1) + suffix));
    const differing = forms.filter((form) => spanishStem(form) !== snowball(form));
    expect(differing).toEqual([]);
  });

  it('gives the stems patients’ words share', () => {
    expect(spanishStem('moratones')).toBe(spanishStem('moratón'));
    expect(spanishStem('lavarme')).toBe('lav');
    expect(spanishStem('sesiones')).toBe('sesion');
  });
});
