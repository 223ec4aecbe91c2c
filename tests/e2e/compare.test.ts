// "Compare your options" (/compare/): the table is built from content/treatment-options/ with a citation in every
// cell, has real table semantics, works on phones and without JavaScript, and prints on two A4 pages with the
// reader's ticks. The every-page sweep (pages.test.ts) also checks it for axe at 1280 px and overflow at 320 px.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { axeViolations, useBrowser } from '../support/browser';
import { builtPage, structuredDataOf } from '../support/built-html';
import { EMBED_COUNTRIES } from '../support/embeds';
import { type Locale, LOCALES, localePath } from '../support/languages';

const e2e = useBrowser();
const { baseUrl } = e2e;
const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const yamlOf = (path: string) => parse(readFileSync(join(CONTENT, path), 'utf8')) as Record<string, unknown>;

type Cell = { text: string; cite: string[] };
type Option = { name: string; order: number } & Record<string, Cell>;
/** The rows as editors fill them in, in the order the table shows them. */
const ROWS = [
  'whatItInvolves',
  'whoItIsFor',
  'howSoon',
  'whenYouStop',
  'evidence',
  'commonSideEffects',
  'rareSeriousHarms',
  'licensed',
  'cost',
];
const WORDS = {
  en: {
    caption: 'Five options for hair loss, with the same questions for each. The numbers in brackets are the sources.',
    corner: 'Question',
    rows: [
      'What it involves',
      'Who it is for',
      'How soon a change might show',
      'When you stop',
      'How strong the evidence is',
      'Common side effects',
      'Rare, serious harms',
      'Licensed for hair loss?',
      'Cost',
    ],
    priority: 'Avoiding needles',
    priorities: 'What matters most to you?',
    questions: 'Questions to ask your clinic',
  },
  es: {
    caption:
      'Cinco opciones para la caída del cabello, con las mismas preguntas para cada una. Los números entre corchetes son las fuentes.',
    corner: 'Pregunta',
    rows: [
      'En qué consiste',
      'Para quién es',
      'Cuándo puede notarse un cambio',
      'Al dejarlo',
      'Qué solidez tienen las pruebas',
      'Efectos secundarios frecuentes',
      'Daños graves poco frecuentes',
      '¿Aprobado para la caída del cabello?',
      'Coste',
    ],
    priority: 'Evitar las agujas',
    priorities: '¿Qué es lo que más le importa?',
    questions: 'Preguntas para su clínica',
  },
} satisfies Record<Locale, unknown>;

/** Each source's number on the Sources page. */
const sourceNumbers = new Map(
  readdirSync(join(CONTENT, 'sources')).map((name) => [
    name.replace(/\.yaml$/, ''),
    yamlOf(`sources/${name}`).number as number,
  ]),
);
/** A language's options as editors wrote them, in column order. */
const optionsOf = (locale: Locale) =>
  readdirSync(join(CONTENT, 'treatment-options', locale))
    .map((name) => yamlOf(`treatment-options/${locale}/${name}`) as Option)
    .sort((a, b) => a.order - b.order);
/** The numbers a citation shows, "[1, 4, 12–14]" → [1, 4, 12, 13, 14]. */
const citedNumbers = (label: string) =>
  label
    .replace(/[[\]]/g, '')
    .split(', ')
    .flatMap((part) => {
      const [from, to = from] = part.split('–').map(Number) as [number, number?];
      return Array.from({ length: to! - from + 1 }, (_, index) => from + index);
    });
const expectedNumbers = (cell: Cell) => cell.cite.map((id) => sourceNumbers.get(id)).sort((a, b) => a! - b!);

