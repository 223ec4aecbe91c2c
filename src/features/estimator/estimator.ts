/**
 * "How long will my treatment take?": an illustration of a course of capillary mesotherapy, NOT a
 * treatment plan. The specialist decides the real plan.
 *
 * The clinic article the site started from (content/sources/clinic-article.yaml) gives the ranges: it
 * describes one clinic's practice, not research findings (studies used other schedules). The split of
 * its range by stage and area is this site's own illustration, not the clinic's.
 * 1. A course lasts 5 months to a year (clinic article). It is longer when hair loss is more advanced
 *    and when the area to treat is larger (clinic article), but the article gives no length for either.
 *    Our illustration adds the two (stage 0–2 + area 0–2 = 0–4) and looks up a range of weeks in
 *    COURSE_WEEKS that we chose; every range stays within the article's 5 to 12 calendar months.
 * 2. Sessions are once or twice a week at the most, on fixed weekdays: the first on the start date,
 *    the second (if twice a week) 3 days later, e.g. Monday and Thursday. Sessions = weeks × sessions a week.
 * 3. A session takes about 20 minutes (15 to 30) and has about 40 microinjections (clinic article).
 * 4. The article claims first effects from the 4th session and visible results, if any, 4 to 5 months
 *    after the start. The page attributes both to it; the 4th session is not drawn as a milestone.
 * 5. The course ends on its last session: a range, from the last session of the shortest course to that of the longest.
 * 6. The result leads with months, not session counts: there is no standard course (review 2023), and the
 *    studies used other schedules (8 sessions over 4 months; injections every 3 months), so counts would read as a plan.
 * Validation returns codes, never sentences: the page maps each code to a message in its language. The note
 * about a cause of hair loss is each condition's `estimatorNote` (content/conditions/), shown by the page.
 */
import { addDays, addMonths, type IsoDate, parseIsoDate } from './calendar-date';

export const SESSIONS_PER_WEEK = [1, 2] as const;
export const STAGES = ['early', 'moderate', 'advanced'] as const;
export const AREAS = ['small', 'medium', 'large'] as const;
type SessionsPerWeek = (typeof SESSIONS_PER_WEEK)[number];
type Stage = (typeof STAGES)[number];
type Area = (typeof AREAS)[number];

/** Our illustrative course length in weeks by stage + area (0–4), inside the article's range: 22 weeks ≥ 5 months; 52 weeks < 1 year. */
const COURSE_WEEKS: ReadonlyArray<Range> = [
  { min: 22, max: 26 }, // about 5 to 6 months
  { min: 26, max: 35 }, // about 6 to 8 months
  { min: 30, max: 39 }, // about 7 to 9 months
  { min: 35, max: 43 }, // about 8 to 10 months
  { min: 43, max: 52 }, // about 10 to 12 months
];
export const MINUTES_PER_SESSION = { typical: 20, min: 15, max: 30 } as const;
const INJECTIONS_PER_SESSION = 40;
/** The clinic article's claim: first effects may show from this session on. */
const FIRST_EFFECTS_SESSION = 4;
export const VISIBLE_RESULTS_MONTHS = { min: 4, max: 5 } as const;
/** With two sessions a week, the second is this many days after the first (Monday → Thursday). */
const SECOND_SESSION_OFFSET_DAYS = 3;
const EARLIEST_START = '2000-01-01' as IsoDate;
const LATEST_START = '2099-12-31' as IsoDate;

interface Range {
  min: number;
  max: number;
}
interface DateRange {
  earliest: IsoDate;
  latest: IsoDate;
}

/** What the reader typed or the URL said: strings, because either may be wrong. */
export interface TreatmentQuestion {
  startDate: string;
  sessionsPerWeek: string;
  stage: string;
  area: string;
  /** A condition page slug, or '' for none. */
  condition: string;
}

/** A question that passed validation. */
interface TreatmentPlan {
  startDate: IsoDate;
  sessionsPerWeek: SessionsPerWeek;
  stage: Stage;
  area: Area;
  condition?: string;
}

