import { describe, expect, it } from 'vitest';
import { type IsoDate, parseSessionTime } from '../../../src/features/estimator/calendar-date';
import { sessionSchedule } from '../../../src/features/estimator/estimator';
import { sessionCalendar } from '../../../src/features/estimator/session-calendar';
import { en } from '../../../src/i18n/en';

const schedule = sessionSchedule('2027-01-04' as IsoDate, 2, { min: 2, max: 3 });

describe('sessionCalendar', () => {
  const result = sessionCalendar(schedule, { hour: 10, minute: 0 }, en.estimator.calendar);
  const ics = result.ok ? result.ics : '';

  it('has one 20-minute event with a reminder per session', () => {
    expect(result.ok).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(schedule.length);
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(schedule.length);
    expect(ics.match(/DURATION:PT20M/g)).toHaveLength(schedule.length);
    expect(ics).toContain('TRIGGER:-PT1H');
  });

  it('puts each session at the chosen local time on its date', () => {
    expect(ics).toContain('DTSTART:20270104T100000\r\n');
    expect(ics).toContain('DTSTART:20270107T100000\r\n');
    expect(ics).toContain('SUMMARY:Mesotherapy session 6 of 6');
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
