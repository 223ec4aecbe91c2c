import { isDeepStrictEqual } from 'node:util';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, parseDocument } from 'yaml';

/**
 * What the admin writes, with every part the editor did not change kept exactly as it was in the file: Keystatic
 * re-serialises a whole entry (block lists, its own line breaks), so a one-field change would otherwise rewrite the
 * file. Fields whose values are unchanged keep their old lines; an unchanged MDX body keeps its old text; a changed
 * one is written as Keystatic writes it (the content lint accepts that). A new file is written as it comes.
 */
export function keepUnchangedParts(oldText: string | undefined, keystaticText: string, path: string): string {
  const newText = withoutEmptyGroups(keystaticText, path);
  if (oldText === undefined) return newText;
  if (!path.endsWith('.mdx')) return mergeYaml(oldText, newText);
  const before = splitFrontmatter(oldText);
  const after = splitFrontmatter(newText);
  if (!before || !after) return newText;
  const body = sameMarkdown(before.body, after.body) ? before.body : after.body;
  return `---\n${mergeYaml(before.yaml, after.yaml)}---\n${body}`;
}

/**
 * Keystatic has no optional group of fields: an optional object (a translation's reviewer) is a form of optional
 * fields, which it writes as empty values when the editor leaves them blank. Such a group is not in the file at all.
 */
function withoutEmptyGroups(text: string, path: string): string {
  const split = path.endsWith('.mdx') ? splitFrontmatter(text) : { yaml: text, body: undefined };
  if (!split) return text;
  const doc = parseDocument(split.yaml);
  if (!isMap(doc.contents)) return text;
  const isBlank = (node: unknown) => node === null || (isScalar(node) && (node.value === '' || node.value === null));
  const empty = doc.contents.items.filter(
    (pair) => isMap(pair.value) && pair.value.items.every((item) => isBlank(item.value)),
  );
  if (empty.length === 0) return text;
  for (const pair of empty) doc.delete(pair.key);
  return split.body === undefined ? doc.toString() : `---\n${doc.toString()}---\n${split.body}`;
}

/** An MDX file's fields and body, split where the build splits them (Astro's extractFrontmatter). */
function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
  const fields = extractFrontmatter(text);
  if (fields === undefined) return undefined;
  // The fields start after the opening --- and its line break; the body after the closing --- and its line break.
  const closing = text.indexOf('---') + 3 + fields.length;
  return { yaml: fields.replace(/^\r?\n/, ''), body: text.slice(closing + 3).replace(/^\r?\n/, '') };
}

/** Each top-level field of a YAML text, with the exact text it takes (up to the next field), in file order. */
function fieldsOf(text: string): { prefix: string; fields: Array<{ key: string; value: unknown; text: string }> } {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return { prefix: text, fields: [] };
  const values = doc.toJS() as Record<string, unknown>;
  const keys = doc.contents.items.map((pair) => pair.key as { value: unknown; range: [number, number, number] });
  const fields = keys.map((key, index) => {
    const piece = text.slice(key.range[0], keys[index + 1]?.range[0] ?? text.length);
    return {
      key: String(key.value),
      value: values[String(key.value)],
      text: piece.endsWith('\n') ? piece : `${piece}\n`,
    };
  });
  return { prefix: text.slice(0, keys[0]?.range[0] ?? text.length), fields };
}

/** The new YAML's fields in the old file's order and wording where their values did not change. */
export function mergeYaml(oldYaml: string, newYaml: string): string {
  const before = fieldsOf(oldYaml);
  const after = fieldsOf(newYaml);
  const newByKey = new Map(after.fields.map((field) => [field.key, field]));
  const kept = before.fields.filter((field) => newByKey.has(field.key));
  const pieces = kept.map((field) => ({
    key: field.key,
    text: isDeepStrictEqual(field.value, newByKey.get(field.key)!.value) ? field.text : newByKey.get(field.key)!.text,
  }));
  // A field the file did not have goes after the field it follows in the admin's order.
  after.fields.forEach((field, index) => {
    if (pieces.some((piece) => piece.key === field.key)) return;
    const previousKeys = after.fields.slice(0, index).map((other) => other.key);
    const at = pieces.findLastIndex((piece) => previousKeys.includes(piece.key));
    pieces.splice(at + 1, 0, { key: field.key, text: field.text });
  });
  return before.prefix + pieces.map((piece) => piece.text).join('');
}

const markdown = unified().use(remarkParse).use(remarkMdx);

/** Whether two MDX bodies say the same thing (the same tree, whatever the spacing or list markers). */
function sameMarkdown(a: string, b: string): boolean {
  const tree = (text: string) =>
    JSON.stringify(markdown.parse(text), (key, value) => (key === 'position' ? undefined : value));
  return tree(a) === tree(b);
}
