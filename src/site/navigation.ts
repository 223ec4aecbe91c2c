import type { Locale } from '../language/locales.ts';
import { localePath } from '../language/locales.ts';
import type { UiStrings } from '../i18n/en';

export interface NavItem {
  label: string;
  href: string;
}

/** The main navigation: the patient's journey from "what is it" to "questions". */
export function mainNavigation(locale: Locale, t: Pick<UiStrings, 'nav'>): NavItem[] {
  const p = (path: string) => localePath(locale, path);
  return [
    { label: t.nav.about, href: p('guides/what-is-capillary-mesotherapy') },
    { label: t.nav.course, href: p('guides/course-of-treatment') },
    { label: t.nav.estimator, href: p('estimator') },
    { label: t.nav.sideEffects, href: p('side-effects') },
    { label: t.nav.safety, href: p('guides/safety') },
    { label: t.nav.conditions, href: p('conditions') },
    { label: t.nav.evidence, href: p('guides/evidence') },
    { label: t.nav.faqs, href: p('faqs') },
  ];
}

/** The menu's last link, for a reader worried after a session: the "when to get help" cards on the side-effects page. */
export function careNavItem(locale: Locale, t: Pick<UiStrings, 'careLinks'>): NavItem {
  return { label: t.careLinks.worried, href: `${localePath(locale, 'side-effects')}#get-help` };
}

/** The footer links: about the site, its sources and glossary, the accessibility and privacy statements, and the page for clinics. */
export function footerNavigation(locale: Locale, t: UiStrings): NavItem[] {
  const p = (path: string) => localePath(locale, path);
  return [
    { label: t.footer.about, href: p('about') },
    { label: t.footer.sources, href: p('sources') },
    { label: t.footer.glossary, href: p('glossary') },
    { label: t.footer.accessibility, href: p('accessibility') },
    { label: t.footer.privacy, href: p('privacy') },
    { label: t.footer.forClinics, href: p('for-clinics') },
  ];
}

/** True when a nav item is the current page or one of its section's pages. */
export function isCurrentNavItem(itemHref: string, currentPath: string): boolean {
  const home = itemHref.split('/').filter(Boolean).length === 0;
  return home ? currentPath === itemHref : currentPath.startsWith(itemHref);
}
