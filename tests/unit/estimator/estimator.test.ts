import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../src/features/estimator/calendar-date';
import {
  AREAS,
  courseWeeks,
  estimateTreatment,
  STAGES,
  type TreatmentEstimate,
  type TreatmentQuestion,
} from '../../../src/features/estimator/estimator';
import { en } from '../../../src/i18n/en';

const CONDITIONS = ['telogen-effluvium', 'androgenetic-alopecia', 'postpartum-hair-loss', 'thin-and-brittle-hair'];

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const validDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map(isoDay);
const validQuestion: fc.Arbitrary<TreatmentQuestion> = fc.record({
  startDate: validDate,
  sessionsPerWeek: fc.constantFrom('1', '2'),
  stage: fc.constantFrom(...STAGES),
  area: fc.constantFrom(...AREAS),
  condition: fc.constantFrom('', ...CONDITIONS),
});

function estimateOf(question: TreatmentQuestion): TreatmentEstimate {
  const result = estimateTreatment(question, CONDITIONS);
  if (!result.ok)
    throw new Error(`expected an estimate for ${JSON.stringify(question)}, got ${JSON.stringify(result.errors)}`);
  return result.estimate;
}

const early: TreatmentQuestion = {
  startDate: '2027-01-04',
  sessionsPerWeek: '2',
  stage: 'early',
  area: 'small',
  condition: '',
};

describe('estimateTreatment: a worked example', () => {
  it('twice a week from Monday 4 January 2027, early stage, small area', () => {
    const estimate = estimateOf(early);
    expect(estimate.courseWeeks).toEqual({ min: 22, max: 26 });
    expect(estimate.courseMonths).toEqual({ min: 5, max: 6 });
    expect(estimate.sessions).toEqual({ min: 44, max: 52 });
    expect(estimate.schedule.slice(0, 4).map((session) => session.date)).toEqual([
      '2027-01-04',
      '2027-01-07',
      '2027-01-11',
      '2027-01-14',
    ]);
    expect(estimate.fourthSession).toBe('2027-01-14');
    expect(estimate.visibleResults).toEqual({ earliest: '2027-05-04', latest: '2027-06-04' });
    // The course ends on its last session: the 44th (Thursday 3 June) or the 52nd (Thursday 1 July).
    expect(estimate.lastSession).toEqual({ earliest: '2027-06-03', latest: '2027-07-01' });
    expect(estimate.perSession).toEqual({ minutes: { typical: 20, min: 15, max: 30 }, microinjections: 40 });
  });

  it('once a week puts every session on the start weekday and halves the sessions', () => {
    const estimate = estimateOf({ ...early, sessionsPerWeek: '1' });
    expect(estimate.sessions).toEqual({ min: 22, max: 26 });
    expect(estimate.fourthSession).toBe('2027-01-25');
    expect(new Set(estimate.schedule.map((session) => new Date(session.date).getUTCDay()))).toEqual(new Set([1]));
  });
});

describe('estimateTreatment: properties of every valid question', () => {
  it('the course lasts 5 to 12 calendar months', () => {
    fc.assert(
      fc.property(validQuestion, (question) => {
        const { lastSession, courseMonths, plan } = estimateOf(question);
        // The last session falls in the course's last week, so the week after it reaches 5 months.
        expect(addDays(lastSession.earliest, 7) >= addMonths(plan.startDate, 5)).toBe(true);
        expect(lastSession.latest <= addMonths(plan.startDate, 12)).toBe(true);
        expect(courseMonths.min).toBeGreaterThanOrEqual(5);
        expect(courseMonths.max).toBeLessThanOrEqual(12);
        expect(courseMonths.min).toBeLessThanOrEqual(courseMonths.max);
      }),
    );
  });

  it('the 4th session comes after the start date and before visible results', () => {
    fc.assert(
      fc.property(validQuestion, (question) => {
        const estimate = estimateOf(question);
        expect(estimate.fourthSession > estimate.plan.startDate).toBe(true);
        expect(estimate.fourthSession < estimate.visibleResults.earliest).toBe(true);
        expect(estimate.fourthSession < estimate.lastSession.earliest).toBe(true);
      }),
    );
  });

  it('the session count matches the dated schedule, on fixed weekdays, inside the course', () => {
    fc.assert(
      fc.property(validQuestion, (question) => {
        const { schedule, sessions, lastSession, plan } = estimateOf(question);
        expect(schedule).toHaveLength(sessions.max);
        expect(schedule.filter((session) => session.inShortestCourse)).toHaveLength(sessions.min);
        expect(schedule[0]?.date).toBe(plan.startDate);
        schedule.forEach((session, index) => {
          expect(session.number).toBe(index + 1);
          if (index > 0) expect(session.date > (schedule[index - 1] as { date: string }).date).toBe(true);
          expect(session.date <= (session.inShortestCourse ? lastSession.earliest : lastSession.latest)).toBe(true);
        });
        expect(schedule.at(-1)?.date).toBe(lastSession.latest);
        expect(schedule[sessions.min - 1]?.date).toBe(lastSession.earliest);
        const weekdays = new Set(schedule.map((session) => new Date(session.date).getUTCDay()));
        expect(weekdays.size).toBe(plan.sessionsPerWeek);
      }),
    );
  });

  it('never gives NaN or an invalid date', () => {
    fc.assert(
      fc.property(validQuestion, (question) => {
        const text = JSON.stringify(estimateOf(question));
        expect(text).not.toMatch(/NaN|Invalid|null/);
      }),
    );
  });

  it('is longer (never shorter) for a more advanced stage or a larger area', () => {
    const index = fc.integer({ min: 0, max: 2 });
    fc.assert(
      fc.property(index, index, index, index, (stageA, stageB, areaA, areaB) => {
        const [lowStage, highStage] = [Math.min(stageA, stageB), Math.max(stageA, stageB)];
        const [lowArea, highArea] = [Math.min(areaA, areaB), Math.max(areaA, areaB)];
        const low = courseWeeks(STAGES[lowStage]!, AREAS[lowArea]!);
        const high = courseWeeks(STAGES[highStage]!, AREAS[highArea]!);
        expect(high.min).toBeGreaterThanOrEqual(low.min);
        expect(high.max).toBeGreaterThanOrEqual(low.max);
      }),
    );
    expect(courseWeeks('advanced', 'large').min).toBeGreaterThan(courseWeeks('early', 'small').max);
  });
});

