import type { EstimatorWords } from '../en/estimator.ts';

/**
 * Las palabras que el elemento <treatment-estimator> escribe en el navegador (see ../en/estimator.ts).
 * src/features/estimator/treatment-estimator-element.ts loads this file for Spanish pages only.
 */
const words: EstimatorWords = {
  sentences: {
    answers: 'Para una caída del cabello {stage} y una zona de tratamiento {area}, {perWeek}, empezando el {date}.',
    stages: { early: 'inicial', moderate: 'moderada', advanced: 'avanzada' },
    areas: { small: 'pequeña', medium: 'mediana', large: 'grande' },
    perWeek: { 1: 'una vez por semana', 2: 'dos veces por semana' },
    course:
      'En este ejemplo, el tratamiento puede durar unos {monthsMin} a {monthsMax} meses. La última sesión puede ser entre el {earliest} y el {latest}.',
    session:
      'El artículo de la clínica dice que cada sesión dura unos {minutes} minutos (de {minutesMin} a {minutesMax}) y tiene unas {injections} inyecciones diminutas.',
    fourth:
      'El artículo de la clínica dice que los primeros efectos pueden notarse hacia la 4.ª sesión, que sería el {date}. Es lo que dice la clínica, no un resultado de estudios.',
    visible:
      'El artículo de la clínica dice que los resultados visibles, si los hay, tardan de {monthsMin} a {monthsMax} meses: entre el {earliest} y el {latest}.',
    clinic:
      'La duración para cada fase y zona es un ejemplo nuestro dentro de los 5 meses a un año del artículo de la clínica. No es un plan de tratamiento: su especialista decide su plan.',
  },
  conditionLink: 'Más información sobre {condition}',
  timeline: {
    label: 'Calendario',
    start: 'Primera sesión',
    visible: 'Pueden verse resultados, si los hay (según el artículo de la clínica)',
    end: 'La última sesión puede ser',
    to: 'Del {earliest} al {latest}',
  },
  calendar: {
    button: 'Añadir las sesiones a mi calendario',
    timeLabel: 'Hora de sus sesiones',
    timeHint:
      'Solo se usa para el archivo del calendario, que añade las sesiones como una serie que se repite. Puede cambiar o borrar toda la serie de una vez.',
    eventTitle: 'Sesión de mesoterapia',
    eventDescription:
      'Un ejemplo del cálculo de la Guía de Mesoterapia, no un plan de tratamiento. Esta serie termina el {end}. En este ejemplo, el tratamiento puede seguir hasta el {latest}. Confirme las fechas y las horas con su clínica.',
    reminder: 'Sesión de mesoterapia dentro de 1 hora',
    calendarName: 'Sesiones de mesoterapia',
    fileName: 'sesiones-de-mesoterapia.ics',
  },
  printNote: 'Impreso el {date} desde {address}',
  errors: {
    'start-missing': 'Fecha de inicio: escriba la fecha de su primera sesión o elija «Usar la fecha de hoy».',
    'start-format': 'Fecha de inicio: escriba el día, el mes y el año con números, por ejemplo 4 1 2027.',
    'start-impossible':
      'Fecha de inicio: esa fecha no existe. Revise el día y el mes, por ejemplo 28 de febrero, no 30 de febrero.',
    'start-too-early': 'Fecha de inicio: elija una fecha del año 2000 o posterior.',
    'start-too-late': 'Fecha de inicio: elija una fecha anterior al año 2100.',
    'per-week-invalid':
      'Sesiones por semana: elija una o dos veces por semana, como describe el artículo de la clínica.',
    'stage-invalid': 'Fase de la caída del cabello: elija inicial, moderada o avanzada.',
    'area-invalid': 'Zona de tratamiento: elija pequeña, mediana o grande.',
    'condition-unknown': 'Causa de la caída del cabello: elija una causa de la lista o «No lo sé, o no aparece».',
    'time-missing': 'Hora de sus sesiones: escriba una hora, por ejemplo 10:00.',
  },
};

export default words;
