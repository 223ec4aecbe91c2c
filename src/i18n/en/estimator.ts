/**
 * The words the <treatment-estimator> element writes in the browser: the estimate's sentences, its timeline, the calendar file and the form's error messages. {name} marks a value the script fills in.
 * src/features/estimator/treatment-estimator-element.ts loads this file for English pages only.
 */
const words = {
  sentences: {
    answers: 'For {stage} hair loss and a {area} treatment area, {perWeek}, starting on {date}.',
    stages: { early: 'early', moderate: 'moderate', advanced: 'advanced' },
    areas: { small: 'small', medium: 'medium', large: 'large' },
    perWeek: { 1: 'once a week', 2: 'twice a week' },
    course:
      'In this example, the course may last about {monthsMin} to {monthsMax} months. The last session may be between {earliest} and {latest}.',
    session:
      'The clinic article says each session takes about {minutes} minutes ({minutesMin} to {minutesMax}) and has about {injections} tiny injections.',
    fourth:
      'The clinic article says first effects may show from about the 4th session, which would be on {date}. This is its claim, not a research finding.',
    visible:
      'The clinic article says visible results, if any, take {monthsMin} to {monthsMax} months: between {earliest} and {latest}.',
    clinic:
      'The length for each stage and area is our own example inside the clinic article’s 5 months to a year. It is not a treatment plan: your specialist decides your plan.',
  },
  conditionLink: 'Read more about {condition}',
  timeline: {
    label: 'Timeline',
    start: 'First session',
    visible: 'Visible results, if any, may show (the clinic article’s estimate)',
    end: 'Last session may be',
    to: '{earliest} to {latest}',
  },
  calendar: {
    button: 'Add sessions to my calendar',
    timeLabel: 'Time of your sessions',
    timeHint:
      'Used only for the calendar file, which adds the sessions as one repeating series. You can change or delete the whole series in one go.',
    eventTitle: 'Mesotherapy session',
    eventDescription:
      'An example from the Mesotherapy Guide estimate, not a treatment plan. This series stops on {end}. In this example, the course may go on until {latest}. Check the dates and times with your clinic.',
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
