import type { UiStrings } from '../../i18n/en';

/** The words the browser needs to write an estimate: sent in a data attribute, so the script carries no language. */
const CLIENT_KEYS = ['sentences', 'conditionLink', 'timeline', 'schedule', 'calendar', 'errors'] as const;
export type ClientStrings = Pick<UiStrings['estimator'], (typeof CLIENT_KEYS)[number]>;

export function clientStrings(strings: UiStrings['estimator']): ClientStrings {
  return Object.fromEntries(CLIENT_KEYS.map((key) => [key, strings[key]])) as ClientStrings;
}