describe('estimateTreatment: invalid questions name the field', () => {
  const errorsOf = (question: Partial<TreatmentQuestion>) => {
    const result = estimateTreatment({ ...early, ...question }, CONDITIONS);
    return result.ok ? [] : result.errors;
  };

  it.each([
    [{ sessionsPerWeek: '3' }, 'sessionsPerWeek', 'per-week-invalid'],
    [{ sessionsPerWeek: '' }, 'sessionsPerWeek', 'per-week-invalid'],
    [{ stage: 'severe' }, 'stage', 'stage-invalid'],
    [{ area: 'whole-body' }, 'area', 'area-invalid'],
    [{ condition: 'cellulite' }, 'condition', 'condition-unknown'],
    [{ startDate: '2027-02-30' }, 'startDate', 'start-impossible'],
    [{ startDate: '2027-13-01' }, 'startDate', 'start-impossible'],
    [{ startDate: '' }, 'startDate', 'start-missing'],
    [{ startDate: '04/01/2027' }, 'startDate', 'start-format'],
    [{ startDate: '1999-12-31' }, 'startDate', 'start-too-early'],
    [{ startDate: '2100-01-01' }, 'startDate', 'start-too-late'],
  ] as const)('%o → %s (%s)', (question, field, code) => {
    expect(errorsOf(question)).toEqual([{ field, code }]);
  });

  it('reports every wrong field at once', () => {
    expect(errorsOf({ startDate: '', sessionsPerWeek: '3', stage: 'x' }).map((error) => error.field)).toEqual([
      'startDate',
      'sessionsPerWeek',
      'stage',
    ]);
  });

  it('any frequency other than 1 or 2 is an error on sessionsPerWeek', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(fc.integer(), fc.string())
          .map(String)
          .filter((value) => !['1', '2'].includes(value.trim())),
        (sessionsPerWeek) => {
          expect(errorsOf({ sessionsPerWeek })).toEqual([{ field: 'sessionsPerWeek', code: 'per-week-invalid' }]);
        },
      ),
    );
  });

  it('any unknown stage or area is an error on that field', () => {
    const unknown = (known: readonly string[]) => fc.string().filter((value) => !known.includes(value.trim()));
    fc.assert(fc.property(unknown(STAGES), (stage) => errorsOf({ stage })[0]?.field === 'stage'));
    fc.assert(fc.property(unknown(AREAS), (area) => errorsOf({ area })[0]?.field === 'area'));
  });

  it('any day past the end of its month is an impossible start date', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 3 }),
        (year, month, extra) => {
          const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
          const day = daysInMonth + 1 + extra;
          expect(errorsOf({ startDate: `${year}-${pad(month)}-${pad(day)}` })).toEqual([
            { field: 'startDate', code: 'start-impossible' },
          ]);
        },
      ),
    );
  });

  it('any date before 2000 is too early', () => {
    const before2000 = fc.date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('1999-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(before2000, (date) => {
        expect(errorsOf({ startDate: isoDay(date) })).toEqual([{ field: 'startDate', code: 'start-too-early' }]);
      }),
    );
  });

  it('every error code has a message that names its field and says what to do', () => {
    const labels = {
      startDate: en.estimator.startDate.label,
      sessionsPerWeek: en.estimator.sessionsPerWeek.legend,
      stage: 'How advanced is your hair loss',
      area: en.estimator.area.legend,
      condition: 'Cause of hair loss',
    };
    for (const [question] of [
      [{ sessionsPerWeek: '3' }],
      [{ stage: 'x' }],
      [{ area: 'x' }],
      [{ condition: 'x' }],
      [{ startDate: '' }],
      [{ startDate: '2027-02-30' }],
    ]) {
      for (const error of errorsOf(question as Partial<TreatmentQuestion>)) {
        const message = en.estimator.errors[error.code];
        expect(message.startsWith(`${labels[error.field]}:`)).toBe(true);
        // After the field, a whole sentence on what to do: no unfilled {placeholder}, ending with a full stop.
        expect(message.slice(labels[error.field].length + 1).trim().length, error.code).toBeGreaterThan(15);
        expect(message, error.code).not.toMatch(/[{}]/);
        expect(message, error.code).toMatch(/\.$/);
      }
    }
  });
});
