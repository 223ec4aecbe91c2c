import type { Root, Sentence, SentenceContent } from 'nlcst';
import { search } from 'nlcst-search';
import { toString } from 'nlcst-to-string';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';

import type { Locale } from '../../language/locales.ts';

interface Claim {
  phrases: string[];
  suggestion: string;
  /** A warning, not an error: the words are sometimes true, so the editor checks the source. */
  warnOnly?: boolean;
  /** Only after "100%" ("100% safe"). */
  afterHundredPercent?: boolean;
}

/**
 * Absolute or promotional medical wording in each language, and what to write instead. Errors unless `warnOnly`.
 * Spanish lists phrases, not single words, where a word has an innocent sense ("se cura el cuero cabelludo": it heals;
 * "puede ser para siempre": a harm that lasts).
 */
const CLAIMS: Record<Locale, Claim[]> = {
  en: [
    {
      phrases: ['guaranteed', 'guarantee', 'guarantees'],
      suggestion: 'nothing about treatment is certain: say what it "may" do, e.g. "may help some people"',
    },
    {
      phrases: ['cure', 'cures', 'cured'],
      suggestion: 'say "may help" or "may slow hair loss"; no treatment here cures hair loss',
    },
    {
      phrases: ['safe', 'effective', 'successful'],
      afterHundredPercent: true,
      suggestion:
        'no treatment is 100% anything: say "usually safe when done by a trained professional" and name the risks',
    },
    {
      phrases: ['completely safe', 'totally safe', 'perfectly safe', 'risk free', 'risk-free', 'no risks', 'no risk'],
      suggestion: 'say "usually safe when done by a trained professional" and name the risks',
    },
    {
      phrases: ['painless', 'pain free', 'pain-free'],
      suggestion: 'say "most people feel some discomfort, usually mild"',
    },
    {
      phrases: ['no side effects', 'no side-effects', 'without side effects'],
      suggestion: 'say "side effects are usually mild and short-lived" and link to /side-effects/',
    },
    {
      phrases: ['permanent results', 'permanent result', 'results are permanent', 'lasts forever', 'last forever'],
      suggestion: 'say "results may fade if you stop treatment"',
    },
    // Warnings: true of some medicines ("two medicines are proven to help"), so the editor checks the source.
    {
      phrases: ['clinically proven', 'scientifically proven', 'proven to'],
      suggestion: 'say what the studies found and cite them with <Cite>',
      warnOnly: true,
    },
    {
      phrases: ['miracle', 'miraculous', 'revolutionary'],
      suggestion: 'describe what it does plainly, e.g. "may help some people"',
    },
    {
      phrases: ['will regrow', 'will grow', 'will stop', 'will work', 'will improve'],
      suggestion: 'say "may", not "will": results vary',
      warnOnly: true,
    },
  ],
  es: [
    {
      phrases: ['garantizado', 'garantizada', 'garantizados', 'garantizadas', 'garantiza', 'garantizan', 'garantía'],
      suggestion: 'nothing about treatment is certain: say what it may do, e.g. "puede ayudar a algunas personas"',
    },
    {
      phrases: [
        'cura la caída',
        'curan la caída',
        'curar la caída',
        'cura la alopecia',
        'curan la alopecia',
        'curar la alopecia',
        'cura definitiva',
      ],
      suggestion: 'say "puede ayudar" or "puede frenar la caída del cabello"; no treatment here cures hair loss',
    },
    {
      phrases: ['seguro', 'segura', 'eficaz', 'efectivo', 'efectiva'],
      afterHundredPercent: true,
      suggestion:
        'no treatment is 100 % anything: say "suele ser seguro si lo hace un profesional formado" and name the risks',
    },
    {
      phrases: [
        'totalmente seguro',
        'totalmente segura',
        'completamente seguro',
        'completamente segura',
        'sin riesgos',
        'sin ningún riesgo',
        'libre de riesgos',
      ],
      suggestion: 'say "suele ser seguro si lo hace un profesional formado" and name the risks',
    },
    {
      phrases: ['indoloro', 'indolora', 'sin dolor', 'no duele nada'],
      suggestion: 'say "la mayoría de las personas nota algunas molestias, normalmente leves"',
    },
    {
      phrases: ['sin efectos secundarios', 'sin efectos adversos'],
      suggestion: 'say "los efectos secundarios suelen ser leves y pasajeros" and link to /es/side-effects/',
    },
    {
      phrases: [
        'resultados permanentes',
        'resultado permanente',
        'resultados definitivos',
        'resultado definitivo',
        'resultados para siempre',
      ],
      suggestion: 'say "los resultados pueden desaparecer si deja el tratamiento"',
    },
    {
      phrases: [
        'clínicamente probado',
        'clínicamente demostrado',
        'científicamente probado',
        'científicamente demostrado',
        'está demostrado que',
      ],
      suggestion: 'say what the studies found and cite them with <Cite>',
      warnOnly: true,
    },
    {
      phrases: ['milagro', 'milagroso', 'milagrosa', 'revolucionario', 'revolucionaria'],
      suggestion: 'describe what it does plainly, e.g. "puede ayudar a algunas personas"',
    },
    {
      phrases: [
        'crecerá',
        'volverá a crecer',
        'funcionará',
        'mejorará',
        'detendrá',
        'va a funcionar',
        'va a crecer',
        'va a mejorar',
      ],
      suggestion: 'say "puede", not the future tense: results vary',
      warnOnly: true,
    },
  ],
};

