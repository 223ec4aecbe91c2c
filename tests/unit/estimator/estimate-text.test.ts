import { describe, expect, it } from 'vitest';
import { describeEstimate } from '../../../src/features/estimator/estimate-text';
import { fillTemplate } from '../../../src/i18n/fill-template';
import { estimateTreatment } from '../../../src/features/estimator/estimator';
import { en } from '../../../src/i18n/en';

describe('fillTemplate', () => {
  it('fills named values and leaves unknown placeholders visible', () => {
    expect(fillTemplate('{a} to {b} of {c}', { a: 1, b: 'two' })).toBe('1 to two of {c}');
  });
});

describe('describeEstimate', () => {
  const result = estimateTreatment(
    {
      startDate: '2027-01-04',
      sessionsPerWeek: '2',
      stage: 'early',
      area: 'small',
      condition: 'androgenetic-alopecia',
    },
    ['androgenetic-alopecia'],
  );
  if (!result.ok) throw new Error('expected a valid estimate');
  // The note is the chosen condition's estimatorNote (content/conditions/); the page passes it in.
  const note = 'For pattern hair loss, mesotherapy is at most an add-on.';
  const text = describeEstimate(result.estimate, en.estimator, 'en-GB', note);

  it('says the estimate in sentences with long dates and no unfilled placeholders', () => {
    // Months and the last session's dates; no count of sessions or hours in the chair (they read like a plan).
    expect(text.sentences.slice(0, 5)).toEqual([
      'For early hair loss and a small treatment area, twice a week, starting on Monday, 4 January 2027.',
      'In this example, the course may last about 5 to 6 months. The last session may be between Thursday, 3 June 2027 and Thursday, 1 July 2027.',
      'The clinic article says each session takes about 20 minutes (15 to 30) and has about 40 tiny injections.',
      'The clinic article says first effects may show from about the 4th session, which would be on Thursday, 14 January 2027. This is its claim, not a research finding.',
      'The clinic article says visible results, if any, take 4 to 5 months: between Tuesday, 4 May 2027 and Friday, 4 June 2027.',
    ]);
    expect(text.sentences.join(' ')).not.toMatch(/sessions,|hours/);
    expect(text.sentences.join(' ')).not.toMatch(/[{}]|NaN|Invalid/);
  });

  it('adds the condition note before the reminder that the specialist decides, and no note without one', () => {
    expect(text.sentences.slice(-2)).toEqual([note, en.estimator.sentences.clinic]);
    expect(describeEstimate(result.estimate, en.estimator, 'en-GB').sentences).not.toContain(note);
  });

  it("gives a timeline of key dates, without the clinic's 4th-session claim as a step", () => {
    expect(text.timeline.map((step) => step.label)).toEqual([
      en.estimator.timeline.start,
      en.estimator.timeline.visible,
      en.estimator.timeline.end,
    ]);
    expect(text.timeline.at(-1)).toEqual({
      label: 'Last session may be',
      date: '2027-06-03',
      text: 'Thursday, 3 June 2027 to Thursday, 1 July 2027',
    });
  });
});
