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
    expect(text.sentences.slice(0, 7)).toMatchInlineSnapshot(`
      [
        "For early hair loss and a small treatment area, starting on Monday, 4 January 2027.",
        "In this example, the course lasts 5 to 6 months (22 to 26 weeks).",
        "That is about 44 to 52 sessions, twice a week.",
        "Each session usually takes about 20 minutes (15 to 30) and has about 40 tiny injections. That is about 15 to 17 hours in the chair in all.",
        "The clinic article says first effects may show from about the 4th session, which would be on Thursday, 14 January 2027. This is its claim, not a research finding.",
        "The clinic article says visible results, if any, take 4 to 5 months: between Tuesday, 4 May 2027 and Friday, 4 June 2027.",
        "The course may end between Monday, 7 June 2027 and Monday, 5 July 2027.",
      ]
    `);
    expect(text.sentences.join(' ')).not.toMatch(/[{}]|NaN|Invalid/);
  });

  it('adds the condition note before the reminder that the specialist decides, and no note without one', () => {
    expect(text.sentences.slice(-2)).toEqual([note, en.estimator.sentences.clinic]);
    expect(describeEstimate(result.estimate, en.estimator, 'en-GB').sentences).not.toContain(note);
  });

  it("gives a timeline without the clinic's 4th-session claim as a step, and a labelled schedule", () => {
    expect(text.timeline.map((step) => step.label)).toEqual([
      en.estimator.timeline.start,
      en.estimator.timeline.visible,
      en.estimator.timeline.end,
    ]);
    expect(text.schedule).toHaveLength(52);
    expect(text.schedule[0]).toEqual({
      label: 'Session 1',
      date: '2027-01-04',
      text: 'Monday, 4 January 2027',
      longerOnly: false,
    });
    expect(text.schedule.at(-1)?.longerOnly).toBe(true);
    expect(text.scheduleSummary).toBe('Show all 52 session dates');
  });
});
