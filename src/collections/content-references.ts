import type { Root } from 'mdast';
import type { z } from 'astro/zod';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { didYouMean } from './closest-id.ts';
import { CONTENT_COMPONENT_PROPS, type ContentComponentName } from './mdx-components.ts';

/** The ids an MDX file may refer to: source file names, and glossary terms as "<language>/<file name>". */
export interface ContentIds {
  sources: ReadonlySet<string>;
  terms: ReadonlySet<string>;
}

export interface ContentReferenceOptions {
  /** Read fresh for every file, so `npm run dev` sees a source or term added while it runs. */
  ids: () => ContentIds;
  /** true in the build: stop at the first problem. false in the content lint: report them all. */
  fail: boolean;
}

/** Where a file sits in content/: content/faqs/en/pain.mdx → { folder: 'faqs', locale: 'en', slug: 'pain' }. */
export function contentLocation(path: string): { folder: string; locale?: string; slug: string } | undefined {
  const match = /(?:^|[\\/])content[\\/]([^\\/]+)[\\/](?:([a-z]{2})[\\/])?([^\\/]+)\.(?:mdx|md|yaml)$/.exec(path);
  if (!match) return undefined;
  const [, folder = '', locale, slug = ''] = match;
  return locale ? { folder, locale, slug } : { folder, slug };
}

/** The page's `sources:` list as plain ids (Astro gives the MDX pipeline the raw frontmatter). */
function pageSources(file: VFile): string[] | undefined {
  const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  const sources = frontmatter?.sources;
  return Array.isArray(sources) ? sources.map(String) : undefined;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function idAttribute(node: JsxElement): string | undefined | null {
  const attribute = node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === 'id');
  if (!attribute) return undefined;
  return typeof attribute.value === 'string' ? attribute.value : null;
}

const COMPONENT_NAMES = Object.keys(CONTENT_COMPONENT_PROPS) as ContentComponentName[];
const isContentComponent = (name: string): name is ContentComponentName => (COMPONENT_NAMES as string[]).includes(name);

/** A wrong component name or prop, worded as the fix: the props and values each component takes are in src/collections/mdx-components.ts. */
export function propsProblem(node: JsxElement): string | undefined {
  const name = node.name ?? '';
  // Lower-case names are HTML elements; a fragment has no name.
  if (!/^[A-Z]/.test(name)) return undefined;
  if (!isContentComponent(name)) {
    return `<${name}>: there is no component "${name}".${didYouMean(name, COMPONENT_NAMES)} Use one of: ${COMPONENT_NAMES.join(', ')} (content/README.md shows each).`;
  }
  const props: Record<string, z.ZodType<string>> = CONTENT_COMPONENT_PROPS[name];
  const allowed = Object.keys(props);
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute')
      return `<${name}>: write each prop as name="value", e.g. ${allowed[0] ?? 'title'}="…".`;
    const prop = props[attribute.name];
    const tag = `<${name} ${attribute.name}${typeof attribute.value === 'string' ? `="${attribute.value}"` : ''}>`;
    if (!prop) {
      return `${tag}: ${name} has no prop "${attribute.name}".${didYouMean(attribute.name, allowed)} ${allowed.length > 0 ? `Its props: ${allowed.join(', ')}.` : 'It takes no props.'}`;
    }
    if (typeof attribute.value !== 'string')
      return `${tag}: write the value as plain text in quotes, e.g. ${attribute.name}="…".`;
    const result = prop.safeParse(attribute.value);
    if (!result.success) {
      const issue = result.error.issues[0];
      return issue?.code === 'invalid_value'
        ? `${tag}: "${attribute.value}" is not a ${attribute.name} of ${name}. Use one of: ${issue.values.map(String).join(', ')}.`
        : `${tag}: ${attribute.name} must not be empty. Write the text in the quotes, or leave the prop out.`;
    }
  }
  return undefined;
}

/** Problems with one <Cite> or <Term>, worded as the fix an editor should make. */
function referenceProblem(node: JsxElement, file: VFile, ids: ContentIds): string | undefined {
  const id = idAttribute(node);
  const tag = `<${node.name}${typeof id === 'string' ? ` id="${id}"` : ''}>`;
  if (id === undefined)
    return `${tag} needs an id, e.g. <${node.name} id="${node.name === 'Cite' ? 'clinic-article' : 'minoxidil'}" …>.`;
  if (id === null) return `${tag}: write the id as plain text in quotes, e.g. id="clinic-article".`;
  if (node.name === 'Cite') {
    if (!ids.sources.has(id)) {
      return `${tag}: there is no source "${id}" in content/sources/.${didYouMean(id, ids.sources)} Use a file name from content/sources/ without .yaml, or add the source with: npm run new -- source "Its title".`;
    }
    const listed = pageSources(file);
    if (listed && !listed.includes(id)) {
      return `${tag}: "${id}" is not in this page's sources: [${listed.join(', ')}]. Add it to the sources: list at the top of the file, so it appears in the page's numbered source list.`;
    }
    return undefined;
  }
  const locale = contentLocation(file.path)?.locale ?? 'en';
  if (!ids.terms.has(`${locale}/${id}`)) {
    const known = [...ids.terms]
      .filter((term) => term.startsWith(`${locale}/`))
      .map((term) => term.slice(locale.length + 1));
    return `${tag}: there is no glossary term "${id}" in content/glossary/${locale}/.${didYouMean(id, known)} Use a file name from there without .yaml, or add the term with: npm run new -- term "${id}".`;
  }
  return undefined;
}

/**
 * Checks every MDX component in a file: its name and props (propsProblem), and every <Cite id> and <Term id>: the id
 * must exist, and a cited source must be in the page's `sources:`. Runs in the build (fails with file, line and
 * column) and in the content lint.
 */
export const remarkContentReferences: Plugin<[ContentReferenceOptions], Root> = (options) => (tree, file) => {
  const ids = options.ids();
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as JsxElement;
    const problem =
      propsProblem(element) ??
      (element.name === 'Cite' || element.name === 'Term' ? referenceProblem(element, file, ids) : undefined);
    if (!problem) return;
    const place = element.position;
    if (options.fail) file.fail(problem, { place, ruleId: 'reference', source: 'content' });
    const message = file.message(problem, { place, ruleId: 'reference', source: 'content' });
    message.fatal = true;
  });
};
