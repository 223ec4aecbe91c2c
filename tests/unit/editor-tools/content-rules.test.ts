import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { closestId } from '../../../src/collections/closest-id';
import { contentReferencePlugin } from '../../../src/collections/content-checks';
import { contentLocation, propsProblem } from '../../../src/collections/content-references';
import { urlsOfPageFile } from '../../../src/editor-tools/page-files';
import { reviewStatus } from '../../../src/editor-tools/review-status';
import { termTipId } from '../../../src/site/term-ids';

describe('reviewStatus', () => {
  const today = new Date('2026-11-25T15:00:00Z');
  it('is current more than 30 days ahead', () => {
    expect(reviewStatus(new Date('2026-12-26'), today)).toEqual({ state: 'current' });
  });
  it('is due soon within 30 days, including the day itself', () => {
    expect(reviewStatus(new Date('2026-12-25'), today)).toEqual({ state: 'due-soon', daysLeft: 30 });
    expect(reviewStatus(new Date('2026-11-25'), today)).toEqual({ state: 'due-soon', daysLeft: 0 });
  });
  it('is overdue once the date has passed', () => {
    expect(reviewStatus(new Date('2026-11-20'), today)).toEqual({ state: 'overdue', daysLate: 5 });
  });
});

describe('termTipId', () => {
  it('is the same on every build and unique on a page', () => {
    const page = new Map<string, number>();
    expect([termTipId(page, 'anagen'), termTipId(page, 'telogen'), termTipId(page, 'anagen')]).toEqual([
      'term-anagen',
      'term-telogen',
      'term-anagen-2',
    ]);
    expect(termTipId(new Map(), 'anagen')).toBe('term-anagen');
  });
});

describe('urlsOfPageFile', () => {
  it('finds the address of fixed pages and skips pages made from content', () => {
    expect(urlsOfPageFile('[...lang]/estimator.astro')).toEqual(['/estimator/', '/es/estimator/']);
    expect(urlsOfPageFile('[...lang]/search/index.astro')).toEqual(['/search/', '/es/search/']);
    expect(urlsOfPageFile('api/faqs.json.ts')).toEqual(['/api/faqs.json']);
    expect(urlsOfPageFile('[...lang]/faqs/[slug].astro')).toEqual([]);
    expect(urlsOfPageFile('404.astro')).toEqual([]);
  });
});

describe('content references', () => {
  it('knows where a content file sits', () => {
    expect(contentLocation('/site/content/faqs/en/is-it-painful.mdx')).toEqual({
      folder: 'faqs',
      locale: 'en',
      slug: 'is-it-painful',
    });
    expect(contentLocation('content/sources/cdc-2005.yaml')).toEqual({ folder: 'sources', slug: 'cdc-2005' });
    expect(contentLocation('/site/src/pages/index.astro')).toBeUndefined();
  });
  it('suggests the closest id for a typo, and nothing for a different word', () => {
    expect(closestId('saceda-coralo-2022', ['saceda-corralo-2022', 'cdc-2005'])).toBe('saceda-corralo-2022');
    expect(closestId('minoxidl', ['minoxidil', 'finasteride'])).toBe('minoxidil');
    expect(closestId('ketoconazole', ['minoxidil', 'finasteride'])).toBeUndefined();
  });
});

