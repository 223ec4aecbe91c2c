/** The estimator's calendar file: one 20-minute event per session, each with a reminder. */
import { createEvents, type EventAttributes } from 'ics';
import { dateParts, type SessionTime } from './calendar-date';
import { MINUTES_PER_SESSION, type Session } from './estimator';
import { fillTemplate } from '../../i18n/fill-template';

/** Words for the file, in the page's language; {number} and {total} are filled in per session. */
interface CalendarText {
  eventTitle: string;
  eventDescription: string;
  reminder: string;
  calendarName: string;
}

const REMINDER_HOURS_BEFORE = 1;

/**
 * An iCalendar file for a schedule. Times are "floating" (no time zone), so a session at 10:00
 * shows at 10:00 wherever the reader's calendar is.
 */
export function sessionCalendar(
  schedule: Session[],
  time: SessionTime,
  text: CalendarText,
): { ok: true; ics: string } | { ok: false; error: string } {
  const total = schedule.length;
  const events: EventAttributes[] = schedule.map((session) => ({
    start: [...dateParts(session.date), time.hour, time.minute],
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: MINUTES_PER_SESSION.typical },
    title: fillTemplate(text.eventTitle, { number: session.number, total }),
    description: text.eventDescription,
    // The same session of the same schedule keeps its id, so importing twice updates rather than duplicates.
    uid: `session-${session.number}-of-${total}-from-${schedule[0]?.date}@mesotherapy-guide`,
    alarms: [
      { action: 'display', description: text.reminder, trigger: { hours: REMINDER_HOURS_BEFORE, before: true } },
    ],
  }));
  const { error, value } = createEvents(events, {
    calName: text.calendarName,
    productId: 'mesotherapy-guide/estimator',
  });
  return error || value === null ? { ok: false, error: String(error) } : { ok: true, ics: value };
}
