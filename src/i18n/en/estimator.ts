/**
 * The words the <treatment-estimator> element writes in the browser: the estimate's sentences, its timeline and
 * schedule, the calendar file and the form's error messages. {name} marks a value the script fills in.
 * src/features/estimator/treatment-estimator-element.ts loads this file for English pages only.
 */
const words = {
  sentences: {
    answers: 'For {stage} hair loss and a {area} treatment area, starting on {date}.',
    stages: { early: 'early', moderate: 'moderate', advanced: 'advanced' },
    areas: { small: 'small', medium: 'medium', large: 'large' },
    course: 'In this example, the course lasts {monthsMin} to {monthsMax} months ({weeksMin} to {weeksMax} weeks).',
    sessions: 'That is about {sessionsMin} to {sessionsMax} sessions, {perWeek}.',
    perWeek: { 1: 'once a week', 2: 'twice a week' },
    chair:
      'Each session usually takes about {minutes} minutes ({minutesMin} to {minutesMax}) and has about {injections} tiny injections. That is about {hoursMin} to {hoursMax} hours in the chair in all.',
    fourth:
      'The clinic article says first effects may show from about the 4th session, which would be on {date}. This is its claim, not a research finding.',
    visible:
      'The clinic article says visible results, if any, take {monthsMin} to {monthsMax} months: between {earliest} and {latest}.',
    end: 'The course may end between {earliest} and {latest}.',
    clinic:
      'The clinic article gives a course of 5 months to a year. The length for each stage and area is our own example inside that range, not a treatment plan. Your specialist decides your plan.',
  },
  conditionLink: 'Read more about {condition}',
  timeline: {
    label: 'Timeline',
    start: 'First session',
    visible: 'Visible results, if any, may show (the clinic article’s estimate)',
    end: 'Course may end',
    to: '{earliest} to {latest}',
  },
  schedule: {
    show: 'Show all {count} session dates',
    session: 'Session {number}',
    longerOnly: 'only if your course is at the longer end',
  },
  calendar: {
    button: 'Add sessions to my calendar',
    timeLabel: 'Time of your sessions',
    timeHint: 'Used only for the calendar file. Change the times in your calendar to match your appointments.',
    eventTitle: 'Mesotherapy session {number} of {total}',
    eventDescription: 'From the Mesotherapy Guide estimate. Check the date and time with your clinic.',
    reminder: 'Mesotherapy session in 1 hour',
    calendarName: 'Mesotherapy sessions',
    fileName: 'mesotherapy-sessions.ics',
  },
  printNote: 'Printed on {date} from {address}',
  errors: {
    'start-missing': `Start date: enter the date of your first session, or choose "Use today's date".`,
    'start-format': 'Start date: enter the day, month and year as numbers, for example 4 1 2027.',
    'start-impossible':
      'Start date: that date does not exist. Check the day and the month, for example 28 February, not 30 February.',
    'start-too-early': 'Start date: choose a date in the year 2000 or later.',
    'start-too-late': 'Start date: choose a date before the year 2100.',
    'per-week-invalid': 'Sessions per week: choose once or twice a week, as the clinic article describes.',
    'stage-invalid': 'How advanced is your hair loss: choose early, moderate or advanced.',
    'area-invalid': 'Treatment area: choose small, medium or large.',
    'condition-unknown': 'Cause of hair loss: choose a cause from the list, or "Not sure, or not listed".',
    'time-missing': 'Time of your sessions: enter a time, for example 10:00.',
  },
};

export type EstimatorWords = typeof words;
export default words;