describe('MDX component props', () => {
  /** The problem the build reports for one line of MDX. */
  const problemIn = async (mdx: string) => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx);
    const problems: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const problem = propsProblem(node as Parameters<typeof propsProblem>[0]);
        if (problem) problems.push(problem);
      }
    });
    return problems;
  };

  it('accepts every prop and value the components take', async () => {
    await expect(
      problemIn(
        '<Callout type="seek-help" title="Get help">Text</Callout>\n\n<KeyFacts title="In short">- a</KeyFacts>\n\n<WhenToGetHelp />',
      ),
    ).resolves.toEqual([]);
  });

  it('names the prop and the allowed values', async () => {
    await expect(problemIn('<Callout type="danger">Text</Callout>')).resolves.toEqual([
      '<Callout type="danger">: "danger" is not a type of Callout. Use one of: note, warning, seek-help.',
    ]);
    await expect(problemIn('<Callout titel="Hi">Text</Callout>')).resolves.toEqual([
      '<Callout titel="Hi">: Callout has no prop "titel". Did you mean "title"? Its props: type, title.',
    ]);
    await expect(problemIn('<WhenToGetHelp type="urgent" />')).resolves.toEqual([
      '<WhenToGetHelp type="urgent">: WhenToGetHelp has no prop "type". It takes no props.',
    ]);
    await expect(problemIn('<KeyFacts title="">- a</KeyFacts>')).resolves.toEqual([
      '<KeyFacts title="">: title must not be empty. Write the text in the quotes, or leave the prop out.',
    ]);
    await expect(problemIn('<Callout type={"note"}>Text</Callout>')).resolves.toEqual([
      '<Callout type>: write the value as plain text in quotes, e.g. type="…".',
    ]);
  });

  it('names a misspelt component', async () => {
    await expect(problemIn('<Calout>Text</Calout>')).resolves.toEqual([
      '<Calout>: there is no component "Calout". Did you mean "Callout"? Use one of: Callout, Cite, KeyFacts, WhenToGetHelp, Term (content/README.md shows each).',
    ]);
  });
});

describe("the build's check of MDX components and ids (contentReferencePlugin)", () => {
  // The fixture site's own content (its glossary and sources), read as the build reads it; a build of the fixture
  // (tests/fixtures/content-errors.test.ts) shows Astro printing such a stop with the file.
  const VALID = join(import.meta.dirname, '..', '..', 'fixtures', 'sites', 'valid');
  const FAQ = 'content/faqs/en/is-it-painful.mdx';
  // The frontmatter as blank lines, as Astro hands the body on: lines are the file's.
  const body = readFileSync(join(VALID, FAQ), 'utf8').replace(/^---[\s\S]*?---\n/, (frontmatter) =>
    frontmatter.replace(/[^\n]/g, ''),
  );
  const [plugin, options] = contentReferencePlugin(pathToFileURL(`${VALID}/`));

  /** Where and why the build stops on the fixture FAQ after `change` edits its text, or "no stop". */
  const stopFor = async (change: (text: string) => string) => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(plugin, options);
    // Astro gives the MDX pipeline the raw frontmatter.
    const file = new VFile({
      path: join(VALID, FAQ),
      value: change(body),
      data: { astro: { frontmatter: { sources: ['clinic-article'] } } },
    });
    return processor.run(processor.parse(file), file).then(
      () => 'no stop',
      (error: { reason: string; line?: number }) => `line ${error.line}: ${error.reason}`,
    );
  };

  it('lets the valid page through', async () => {
    await expect(stopFor((text) => text)).resolves.toBe('no stop');
  });

  it('stops at an unknown glossary term, in the page’s language, with the closest one', async () => {
    await expect(stopFor((text) => text.replace('<Term id="anagen">', '<Term id="anagan">'))).resolves.toBe(
      'line 10: <Term id="anagan">: there is no glossary term "anagan" in content/glossary/en/. Did you mean "anagen"? Use a file name from there without .yaml, or add the term with: npm run new -- term "anagan".',
    );
  });

  it('stops at an unknown source, with the closest one', async () => {
    await expect(
      stopFor((text) => text.replace('<Cite id="clinic-article" />', '<Cite id="clinic-articel" />')),
    ).resolves.toBe(
      'line 10: <Cite id="clinic-articel">: there is no source "clinic-articel" in content/sources/. Did you mean "clinic-article"? Use a file name from content/sources/ without .yaml, or add the source with: npm run new -- source "Its title".',
    );
  });

  it('stops at a source that is not in the page’s sources:', async () => {
    await expect(
      stopFor((text) => text.replace('<Cite id="clinic-article" />', '<Cite id="cdc-2005" />')),
    ).resolves.toBe(
      'line 10: <Cite id="cdc-2005">: "cdc-2005" is not in this page\'s sources: [clinic-article]. Add it to the sources: list at the top of the file, so it appears in the page\'s numbered source list.',
    );
  });
});
