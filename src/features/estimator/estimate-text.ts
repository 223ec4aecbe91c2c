/** An estimate in words, in the page's language: the sentences and the timeline of key dates the reader sees. */
import { type IsoDate, utcDate } from './calendar-date';
import { type TreatmentEstimate, VISIBLE_RESULTS_MONTHS } from './estimator';
import type { UiStrings } from '../../i18n/en';
import { fillTemplate } from '../../i18n/fill-template';

/** The dictionary parts an estimate is written with. */
export type EstimateWords = Pick<UiStrings['estimator'], 'sentences' | 'timeline'>;

/** Long dates such as "Monday, 4 January 2027", always read as calendar days in UTC. */
export function dateFormatter(locale: string): (date: IsoDate) => string {
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (date) => format.format(utcDate(date));
}

interface TimelineStep {
  label: string;
  /** The first (or only) date, for <time datetime>. */
  date: IsoDate;
  text: string;
}

interface EstimateText {
  sentences: string[];
  timeline: TimelineStep[];
}

/** `conditionNote` is the chosen condition's `estimatorNote` (content/conditions/), shown before the closing sentence. */
export function describeEstimate(
  estimate: TreatmentEstimate,
  t: EstimateWords,
  locale: string,
  conditionNote?: string,
): EstimateText {
  const date = dateFormatter(locale);
  const number = new Intl.NumberFormat(locale);
  const n = (value: number) => number.format(value);
  const between = (range: { earliest: IsoDate; latest: IsoDate }) => ({
    earliest: date(range.earliest),
    latest: date(range.latest),
  });
  const { plan } = estimate;
  const sentences = [
    fillTemplate(t.sentences.answers, {
      stage: t.sentences.stages[plan.stage],
      area: t.sentences.areas[plan.area],
      perWeek: t.sentences.perWeek[plan.sessionsPerWeek],
      date: date(plan.startDate),
    }),
    // Months, not a count of sessions: a count reads like a plan (estimator.ts, rule 6).
    fillTemplate(t.sentences.course, {
      monthsMin: n(estimate.courseMonths.min),
      monthsMax: n(estimate.courseMonths.max),
      ...between(estimate.lastSession),
    }),
    fillTemplate(t.sentences.session, {
      minutes: n(estimate.perSession.minutes.typical),
      minutesMin: n(estimate.perSession.minutes.min),
      minutesMax: n(estimate.perSession.minutes.max),
      injections: n(estimate.perSession.microinjections),
    }),
    fillTemplate(t.sentences.fourth, { date: date(estimate.fourthSession) }),
    fillTemplate(t.sentences.visible, {
      monthsMin: n(VISIBLE_RESULTS_MONTHS.min),
      monthsMax: n(VISIBLE_RESULTS_MONTHS.max),
      ...between(estimate.visibleResults),
    }),
    ...(conditionNote ? [conditionNote] : []),
    t.sentences.clinic,
  ];
  const timeline: TimelineStep[] = [
    // The clinic's "4th session" claim is a sentence above, attributed to it, not a step: nothing supports it as a milestone.
    { label: t.timeline.start, date: plan.startDate, text: date(plan.startDate) },
    {
      label: t.timeline.visible,
      date: estimate.visibleResults.earliest,
      text: fillTemplate(t.timeline.to, between(estimate.visibleResults)),
    },
    {
      label: t.timeline.end,
      date: estimate.lastSession.earliest,
      text: fillTemplate(t.timeline.to, between(estimate.lastSession)),
    },
  ];
  return { sentences, timeline };
}
