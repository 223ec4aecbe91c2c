import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayMonthYearOf,
  daysBetween,
  type IsoDate,
  isoTextOf,
  parseIsoDate,
  todayOf,
} from '../../../src/features/estimator/calendar-date';

const day = (text: string) => text as IsoDate;

describe('parseIsoDate', () => {
  it.each([
    ['2027-01-04', { ok: true, date: '2027-01-04' }],
    ['2028-02-29', { ok: true, date: '2028-02-29' }],
    ['2027-02-29', { ok: false, problem: 'impossible' }],
    ['2027-02-30', { ok: false, problem: 'impossible' }],
    ['2027-00-10', { ok: false, problem: 'impossible' }],
    ['', { ok: false, problem: 'missing' }],
    ['  ', { ok: false, problem: 'missing' }],
    ['4 January 2027', { ok: false, problem: 'format' }],
    ['2027-1-4', { ok: false, problem: 'format' }],
  ])('%j', (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
  });
});

describe('a date typed in day, month and year fields', () => {
  const parse = (day: string, month: string, year: string) => parseIsoDate(isoTextOf({ day, month, year }));

  it.each([
    [['4', '1', '2027'], { ok: true, date: '2027-01-04' }],
    [[' 04 ', '01', '2027'], { ok: true, date: '2027-01-04' }],
    [['29', '2', '2028'], { ok: true, date: '2028-02-29' }],
    [['30', '2', '2027'], { ok: false, problem: 'impossible' }],
    [['4', '13', '2027'], { ok: false, problem: 'impossible' }],
    [['', '', ''], { ok: false, problem: 'missing' }],
    [['4', '', '2027'], { ok: false, problem: 'format' }],
    [['4', 'Jan', '2027'], { ok: false, problem: 'format' }],
    [['4', '1', '27'], { ok: false, problem: 'format' }],
    [['4.5', '1', '2027'], { ok: false, problem: 'format' }],
  ] as const)('%j', ([day, month, year], expected) => {
    expect(parse(day, month, year)).toEqual(expected);
  });

  it('a date in the URL fills the three fields and reads back as the same date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(isoTextOf(dayMonthYearOf(iso))).toBe(iso);
        },
      ),
    );
    expect(dayMonthYearOf('2027-01-04')).toEqual({ day: '4', month: '1', year: '2027' });
    expect(dayMonthYearOf('next week')).toEqual({ day: '', month: '', year: '' });
  });
});

describe('date arithmetic on UTC days', () => {
  it('adds days across month ends, leap days and daylight-saving changes', () => {
    expect(addDays(day('2027-03-27'), 2)).toBe('2027-03-29');
    expect(addDays(day('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(day('2027-12-30'), 3)).toBe('2028-01-02');
  });

  it('adds months without spilling into the next month', () => {
    expect(addMonths(day('2027-01-31'), 1)).toBe('2027-02-28');
    expect(addMonths(day('2028-01-31'), 1)).toBe('2028-02-29');
    expect(addMonths(day('2027-08-15'), 5)).toBe('2028-01-15');
  });

  it('daysBetween undoes addDays', () => {
    const date = fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(date, fc.integer({ min: -2000, max: 2000 }), (start, days) => {
        const iso = start.toISOString().slice(0, 10) as IsoDate;
        return daysBetween(iso, addDays(iso, days)) === days;
      }),
    );
  });

  it("today is the reader's own calendar date, not the UTC one", () => {
    expect(todayOf(new Date(2027, 0, 4, 23, 30))).toBe('2027-01-04');
  });
});