describe.each(LOCALES)('the comparison page (%s)', (locale) => {
  const words = WORDS[locale];
  const options = optionsOf(locale);
  const $ = builtPage(localePath(locale, 'compare'));

  it('has five options, each with every row', () => {
    expect(options).toHaveLength(5);
    for (const option of options)
      for (const row of ROWS) expect(option[row]?.cite.length, `${option.name} ${row}`).toBeGreaterThan(0);
  });

  it('builds the table from the collection, with header cells in scope and a citation in every cell', () => {
    const table = $('.compare-table table');
    expect(table.find('caption').text()).toBe(words.caption);
    expect(
      table
        .find('thead th[scope="col"]')
        .toArray()
        .map((th) => $(th).text()),
    ).toEqual([words.corner, ...options.map((option) => option.name)]);
    const rows = table.find('tbody tr').toArray();
    expect(rows.map((tr) => $(tr).find('th[scope="row"]').text())).toEqual(words.rows);
    rows.forEach((tr, at) => {
      const cells = $(tr).find('td').toArray();
      expect(cells).toHaveLength(options.length);
      cells.forEach((td, column) => {
        const cell = options[column]![ROWS[at]!]!;
        const citation = $(td).find('sup.cite a');
        expect(citation.length, `${options[column]!.name}, ${words.rows[at]}`).toBe(1);
        expect(citedNumbers(citation.text())).toEqual(expectedNumbers(cell));
        expect($(td).find('.compare-option').text()).toBe(options[column]!.name.replace(/ \(.*\)$/, ''));
        expect($(td).clone().find('sup, .compare-option').remove().end().text()).toBe(cell.text);
      });
    });
  });

  it('lists every cited source, names the options in its structured data, and loads no script file', () => {
    for (const id of new Set(options.flatMap((option) => ROWS.flatMap((row) => option[row]!.cite))))
      expect($(`#source-${id}`).length, id).toBe(1);
    const graph = structuredDataOf($)[0]!['@graph'] as Array<Record<string, unknown>>;
    const page = graph.find((node) => node['@type'] === 'MedicalWebPage')!;
    expect((page.mentions as Array<{ name: string }>).map((mention) => mention.name)).toEqual(
      options.map((option) => option.name),
    );
    expect($('script[src]').length).toBe(0);
    expect($('legend').text()).toBe(words.priorities);
    expect(
      $('h2')
        .toArray()
        .map((h2) => $(h2).text()),
    ).toContain(words.questions);
  });

  it('is linked from the home page, the alternatives and evidence guides and the medicines FAQ', () => {
    for (const from of ['', 'guides/alternatives', 'guides/evidence', 'faqs/compared-with-medicines'])
      expect(
        builtPage(localePath(locale, from))(`main a[href="${localePath(locale, 'compare')}"]`).length,
        from,
      ).toBeGreaterThan(0);
  });
});

it('says in English cells what the sources say, no more', () => {
  const $ = builtPage('/compare/');
  const text = $('.compare-table').text();
  expect(text).toContain('No good studies. How long any results last after stopping is not known.');
  expect(text).toContain('The label says it takes 3 months or more of daily use before any benefit shows.');
  expect(text).toContain('Swelling or redness that soon passes, and pain or headache.');
  expect(text).not.toMatch(/[£$€]\s?\d/);
});

/** The page's visible blocks on a phone, top to bottom: none may overlap the next or pass the right edge. */
async function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const blocks = [
      ...document.querySelectorAll('.compare-table tbody :is(th, td), .compare-priorities :is(legend, p, label)'),
    ];
    const problems: string[] = [];
    blocks.forEach((block, at) => {
      const box = block.getBoundingClientRect();
      if (box.right > document.documentElement.clientWidth + 0.5) problems.push(`past the edge: ${block.textContent}`);
      const next = blocks[at + 1]?.getBoundingClientRect();
      if (
        next &&
        next.top < box.bottom - 0.5 &&
        next.left < box.right &&
        block.closest('tr, fieldset') === blocks[at + 1]!.closest('tr, fieldset')
      )
        problems.push(`overlaps the next: ${block.textContent}`);
    });
    return problems;
  });
}

