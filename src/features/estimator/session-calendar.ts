/**
 * The estimator's calendar file: one repeating series (RRULE) of 20-minute sessions, so a calendar imports it as one
 * series that the reader can move, change or delete in one go, never 100 events one by one.
 */
import { createEvents } from 'ics';
import { dateParts, type SessionTime, utcDate } from './calendar-date';
import { MINUTES_PER_SESSION, type TreatmentEstimate } from './estimator';
import { fillTemplate } from '../../i18n/fill-template';

/** Words for the file, in the page's language; {end} and {latest} are the dates in the series' description. */
interface CalendarText {
  eventTitle: string;
  eventDescription: string;
  reminder: string;
  calendarName: string;
}

const REMINDER_HOURS_BEFORE = 1;
/** iCalendar's weekday codes, in the order of Date.getUTCDay(). */
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/**
 * An iCalendar file for an estimate: the sessions of the shortest course in its range, which every course of the
 * range has, as one weekly series on the schedule's weekdays. The description says the course may go on to the
 * longest course's last session. Times are "floating" (no time zone): 10:00 shows at 10:00 wherever the reader is.
 * `formatDate` writes the description's dates in the page's language.
 */
export function sessionCalendar(
  estimate: TreatmentEstimate,
  time: SessionTime,
  text: CalendarText,
  formatDate: (date: TreatmentEstimate['plan']['startDate']) => string,
): { ok: true; ics: string } | { ok: false; error: string } {
  const { plan, sessions, lastSession } = estimate;
  const weekdays = estimate.schedule
    .slice(0, plan.sessionsPerWeek)
    .map((session) => WEEKDAYS[utcDate(session.date).getUTCDay()]);
  const { error, value } = createEvents(
    [
      {
        start: [...dateParts(plan.startDate), time.hour, time.minute],
        startInputType: 'local',
        startOutputType: 'local',
        duration: { minutes: MINUTES_PER_SESSION.typical },
        recurrenceRule: `FREQ=WEEKLY;BYDAY=${weekdays.join(',')};COUNT=${sessions.min}`,
        title: text.eventTitle,
        description: fillTemplate(text.eventDescription, {
          end: formatDate(lastSession.earliest),
          latest: formatDate(lastSession.latest),
        }),
        // The same estimate keeps its id, so importing it twice updates the series rather than adding a second one.
        uid: `sessions-${plan.sessionsPerWeek}-a-week-${sessions.min}-from-${plan.startDate}@mesotherapy-guide`,
        alarms: [
          { action: 'display', description: text.reminder, trigger: { hours: REMINDER_HOURS_BEFORE, before: true } },
        ],
      },
    ],
    { calName: text.calendarName, productId: 'mesotherapy-guide/estimator' },
  );
  return error || value === null ? { ok: false, error: String(error) } : { ok: true, ics: value };
}
