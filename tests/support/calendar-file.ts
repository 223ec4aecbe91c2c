// A calendar file as a calendar app reads it, through a real iCalendar parser (ical.js): its events, each series
// expanded by the parser into its occurrences, so tests check the dates a reader's calendar would show.
import ICAL from 'ical.js';

export interface CalendarEvent {
  summary: string;
  description: string;
  /** Every occurrence's start, "YYYY-MM-DDTHH:MM" in floating (local) time, the series expanded. */
  starts: string[];
  recurring: boolean;
  durationMinutes: number;
  /** Each reminder's trigger, e.g. "-PT1H". */
  alarms: string[];
}

/** Never more occurrences than this: a rule without an end would otherwise never stop. */
const MAX_OCCURRENCES = 1000;

const localTime = (time: ICAL.Time) => time.toString().slice(0, 16);

export function readCalendarFile(text: string): CalendarEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const starts: string[] = [];
    const occurrences = event.iterator();
    for (let next = occurrences.next(); next && starts.length < MAX_OCCURRENCES; next = occurrences.next()) {
      starts.push(localTime(next));
    }
    return {
      summary: event.summary,
      description: event.description,
      starts,
      recurring: event.isRecurring(),
      durationMinutes: event.duration.toSeconds() / 60,
      alarms: component.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
    };
  });
}
