/**
 * Calendar dates as plain "YYYY-MM-DD" strings, with arithmetic done on UTC days so that a reader's
 * time zone or a daylight-saving change can never shift a date by one. Also a session's clock time.
 */
import { isoDay } from '../../site/dates';

export type IsoDate = string & { readonly __isoDate: true };

type DateProblem = 'missing' | 'format' | 'impossible';

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Reads "2027-01-04" as a calendar date; "2027-02-30", "4/1/2027" and "" are problems, not dates. */
export function parseIsoDate(text: string): { ok: true; date: IsoDate } | { ok: false; problem: DateProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'missing' };
  const match = ISO_PATTERN.exec(trimmed);
  if (!match) return { ok: false, problem: 'format' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 30 February over into March; a real date survives the round trip.
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) {
    return { ok: false, problem: 'impossible' };
  }
  return { ok: true, date: trimmed as IsoDate };
}

/** The Date at midnight UTC of a calendar date: format it with timeZone 'UTC'. */
export function utcDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(value: Date): IsoDate {
  return isoDay(value) as IsoDate;
}

/** The reader's own calendar date today (in their time zone), as a calendar date. */
export function todayOf(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(utcDate(date).getTime() + days * DAY_MS));
}

/** Adds calendar months; 31 January + 1 month is 28 (or 29) February, not 3 March. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const start = utcDate(date);
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return fromUtc(target);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDate(to).getTime() - utcDate(from).getTime()) / DAY_MS);
}

/** [year, month, day] with January as 1, as calendar files expect. */
export function dateParts(date: IsoDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

export interface SessionTime {
  hour: number;
  minute: number;
}

/** Reads "10:00" from a time input; anything else (an empty field) is no time. */
export function parseSessionTime(text: string): SessionTime | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : undefined;
}
