// The search box's markup (search-box.ts), read back with a real HTML parser: what the page and the dialog show.
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { searchBoxHtml } from '../../../src/features/search/search-box';
import { escapeHtml } from '../../../src/site/escape-html';
import { ui } from '../../../src/i18n';

const box = (id: string, words = ui('en')) => load(searchBoxHtml(id, words, '/search/'), null, false);

describe('searchBoxHtml', () => {
  it('is a GET form to the search page, its labelled box named q, with the hint read out', () => {
    const $ = box('search-page');
    expect($('form[role=search]').attr('action')).toBe('/search/');
    expect($('form').attr('method')).toBeUndefined();
    const input = $('input[type=search]');
    expect(input.attr('name')).toBe('q');
    expect($(`label[for="${input.attr('id')}"]`).text()).toBe('Search this site');
    expect($(`#${input.attr('aria-describedby')}`).text()).toBe(
      'For example: bruising, hair loss after pregnancy, is it painful',
    );
    expect($('button[type=submit]').text()).toBe('Search');
  });

  it('prefixes its ids, so the dialog and the page never clash', () => {
    const ids = (id: string) =>
      box(id)('[id]')
        .map((_, element) => element.attribs.id)
        .get();
    expect(ids('search-page')).toEqual(['search-page-hint', 'search-page-input']);
    expect(ids('search-dialog')).toEqual(['search-dialog-hint', 'search-dialog-input']);
  });

  it('shows the common questions; the parts a search fills are there, hidden', () => {
    const $ = box('search-page', ui('es'));
    expect($('[data-search-questions] p').text()).toBe('Preguntas frecuentes');
    expect($('[data-search-questions] button').first().text()).toBe('¿Duele?');
    for (const part of ['[data-search-notice]', '[data-search-help]', '[data-search-more]'])
      expect($(part).is('[hidden]'), part).toBe(true);
    expect($('[data-search-results]').children()).toHaveLength(0);
    expect($('[role=status]').text()).toBe('');
  });

  it('writes words as text, never as markup', () => {
    const words = ui('en');
    const $ = box('x', { ...words, search: { ...words.search, label: 'Search <b>"this"</b> & that' } });
    expect($('label[for="x-input"]').text()).toBe('Search <b>"this"</b> & that');
    expect($('label[for="x-input"] b')).toHaveLength(0);
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
