/**
 * <treatment-estimator>: brings the server-rendered form to life. Works out the estimate in the
 * browser as the reader answers, keeps the answers in the URL, and builds the calendar file on
 * request. Nothing is sent anywhere.
 */
import { type DayMonthYear, dayMonthYearOf, isoTextOf, parseSessionTime, todayOf } from './calendar-date';
import {
  defaultQuestion,
  type EstimatorField,
  estimateTreatment,
  paramsFromQuestion,
  questionFromParams,
  type TreatmentEstimate,
  type TreatmentQuestion,
  URL_PARAMS,
} from './estimator';
import { dateFormatter, describeEstimate } from './estimate-text';
import { fillTemplate } from '../../i18n/fill-template';
import { h } from '../../site/dom';
import { browserStrings } from '../../i18n/browser-strings';
import type { EstimatorWords } from '../../i18n/en/estimator';

const FIELDS = Object.keys(URL_PARAMS) as EstimatorField[];
/** An unanswered question stays empty (and shows its error) rather than falling back to a default. */
const NO_ANSWERS: TreatmentQuestion = { startDate: '', sessionsPerWeek: '', stage: '', area: '', condition: '' };
const CALENDAR_URL_LIFETIME_MS = 60_000;
// Only the estimator's words, in the page's language (see src/i18n/browser-strings.ts).
const words = await browserStrings<EstimatorWords>({
  en: () => import('../../i18n/en/estimator'),
  es: () => import('../../i18n/es/estimator'),
});

class TreatmentEstimator extends HTMLElement {
  #strings!: EstimatorWords;
  #locale = 'en';
  #form!: HTMLFormElement;
  #knownConditions: string[] = [];
  /** The last valid estimate: kept on screen while the reader fixes a mistake. */
  #estimate: TreatmentEstimate | undefined;
  /** Errors show once the reader has asked for an estimate (or opened a shared one), not while they start typing. */
  #asked = false;