/** Words that turn a claim into its denial ("there is no cure", "no es indoloro"), up to three words before it. */
const NEGATIONS: Record<Locale, ReadonlySet<string>> = {
  en: new Set([
    'no',
    'not',
    'never',
    'cannot',
    "can't",
    'cant',
    "isn't",
    "doesn't",
    "don't",
    "won't",
    'nothing',
    'neither',
    'nor',
    'without',
  ]),
  es: new Set(['no', 'nunca', 'jamás', 'ni', 'nada', 'ningún', 'ninguna', 'ninguno', 'tampoco']),
};
const OPENING_QUOTES = new Set(['“', '‘', '«']);
const CLOSING_QUOTES = new Set(['”', '’', '»']);

type Node = SentenceContent;

/** 'the article calls it "virtually painless"' reports a claim; it does not make one. True inside open quotes. */
function isQuoted(siblings: Node[], start: number): boolean {
  let open = false;
  for (const node of siblings.slice(0, start)) {
    if (node.type !== 'PunctuationNode' && node.type !== 'SymbolNode') continue;
    const mark = toString(node);
    if (mark === '"') open = !open;
    else if (OPENING_QUOTES.has(mark)) open = true;
    else if (CLOSING_QUOTES.has(mark)) open = false;
  }
  return open;
}

/** "There is no cure", "it is not painless", "no treatment is guaranteed": a negation up to three words before. */
function isNegated(siblings: Node[], start: number, negations: ReadonlySet<string>): boolean {
  const words: string[] = [];
  for (let index = start - 1; index >= 0 && words.length < 3; index -= 1) {
    const node = siblings[index] as Node;
    if (node.type === 'WordNode') words.push(toString(node).toLowerCase().replace(/’/g, "'"));
    else if (node.type === 'PunctuationNode' && /[.;:!?]/.test(toString(node))) break;
  }
  return words.some((word) => negations.has(word));
}

/** "100% safe": a number and a symbol before the word, which a word search cannot match. */
function followsHundredPercent(siblings: Node[], start: number): boolean {
  const before = siblings
    .slice(Math.max(0, start - 4), start)
    .filter((node) => node.type !== 'WhiteSpaceNode')
    .map((node) => toString(node));
  return before.slice(-2).join('') === '100%';
}

const isQuestion = (sentence: Sentence) => /\?\s*$/.test(toString(sentence)) || /^\s*¿/.test(toString(sentence));

/** Flags promotional medical claims in one language with a suggested honest wording; quoted, negated and questioned uses pass. */
export const retextClaims: Plugin<[Locale], Root> = (locale) => (tree, file: VFile) => {
  for (const claim of CLAIMS[locale]) {
    search(tree, claim.phrases, (match, index, parent) => {
      if (parent.type !== 'SentenceNode') return;
      const siblings = parent.children;
      if (claim.afterHundredPercent && !followsHundredPercent(siblings, index)) return;
      if (isQuoted(siblings, index) || isNegated(siblings, index, NEGATIONS[locale]) || isQuestion(parent)) return;
      const first = claim.afterHundredPercent
        ? siblings.slice(0, index).findLast((node) => toString(node) === '100')
        : match[0];
      const last = match[match.length - 1];
      const words = claim.afterHundredPercent ? `100% ${toString(match)}` : toString(match);
      const message = file.message(`Avoid "${words}": ${claim.suggestion}.`, {
        place: first?.position && last?.position ? { start: first.position.start, end: last.position.end } : undefined,
        ruleId: 'claims',
        source: 'content',
      });
      message.actual = words;
      message.fatal = claim.warnOnly ? false : true;
    });
  }
};