describe('on a phone', () => {
  it.each(
    LOCALES.flatMap(
      (locale) =>
        [
          [locale, 320, 1],
          [locale, 390, 2],
        ] as const,
    ),
  )(
    'shows each row as a block with nothing overlapping (%s, %i px, text ×%i) and passes axe',
    async (locale, width, textScale) => {
      const page = await e2e.newPage({ viewport: { width, height: 800 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * textScale, fixed: 13 * textScale } });
      await page.goto(baseUrl + localePath(locale, 'compare'));
      // The options in full above the rows; each row one under the other, as wide as the page; each cell names its option.
      const rows = await page
        .locator('.compare-table tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => ({ left: tr.getBoundingClientRect().left, width: tr.getBoundingClientRect().width })),
        );
      expect(rows).toHaveLength(ROWS.length);
      const main = await page.locator('main').evaluate((element) => element.getBoundingClientRect().width);
      for (const row of rows) expect(row.width).toBeGreaterThan(main * 0.8);
      expect(await page.locator('.compare-table tbody td .compare-option').first().textContent()).toBe('Minoxidil');
      expect(await page.locator('.compare-table thead th:visible').allTextContents()).toEqual(
        locale === 'es'
          ? [
              'Minoxidil (loción o espuma)',
              'Finasterida (comprimidos, solo hombres)',
              'Inyecciones de PRP (plasma rico en plaquetas)',
              'Mesoterapia capilar (incluida la dutasterida inyectada)',
              'Esperar y vigilar (caída tras una enfermedad o un parto)',
            ]
          : [
              'Minoxidil (lotion or foam)',
              'Finasteride (tablets, men only)',
              'PRP injections (platelet-rich plasma)',
              'Capillary mesotherapy (including injected dutasteride)',
              'Waiting and watching (shedding after an illness or having a baby)',
            ],
      );
      expect(await overlaps(page)).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});

describe('without JavaScript', () => {
  it.each(LOCALES)('the priorities tick and untick (%s)', async (locale) => {
    const page = await e2e.newPage({ javaScriptEnabled: false });
    await page.goto(baseUrl + localePath(locale, 'compare'));
    const box = page.getByRole('checkbox', { name: WORDS[locale].priority });
    await page.getByText(WORDS[locale].priority, { exact: true }).click();
    expect(await box.isChecked()).toBe(true);
    await box.press('Space');
    expect(await box.isChecked()).toBe(false);
    await page.close();
  });
});

describe('print', () => {
  const folder = mkdtempSync(join(tmpdir(), 'compare-print-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each(LOCALES)('fits on two A4 pages with the table, and prints the ticks (%s)', async (locale) => {
    const page = await e2e.newPage();
    await page.goto(baseUrl + localePath(locale, 'compare'));
    const boxes = page.locator('.compare-priorities input[type="checkbox"]');
    await boxes.nth(0).check();
    const pdf = join(folder, `${locale}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.compare-table').isVisible()).toBe(true);
    expect(await page.locator('.compare-option').first().isVisible()).toBe(false);
    // A ticked box and an unticked one look different on paper.
    const [ticked, unticked] = [await boxes.nth(0).screenshot(), await boxes.nth(1).screenshot()];
    expect(ticked.equals(unticked)).toBe(false);
    await page.close();
  });
});

describe('the clinic embed', () => {
  it.each(LOCALES)(
    'shows the same table, citing the Sources page, and is the same for every country: it gives no care numbers (%s)',
    (locale) => {
      const own = builtPage(localePath(locale, 'embed/compare'));
      expect(own('.compare-table caption').text()).toBe(WORDS[locale].caption);
      expect(own('.compare-table td').length).toBe(ROWS.length * 5);
      for (const link of own('.compare-table td sup.cite a').toArray())
        expect(own(link).attr('href')).toMatch(new RegExp(`^${localePath(locale, 'sources')}#[a-z0-9-]+$`));
      expect(own('.care-card').length).toBe(0);
      for (const country of EMBED_COUNTRIES) {
        const theirs = builtPage(localePath(locale, `embed/country/${country}/compare`));
        expect(theirs('main').html(), country).toBe(own('main').html());
      }
    },
  );
});