export interface Session {
  /** 1 for the first session. */
  number: number;
  date: IsoDate;
  /** False for sessions that only the longest course in the range includes. */
  inShortestCourse: boolean;
}

export interface TreatmentEstimate {
  plan: TreatmentPlan;
  courseWeeks: Range;
  courseMonths: Range;
  /** Sessions in the shortest and the longest course of the range (the calendar file's series covers the shortest). */
  sessions: Range;
  /** What one session is like: minutes (typical, shortest, longest) and microinjections. */
  perSession: { minutes: typeof MINUTES_PER_SESSION; microinjections: number };
  fourthSession: IsoDate;
  visibleResults: DateRange;
  /** The date of the last session: of the shortest course, and of the longest. */
  lastSession: DateRange;
  /** Every session of the longest course in the range. */
  schedule: Session[];
}

export type EstimatorField = keyof TreatmentQuestion;
export type EstimatorErrorCode =
  | 'start-missing'
  | 'start-format'
  | 'start-impossible'
  | 'start-too-early'
  | 'start-too-late'
  | 'per-week-invalid'
  | 'stage-invalid'
  | 'area-invalid'
  | 'condition-unknown';
interface EstimatorError {
  field: EstimatorField;
  code: EstimatorErrorCode;
}

type EstimateResult = { ok: true; estimate: TreatmentEstimate } | { ok: false; errors: EstimatorError[] };

const oneOf = <T extends string | number>(options: readonly T[], value: string): T | undefined =>
  options.find((option) => String(option) === value.trim());

function validateStart(text: string): { date: IsoDate } | { code: EstimatorErrorCode } {
  const parsed = parseIsoDate(text);
  if (!parsed.ok) return { code: `start-${parsed.problem}` };
  if (parsed.date < EARLIEST_START) return { code: 'start-too-early' };
  if (parsed.date > LATEST_START) return { code: 'start-too-late' };
  return { date: parsed.date };
}

/** Checks every field at once, so the reader sees all problems together. */
function validateQuestion(
  question: TreatmentQuestion,
  knownConditions: readonly string[] = [],
): { ok: true; plan: TreatmentPlan } | { ok: false; errors: EstimatorError[] } {
  const errors: EstimatorError[] = [];
  const start = validateStart(question.startDate);
  if ('code' in start) errors.push({ field: 'startDate', code: start.code });
  const sessionsPerWeek = oneOf(SESSIONS_PER_WEEK, question.sessionsPerWeek);
  if (sessionsPerWeek === undefined) errors.push({ field: 'sessionsPerWeek', code: 'per-week-invalid' });
  const stage = oneOf(STAGES, question.stage);
  if (stage === undefined) errors.push({ field: 'stage', code: 'stage-invalid' });
  const area = oneOf(AREAS, question.area);
  if (area === undefined) errors.push({ field: 'area', code: 'area-invalid' });
  const condition = question.condition.trim();
  if (condition !== '' && !knownConditions.includes(condition))
    errors.push({ field: 'condition', code: 'condition-unknown' });
  if (
    'code' in start ||
    sessionsPerWeek === undefined ||
    stage === undefined ||
    area === undefined ||
    errors.length > 0
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    plan: { startDate: start.date, sessionsPerWeek, stage, area, ...(condition ? { condition } : {}) },
  };
}

/** The illustrative course length in weeks for a stage and area (rule 1). */
export function courseWeeks(stage: Stage, area: Area): Range {
  return COURSE_WEEKS[STAGES.indexOf(stage) + AREAS.indexOf(area)] as Range;
}

const monthsOf = (weeks: number) => Math.round((weeks * 7) / 30.4375);

/** Session dates on fixed weekdays from the start date (rule 2). */
export function sessionSchedule(start: IsoDate, sessionsPerWeek: SessionsPerWeek, weeks: Range): Session[] {
  const sessions: Session[] = [];
  for (let index = 0; index < weeks.max * sessionsPerWeek; index += 1) {
    const week = Math.floor(index / sessionsPerWeek);
    const offset = index % sessionsPerWeek === 0 ? 0 : SECOND_SESSION_OFFSET_DAYS;
    sessions.push({ number: index + 1, date: addDays(start, week * 7 + offset), inShortestCourse: week < weeks.min });
  }
  return sessions;
}

