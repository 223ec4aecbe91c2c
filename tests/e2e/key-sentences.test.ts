// The few sentences a patient must read exactly as an editor and a clinician agreed them, in both languages: who
// should wait (pregnancy, breastfeeding), the mixture never to have, the not-medical-advice note, and how the Spanish
// was made and checked. They are written out here, never read from the dictionary or content/, so a changed word in
// either fails the test: change a sentence here only when its review changes it.
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtPage } from '../support/built-html';

/** What a reader sees of a part of the page, spaces as a browser collapses them. */
const textOf = ($: CheerioAPI, selector: string) => $(selector).text().replace(/\s+/g, ' ');

const WAIT = {
  en: 'If you are pregnant or breastfeeding, wait until after pregnancy and breastfeeding: it has not been shown to be safe.',
  es: 'Si está embarazada o da el pecho, espere a que terminen el embarazo y la lactancia: no se ha demostrado que sea segura.',
};
const NEVER_A_MIXTURE = {
  en: 'If you are or may become pregnant, never have a mixture with finasteride or dutasteride.',
  es: 'Si está o puede quedarse embarazada, no se ponga nunca una mezcla con finasterida o dutasterida.',
};
const NOT_MEDICAL_ADVICE = {
  en: 'This page is general information, not medical advice. It cannot replace a talk with a doctor who knows your health.',
  es: 'Esta página es información general, no consejo médico. No puede sustituir una conversación con un médico que conozca su salud.',
};

/** Each page in English; its Spanish page is the same path under /es. */
const inBothLanguages = (paths: string[]) =>
  paths.flatMap((path) => [
    ['en', path],
    ['es', `/es${path}`],
  ]) as Array<['en' | 'es', string]>;

describe('the pregnancy and breastfeeding position, the same words on every page that states it', () => {
  it.each(
    inBothLanguages([
      '/guides/safety/',
      '/guides/what-is-capillary-mesotherapy/',
      '/faqs/is-it-safe-while-pregnant-or-breastfeeding/',
      '/faqs/can-women-have-it/',
      '/conditions/postpartum-hair-loss/',
    ]),
  )('%s %s: wait until after pregnancy and breastfeeding', (locale, path) => {
    expect(textOf(builtPage(path), 'main')).toContain(WAIT[locale]);
  });

  it.each(
    inBothLanguages([
      '/guides/safety/',
      '/guides/what-is-capillary-mesotherapy/',
      '/faqs/is-it-safe-while-pregnant-or-breastfeeding/',
      '/conditions/postpartum-hair-loss/',
    ]),
  )('%s %s: never a mixture with finasteride or dutasteride', (locale, path) => {
    expect(textOf(builtPage(path), 'main')).toContain(NEVER_A_MIXTURE[locale]);
  });

  it('says who should not have it in the list of reasons, in both languages', () => {
    expect(textOf(builtPage('/faqs/who-should-not-have-it/'), 'main li')).toContain(
      'you are pregnant or breastfeeding: wait until after pregnancy and breastfeeding, as it has not been shown to be safe',
    );
    expect(textOf(builtPage('/es/faqs/who-should-not-have-it/'), 'main li')).toContain(
      'está embarazada o da el pecho: espere a que terminen el embarazo y la lactancia, porque no se ha demostrado que sea segura',
    );
  });
});

describe('the not-medical-advice note', () => {
  it.each(inBothLanguages(['/', '/guides/safety/', '/faqs/is-it-painful/', '/side-effects/skin-infection/']))(
    '%s %s: says it is not medical advice',
    (locale, path) => {
      expect(textOf(builtPage(path), 'aside[aria-labelledby="disclaimer-heading"]')).toContain(
        NOT_MEDICAL_ADVICE[locale],
      );
    },
  );

  it.each(inBothLanguages(['/embed/faq/', '/embed/side-effects/']))(
    '%s %s: says so on a clinic embed too',
    (locale, path) => {
      expect(textOf(builtPage(path), 'footer')).toContain(NOT_MEDICAL_ADVICE[locale]);
    },
  );
});

describe('how the Spanish was made and checked, and that no clinician has reviewed it', () => {
  it.each(['/es/guides/safety/', '/es/faqs/is-it-painful/', '/es/about/'])('%s: says so in its note', (path) => {
    const note = textOf(builtPage(path), '.translation-note');
    expect(note).toContain(
      'La tradujeron al español los editores de esta guía y la compararon con la página en inglés. Así traducimos y comprobamos cada página.',
    );
    expect(note).toContain(
      'Ningún médico ni otro profesional sanitario que hable español ha revisado todavía esta traducción.',
    );
  });

  it.each(['/es/embed/faq/', '/es/embed/side-effects/', '/es/embed/estimator/'])(
    '%s: a Spanish embed says it in one line',
    (path) => {
      expect(textOf(builtPage(path), '.embed-translation-note')).toBe(
        'Traducción del inglés hecha y comprobada por los editores de la guía; aún no la ha revisado ningún profesional sanitario.',
      );
    },
  );

  it('an English embed has no translation line', () => {
    expect(builtPage('/embed/faq/')('.embed-translation-note')).toHaveLength(0);
  });

  it('the About page describes the Spanish edition, in both languages', () => {
    expect(textOf(builtPage('/about/'), 'main')).toContain(
      'No Spanish-speaking doctor or other clinician has reviewed the Spanish pages yet.',
    );
    expect(textOf(builtPage('/es/about/'), 'main')).toContain(
      'Aún no las ha revisado ningún médico que hable español, ni otro sanitario.',
    );
  });
});