  connectedCallback() {
    if (this.hasAttribute('data-ready')) return;
    // The condition notes are page content, written into the element by the page.
    this.#strings = words;
    this.#locale = this.dataset.locale ?? document.documentElement.lang;
    this.#form = this.querySelector('form') as HTMLFormElement;
    this.#knownConditions = [...this.#form.querySelectorAll<HTMLOptionElement>('select option')]
      .map((o) => o.value)
      .filter(Boolean);

    const params = new URLSearchParams(location.search);
    const question = questionFromParams(params, defaultQuestion());
    // Only the reader's own answers count: an embed's address also carries the clinic's options (?accent=, ?theme=).
    this.#asked = FIELDS.some((field) => params.has(URL_PARAMS[field]));
    // The form shows before this script runs (the bootstrap's data-js): answers the reader typed meanwhile stay.
    if (this.#asked) {
      this.#fillForm(question);
      this.#show(question);
    } else this.#update();

    this.#form.addEventListener('input', () => this.#update());
    this.#form.addEventListener('change', () => this.#update());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#asked = true;
      // Like a submitted form: go to the answer, or to the first question to fix.
      const ok = this.#update();
      this.querySelector<HTMLElement>(ok ? '.estimator-results h2' : '[aria-invalid="true"]')?.focus();
    });
    this.querySelector('[data-action="today"]')?.addEventListener('click', () => {
      this.#asked = true;
      this.#fillDate(dayMonthYearOf(todayOf(new Date())));
      this.#update();
    });
    this.querySelector('[data-action="calendar"]')?.addEventListener('click', () => void this.#downloadCalendar());
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
    // A printed estimate says where and when it was printed.
    window.addEventListener('beforeprint', () => {
      const date = new Intl.DateTimeFormat(this.#locale, { dateStyle: 'long' }).format(new Date());
      (this.querySelector('.estimator-print-note') as HTMLElement).textContent = fillTemplate(this.#strings.printNote, {
        date,
        address: location.href,
      });
    });
    this.setAttribute('data-ready', '');
  }

  /** Reads the form, shows the result and keeps the answers in the address bar. */
  #update(): boolean {
    // The form's field names are the URL's parameter names, so the form reads like a shared URL.
    const answers = new URLSearchParams();
    for (const [name, value] of new FormData(this.#form)) answers.set(name, String(value));
    answers.set(URL_PARAMS.startDate, isoTextOf(this.#typedDate()));
    const question = questionFromParams(answers, NO_ANSWERS);
    const ok = this.#show(question);
    // Half-typed first answers stay out of the address bar, so a reload does not greet the reader with errors.
    if (ok || this.#asked) {
      // The answers replace the old ones; other parameters (an embed's ?theme=) stay.
      const url = new URL(location.href);
      for (const field of FIELDS) url.searchParams.delete(URL_PARAMS[field]);
      for (const [name, value] of paramsFromQuestion(question)) url.searchParams.set(name, value);
      history.replaceState(history.state, '', url);
    }
    return ok;
  }

  #dateField(part: keyof DayMonthYear): HTMLInputElement {
    return this.querySelector(`[data-date-part="${part}"]`) as HTMLInputElement;
  }

  #typedDate(): DayMonthYear {
    return {
      day: this.#dateField('day').value,
      month: this.#dateField('month').value,
      year: this.#dateField('year').value,
    };
  }

  #fillDate(date: DayMonthYear) {
    for (const part of ['day', 'month', 'year'] as const) this.#dateField(part).value = date[part];
  }

  #fillForm(question: TreatmentQuestion) {
    this.#fillDate(dayMonthYearOf(question.startDate));
    for (const field of ['sessionsPerWeek', 'stage', 'area'] as const) {
      for (const radio of this.#form.querySelectorAll<HTMLInputElement>(`input[name="${URL_PARAMS[field]}"]`)) {
        radio.checked = radio.value === question[field];
      }
    }
    (this.#form.elements.namedItem(URL_PARAMS.condition) as HTMLSelectElement).value = question.condition;
  }

  #show(question: TreatmentQuestion): boolean {
    const result = estimateTreatment(question, this.#knownConditions);
    const errors = result.ok || !this.#asked ? [] : result.errors;
    for (const field of FIELDS) {
      const error = errors.find((candidate) => candidate.field === field);
      // Indexed by the model's error code: TypeScript fails here while a language has no words for one.
      this.#setError(field, error && this.#strings.errors[error.code]);
    }
    if (result.ok) {
      this.#asked = true;
      this.#estimate = result.estimate;
      this.#render(result.estimate);
    }
    (this.querySelector('.estimator-stale') as HTMLElement).hidden = result.ok || !this.#estimate;
    return result.ok;
  }

  /** Shows or clears the message under a field, and ties it to the field's controls for screen readers. */
  #setError(field: string, message: string | undefined) {
    const box = this.querySelector<HTMLElement>(`[data-field="${field}"]`);
    if (!box) return;
    const hint = box.querySelector('.hint') as HTMLElement;
    const error = box.querySelector('.error-message') as HTMLElement;
    error.textContent = message ?? '';
    error.hidden = !message;
    for (const control of box.querySelectorAll('input, select')) {
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      control.setAttribute('aria-describedby', message ? `${hint.id} ${error.id}` : hint.id);
    }
  }

  #render(estimate: TreatmentEstimate) {
    // Each condition's option carries its page's address and its note (content/conditions/, estimatorNote).
    const option = [...this.#form.querySelectorAll<HTMLOptionElement>('select option')].find(
      (o) => o.value === estimate.plan.condition,
    );
    const text = describeEstimate(estimate, this.#strings, this.#locale, option?.dataset.note);
    const timeOf = (date: string, label: string) => h('time', { datetime: date }, label);

    (this.querySelector('.estimator-sentences') as HTMLElement).replaceChildren(
      ...text.sentences.map((sentence) => h('p', {}, sentence)),
    );

    const conditionLink = this.querySelector('.estimator-condition-link') as HTMLElement;
    conditionLink.hidden = !option;
    if (option) {
      const link = conditionLink.querySelector('a') as HTMLAnchorElement;
      link.href = option.dataset.href ?? '';
      link.textContent = fillTemplate(this.#strings.conditionLink, { condition: option.text });
    }

    (this.querySelector('.estimator-timeline') as HTMLElement).replaceChildren(
      ...text.timeline.map((step) =>
        h('li', {}, h('span', { class: 'block font-bold' }, step.label), timeOf(step.date, step.text)),
      ),
    );

    (this.querySelector('.estimator-results') as HTMLElement).hidden = false;
  }

  /** Builds the .ics file in the browser (the calendar library loads only now) and downloads it. */
  async #downloadCalendar() {
    if (!this.#estimate) return;
    const timeInput = this.querySelector('input[type="time"]') as HTMLInputElement;
    const time = parseSessionTime(timeInput.value);
    this.#setError('time', time ? undefined : this.#strings.errors['time-missing']);
    if (!time) {
      timeInput.focus();
      return;
    }
    const { sessionCalendar } = await import('./session-calendar');
    const calendar = sessionCalendar(this.#estimate, time, this.#strings.calendar, dateFormatter(this.#locale));
    if (!calendar.ok) throw new Error(`Could not build the calendar file: ${calendar.error}`);
    const url = URL.createObjectURL(new Blob([calendar.ics], { type: 'text/calendar;charset=utf-8' }));
    const link = h('a', { href: url, download: this.#strings.calendar.fileName, hidden: true });
    this.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), CALENDAR_URL_LIFETIME_MS);
  }
}

if (!customElements.get('treatment-estimator')) customElements.define('treatment-estimator', TreatmentEstimator);
