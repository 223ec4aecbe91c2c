import { describe, expect, it } from 'vitest';
import { parseSessionTime } from '../../../src/features/estimator/calendar-date';
import { estimateTreatment, type TreatmentQuestion } from '../../../src/features/estimator/estimator';
import { dateFormatter } from '../../../src/features/estimator/estimate-text';
import { sessionCalendar } from '../../../src/features/estimator/session-calendar';
import { en } from '../../../src/i18n/en';
import { readCalendarFile } from '../../support/calendar-file';

function calendarFor(question: Partial<TreatmentQuestion>) {
  const result = estimateTreatment({
    startDate: '2027-01-04',
    sessionsPerWeek: '2',
    stage: 'early',
    area: 'small',
    condition: '',
    ...question,
  });
  if (!result.ok) throw new Error('expected a valid estimate');
  const file = sessionCalendar(result.estimate, { hour: 10, minute: 0 }, en.estimator.calendar, dateFormatter('en-GB'));
  if (!file.ok) throw new Error(file.error);
  return readCalendarFile(file.ics);
}

describe('sessionCalendar, read by a real iCalendar parser (ical.js)', () => {
  it('is one repeating series of 20-minute sessions with one reminder, not an event per session', () => {
    const events = calendarFor({});
    expect(events).toHaveLength(1);
    const [series] = events;
    expect(series?.recurring).toBe(true);
    expect(series?.durationMinutes).toBe(20);
    expect(series?.alarms).toEqual(['-PT1H']);
    expect(series?.summary).toBe('Mesotherapy session');
  });

  it('twice a week from Monday 4 January 2027: Mondays and Thursdays at 10:00, to the shortest course’s last session', () => {
    const [series] = calendarFor({});
    // Early stage, small area: 22 weeks at the shortest, so 44 sessions.
    expect(series?.starts).toHaveLength(44);
    expect(series?.starts.slice(0, 4)).toEqual([
      '2027-01-04T10:00',
      '2027-01-07T10:00',
      '2027-01-11T10:00',
      '2027-01-14T10:00',
    ]);
    expect(series?.starts.at(-1)).toBe('2027-06-03T10:00');
    expect(series?.description).toBe(
      'An example from the Mesotherapy Guide estimate, not a treatment plan. This series stops on Thursday, 3 June 2027. In this example, the course may go on until Thursday, 1 July 2027. Check the dates and times with your clinic.',
    );
  });

  it('once a week from a Friday: every Friday, 22 sessions', () => {
    const [series] = calendarFor({ startDate: '2027-01-08', sessionsPerWeek: '1' });
    expect(series?.starts).toHaveLength(22);
    expect(series?.starts.slice(0, 3)).toEqual(['2027-01-08T10:00', '2027-01-15T10:00', '2027-01-22T10:00']);
    expect(new Set(series?.starts.map((start) => new Date(`${start}Z`).getUTCDay()))).toEqual(new Set([5]));
  });

  it('twice a week from a Saturday: the second session of each week is on the Tuesday', () => {
    const [series] = calendarFor({ startDate: '2027-01-02' });
    expect(series?.starts.slice(0, 4)).toEqual([
      '2027-01-02T10:00',
      '2027-01-05T10:00',
      '2027-01-09T10:00',
      '2027-01-12T10:00',
    ]);
  });
});

describe('parseSessionTime', () => {
  it.each([
    ['10:00', { hour: 10, minute: 0 }],
    ['07:45', { hour: 7, minute: 45 }],
    ['', undefined],
    ['25:00', undefined],
    ['10', undefined],
  ])('%j', (text, expected) => {
    expect(parseSessionTime(text)).toEqual(expected);
  });
});