/** The estimate for a valid plan; every number and date comes from the rules at the top. */
function estimatePlan(plan: TreatmentPlan): TreatmentEstimate {
  const weeks = courseWeeks(plan.stage, plan.area);
  const sessions = { min: weeks.min * plan.sessionsPerWeek, max: weeks.max * plan.sessionsPerWeek };
  const schedule = sessionSchedule(plan.startDate, plan.sessionsPerWeek, weeks);
  return {
    plan,
    courseWeeks: weeks,
    courseMonths: { min: monthsOf(weeks.min), max: monthsOf(weeks.max) },
    sessions,
    perSession: { minutes: MINUTES_PER_SESSION, microinjections: INJECTIONS_PER_SESSION },
    fourthSession: (schedule[FIRST_EFFECTS_SESSION - 1] as Session).date,
    visibleResults: {
      earliest: addMonths(plan.startDate, VISIBLE_RESULTS_MONTHS.min),
      latest: addMonths(plan.startDate, VISIBLE_RESULTS_MONTHS.max),
    },
    lastSession: {
      earliest: (schedule[sessions.min - 1] as Session).date,
      latest: (schedule[sessions.max - 1] as Session).date,
    },
    schedule,
  };
}

/** The reader's question in, an estimate or the list of fields to fix out. Never throws for bad input. */
export function estimateTreatment(
  question: TreatmentQuestion,
  knownConditions: readonly string[] = [],
): EstimateResult {
  const checked = validateQuestion(question, knownConditions);
  return checked.ok ? { ok: true, estimate: estimatePlan(checked.plan) } : checked;
}

/** One row of the "typical course lengths" table: a stage, over every area size, in months (rule 6). */
interface TypicalCourse {
  stage: Stage;
  months: Range;
  weeks: Range;
}

/** The no-JavaScript table, generated from the same rules as the estimate. */
export function typicalCourses(): TypicalCourse[] {
  return STAGES.map((stage) => {
    const ranges = AREAS.map((area) => courseWeeks(stage, area));
    const weeks = { min: Math.min(...ranges.map((r) => r.min)), max: Math.max(...ranges.map((r) => r.max)) };
    return { stage, weeks, months: { min: monthsOf(weeks.min), max: monthsOf(weeks.max) } };
  });
}

/** URL parameter names: ?start=2027-01-04&perWeek=2&stage=early&area=small&condition=… */
export const URL_PARAMS = {
  startDate: 'start',
  sessionsPerWeek: 'perWeek',
  stage: 'stage',
  area: 'area',
  condition: 'condition',
} as const satisfies Record<EstimatorField, string>;

/**
 * The form's starting answers: once a week, the middle stage and area, no condition, and no start date:
 * there is no estimate until the reader gives one (or chooses today), so none of it is a guess.
 */
export function defaultQuestion(): TreatmentQuestion {
  return { startDate: '', sessionsPerWeek: '1', stage: 'moderate', area: 'medium', condition: '' };
}

/**
 * Reads a shared or bookmarked estimate. A parameter that is absent takes its default; one that is
 * present but empty or wrong is kept as it is, so the page shows the same inline error as the form.
 */
export function questionFromParams(params: URLSearchParams, defaults: TreatmentQuestion): TreatmentQuestion {
  const read = (field: EstimatorField) => params.get(URL_PARAMS[field]) ?? defaults[field];
  return {
    startDate: read('startDate'),
    sessionsPerWeek: read('sessionsPerWeek'),
    stage: read('stage'),
    area: read('area'),
    condition: read('condition'),
  };
}

/** The URL parameters for a question, in a stable order; an empty condition is left out. */
export function paramsFromQuestion(question: TreatmentQuestion): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of Object.keys(URL_PARAMS) as EstimatorField[]) {
    if (field === 'condition' && question.condition === '') continue;
    params.set(URL_PARAMS[field], question[field]);
  }
  return params;
}
