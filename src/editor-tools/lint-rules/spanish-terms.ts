import type { ContentFile } from '../../collections/content-files.ts';
import { type LintRule, placeAt, report } from './rule.ts';
import { bodyProse, type Prose, wholePhrasePattern } from './prose.ts';
import { textFieldsOf } from './word-checks.ts';

/** A word to avoid in Spanish content and the one to write instead. */
export interface SpanishTerm {
  /** The variant as content/README.md's terminology sheet spells it in its "Not" column. */
  avoid: string;
  /** What to write, as the sheet's "Write" column says it. */
  write: string;
  /** Where the variant is used as the sheet means it, when not every use of `avoid` is wrong. */
  pattern?: RegExp;
}

/**
 * The terminology sheet's variants ("Spanish: one word for each thing" in content/README.md): the list the lint
 * flags. A unit test checks each `avoid` and `write` is in the sheet, so the two cannot drift.
 */
export const SPANISH_TERMS: readonly SpanishTerm[] = [
  { avoid: 'pelo', write: 'cabello' },
  { avoid: 'calvicie común', write: 'alopecia androgenética' },
  { avoid: 'alopecia femenina', write: 'alopecia androgenética de patrón femenino' },
  { avoid: 'caída del cabello con patrón', write: 'alopecia androgenética' },
  { avoid: 'caída del pelo que se hereda', write: 'alopecia androgenética (caída del cabello hereditaria)' },
  { avoid: 'se aclara', write: 'el cabello clarea' },
  { avoid: 'se está aclarando', write: 'el cabello clarea' },
  { avoid: 'fuera de indicación', write: 'fuera de ficha técnica' },
  {
    avoid: 'el prospecto',
    write: 'la ficha técnica de Estados Unidos',
    // "Prospecto" stays for the leaflet in a reader's own box; only the US label is wrong.
    pattern: /prospectos? (?:de (?:los )?(?:EE\. ?UU\.?|Estados Unidos)|estadounidenses?|de la FDA)/giu,
  },
  { avoid: 'médico de cabecera', write: 'médico de familia' },
  {
    avoid: 'calendario',
    write: 'pauta',
    // "Calendario" stays for dates and the estimator's calendar; a schedule of sessions is a "pauta".
    pattern: /calendario de (?:las )?(?:sesiones|tratamiento)/giu,
  },
  {
    avoid: 'anticoagulantes',
    write: 'anticoagulantes o antiagregantes (como la aspirina)',
    pattern: /(?<![\p{L}\p{N}])anticoagulantes(?! o antiagregantes)(?![\p{L}\p{N}])/giu,
  },
  { avoid: 'pronto', write: 'cuanto antes' },
  { avoid: 'confundido', write: 'desorientado' },
  { avoid: 'documento de posición', write: 'posicionamiento' },
  { avoid: 'los autores fueron positivos', write: 'los autores hicieron una valoración favorable' },
  { avoid: 'Lea más', write: 'Más información' },
  { avoid: 'un grupo nacional de dermatólogos', write: 'la asociación india de dermatólogos' },
  { avoid: 'llámeles', write: 'llámelos' },
];

const CHECKS = [
  ...SPANISH_TERMS.map((term) => ({
    pattern: term.pattern ?? wholePhrasePattern(term.avoid),
    fix: (found: string) =>
      `"${found}": write "${term.write}" (the terminology sheet in content/README.md, section 6).`,
  })),
  {
    // Spanish quotes with «», as the interface does; attribute values (id="…") are not prose and are not read here.
    pattern: /[“”"]/gu,
    fix: (found: string) => `English quotation mark (${found}): quote with «…» in Spanish, as the interface does.`,
  },
];

/** A Spanish text of a file: MDX text and component titles, or the Spanish texts of its fields. */
function spanishProse(entry: ContentFile, body: Parameters<typeof bodyProse>[0] | undefined): Prose[] {
  const fields = textFieldsOf(entry).filter((field) => field.locale === 'es');
  return [...fields, ...(body && entry.locale === 'es' ? bodyProse(body) : [])];
}

/**
 * One word for each thing in Spanish: the terminology sheet's variants and English quotation marks, in MDX bodies and
 * text fields, each named at its line and column with the word to write. searchTerms are not read: readers type the
 * variants. content/care-services/ is left to the care-by-country texts, which name other countries' services.
 */
export const spanishTermsRule: LintRule = {
  checkFile(entry, file, run) {
    if (entry.collection === 'careServices' || entry.collection === 'sources') return;
    const found: Array<{ at: number; reason: string }> = [];
    for (const { text, start, end } of spanishProse(entry, run.bodies.get(entry.file))) {
      for (const { pattern, fix } of CHECKS) {
        // Found in the words readers see; placed at the same match in the file, or at the text's start.
        const written = [...entry.text.slice(start, end).matchAll(pattern)];
        [...text.matchAll(pattern)].forEach((match, index) =>
          found.push({ at: start + (written[index]?.index ?? 0), reason: fix(match[0].replace(/\s+/g, ' ')) }),
        );
      }
    }
    for (const { at, reason } of found.sort((a, b) => a.at - b.at)) {
      report(file, reason, placeAt(entry.text, at), 'spanish-terms', 'error');
    }
  },
};
