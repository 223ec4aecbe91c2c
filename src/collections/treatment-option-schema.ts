import { z } from 'astro/zod';
import { COMPARISON_ROWS, type ComparisonRow } from './choices.ts';
import {
  type EntryRef,
  order,
  plainText,
  reviewDate,
  reviewOrder,
  translatedFrom,
  translationReviewer,
} from './fields.ts';

// One option of the "Compare your options" page (content/treatment-options/<language>/<id>.yaml).

/** What each row asks, for the fields' hover help and error messages. */
const ROW_QUESTIONS: Record<ComparisonRow, string> = {
  whatItInvolves: 'What it involves: what you do or have done, and how often.',
  whoItIsFor: 'Who it is for: men, women, and in pregnancy and breastfeeding.',
  howSoon: 'How soon a change might show.',
  whenYouStop: 'What happens when you stop.',
  evidence: 'How strong the evidence is, in words consistent with the evidence guide ("limited", "no good studies").',
  commonSideEffects: 'Common side effects.',
  rareSeriousHarms: 'Rare serious harms.',
  licensed: 'Whether it is licensed for hair loss.',
  cost: 'Cost: say it varies and what to ask, never a price.',
};

/** One cell of the table: what the sources say, no stronger than they say it, and which sources say it. */
const cell = <R extends EntryRef>(sourceRef: R, row: ComparisonRow) =>
  z
    .object(
      {
        text: plainText('one or two short sentences from the sources').describe(
          'One or two short sentences, no stronger than the sources. Where the sources have nothing, say so ("No good studies.").',
        ),
        cite: z
          .array(sourceRef)
          .min(1, 'cite at least one source id from content/sources/: every cell rests on a source')
          .describe('The sources this cell rests on: file names in content/sources/ without .yaml, e.g. [fda-labels].'),
      },
      { error: `expected a cell with text: and cite: (${ROW_QUESTIONS[row]})` },
    )
    .describe(ROW_QUESTIONS[row]);

const rows = <R extends EntryRef>(sourceRef: R) =>
  Object.fromEntries(COMPARISON_ROWS.map((row) => [row, cell(sourceRef, row)])) as Record<
    ComparisonRow,
    ReturnType<typeof cell<R>>
  >;

/**
 * One treatment option a reader may weigh against mesotherapy: its name and one cell per row of the table, each with
 * its sources. A field that is not a row of the table fails, so a misspelt row is named rather than left out.
 */
export const treatmentOptionSchema = <R extends EntryRef>(sourceRef: R) =>
  reviewOrder(
    z.strictObject({
      name: plainText("the option's name").describe(
        'The option as a reader would name it, e.g. "Minoxidil (lotion or foam)": the column heading and the card title.',
      ),
      order: order.describe('Its column: 1 comes first, next to the row names.'),
      ...rows(sourceRef),
      lastReviewed: reviewDate.describe(
        'The day an editor last checked every cell against its sources, e.g. 2026-12-06.',
      ),
      nextReview: reviewDate.describe('When the cells must be checked again: later than lastReviewed.'),
      translatedFrom,
      translationReviewer,
    }),
  );
