// The estimator's answers in the address, and the table of typical courses that readers without JavaScript see.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AREAS,
  courseWeeks,
  defaultQuestion,
  estimateTreatment,
  paramsFromQuestion,
  questionFromParams,
  STAGES,
  typicalCourses,
} from '../../../src/features/estimator/estimator';

describe('URL state', () => {
  it('gives no estimate until the reader gives a start date', () => {
    expect(estimateTreatment(defaultQuestion())).toEqual({
      ok: false,
      errors: [{ field: 'startDate', code: 'start-missing' }],
    });
    expect(estimateTreatment({ ...defaultQuestion(), startDate: '2027-01-04' }).ok).toBe(true);
  });

  it('reads a shared estimate', () => {
    const params = new URLSearchParams('start=2027-01-04&perWeek=2&stage=early&area=small&condition=telogen-effluvium');
    expect(questionFromParams(params, defaultQuestion())).toEqual({
      startDate: '2027-01-04',
      sessionsPerWeek: '2',
      stage: 'early',
      area: 'small',
      condition: 'telogen-effluvium',
    });
  });

  it('uses the defaults for absent parameters and keeps empty or wrong ones so the form can show the error', () => {
    const defaults = defaultQuestion();
    expect(questionFromParams(new URLSearchParams(''), defaults)).toEqual(defaults);
    expect(questionFromParams(new URLSearchParams('start=&perWeek=3'), defaults)).toEqual({
      ...defaults,
      startDate: '',
      sessionsPerWeek: '3',
    });
  });

  it('round-trips any question through the URL', () => {
    const anyText = fc.string();
    fc.assert(
      fc.property(
        fc.record({ startDate: anyText, sessionsPerWeek: anyText, stage: anyText, area: anyText, condition: anyText }),
        (question) => {
          const url = `?${paramsFromQuestion(question).toString()}`;
          expect(questionFromParams(new URLSearchParams(url), defaultQuestion())).toEqual(question);
        },
      ),
    );
  });

  it('writes the parameters in the documented form', () => {
    const question = {
      startDate: '2027-01-04',
      sessionsPerWeek: '2',
      stage: 'early',
      area: 'small',
      condition: '',
    } as const;
    expect(paramsFromQuestion(question).toString()).toBe('start=2027-01-04&perWeek=2&stage=early&area=small');
  });
});

describe('typicalCourses (the table for readers without JavaScript)', () => {
  it('comes from the same rules: each stage spans its areas, in months', () => {
    const rows = typicalCourses();
    expect(rows.map((row) => row.stage)).toEqual([...STAGES]);
    for (const row of rows) {
      const areas = AREAS.map((area) => courseWeeks(row.stage, area));
      expect(row.weeks.min).toBe(Math.min(...areas.map((range) => range.min)));
      expect(row.weeks.max).toBe(Math.max(...areas.map((range) => range.max)));
      expect(row.months.min).toBeGreaterThanOrEqual(5);
      expect(row.months.max).toBeLessThanOrEqual(12);
    }
  });
});
