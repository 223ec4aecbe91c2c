/** The fixed lists editors choose from in frontmatter. Plain constants, so the scaffolder and lint can use them too. */

export const FAQ_CATEGORIES = [
  'about-the-treatment',
  'sessions-and-course',
  'results',
  'safety-and-side-effects',
  'choosing-a-clinic',
] as const;
export type FaqCategory = (typeof FAQ_CATEGORIES)[number];

export const SIDE_EFFECT_FREQUENCIES = ['common', 'uncommon', 'rare'] as const;

export const EVIDENCE_LEVELS = ['limited', 'very-limited', 'none'] as const;

export const SOURCE_KINDS = [
  'review',
  'trial',
  'retrospective-study',
  'case-report',
  'editorial',
  'guidance',
  'label',
  'clinic-article',
] as const;

/**
 * The rows of the "Compare your options" table, in order: every treatment option (content/treatment-options/) has
 * each of them as a field, and the interface words name them (the dictionary's compare.rows).
 */
export const COMPARISON_ROWS = [
  'whatItInvolves',
  'whoItIsFor',
  'howSoon',
  'whenYouStop',
  'evidence',
  'commonSideEffects',
  'rareSeriousHarms',
  'licensed',
  'cost',
] as const;
export type ComparisonRow = (typeof COMPARISON_ROWS)[number];
