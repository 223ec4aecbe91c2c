import { readFileSync } from 'node:fs';

/** schema.org's vocabulary, derived from its released JSON-LD file by tests/fixtures/schema-org/derive-vocabulary.ts. */
interface Vocabulary {
  source: string;
  classes: Record<string, string[]>;
  properties: Record<string, { domain: string[]; range: string[] }>;
  superseded: Record<string, string>;
}

export const vocabulary = JSON.parse(
  readFileSync(new URL('../fixtures/schema-org/vocabulary.json', import.meta.url), 'utf8'),
) as Vocabulary;

type Node = Record<string, unknown>;
const isObject = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown) => (Array.isArray(value) ? value : [value]);
const typesOf = (node: Node) => listOf(node['@type']).map(String);
const isReference = (node: Node) => Object.keys(node).length === 1 && typeof node['@id'] === 'string';

/** A class with every class above it: MedicalWebPage → MedicalWebPage, WebPage, CreativeWork, Thing. */
function withAncestors(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const parent of vocabulary.classes[name] ?? []) withAncestors(parent, seen);
  return seen;
}

const isKindOf = (types: string[], allowed: string[]) =>
  types.some((type) => allowed.some((wanted) => withAncestors(type).has(wanted)));
// JSON strings stand for Text (and its kinds, such as URL) and dates; numbers for Number (and Integer, Float).
const takesText = (range: string[]) =>
  range.some((type) => ['Date', 'DateTime', 'Time'].includes(type) || withAncestors(type).has('Text'));
const takesNumber = (range: string[]) => range.some((type) => withAncestors(type).has('Number'));

/**
 * Every problem in a JSON-LD document (one @graph or one node) against the vocabulary: unknown or superseded types and
 * properties, properties on a type outside their domain, values outside their range, and @id references that resolve
 * to no node in the document. An empty list means it is valid.
 */
export function schemaOrgProblems(document: Node): string[] {
  const problems: string[] = [];
  if (document['@context'] !== 'https://schema.org')
    problems.push(`@context is ${JSON.stringify(document['@context'])}, expected "https://schema.org"`);
  const roots = Array.isArray(document['@graph']) ? (document['@graph'] as Node[]) : [document];
  const byId = new Map<string, Node>();
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isObject(value)) {
      if (typeof value['@id'] === 'string' && !isReference(value)) byId.set(value['@id'], value);
      Object.values(value).forEach(collect);
    }
  };
  collect(roots);

  const checkNode = (node: Node, path: string) => {
    const types = typesOf(node);
    for (const type of types) {
      if (!(type in vocabulary.classes)) problems.push(`${path}: unknown type ${type}`);
      else if (type in vocabulary.superseded)
        problems.push(`${path}: ${type} is superseded by ${vocabulary.superseded[type]}`);
    }
    for (const [name, value] of Object.entries(node)) {
      if (name.startsWith('@')) continue;
      const property = vocabulary.properties[name];
      const at = `${path}.${name}`;
      if (!property) {
        problems.push(`${at}: unknown property`);
        continue;
      }
      if (name in vocabulary.superseded) problems.push(`${at}: superseded by ${vocabulary.superseded[name]}`);
      if (!isKindOf(types, property.domain))
        problems.push(`${at}: not a property of ${types.join(', ')} (domain: ${property.domain.join(', ')})`);
      listOf(value).forEach((item, index) =>
        checkValue(item, property.range, Array.isArray(value) ? `${at}[${index}]` : at),
      );
    }
  };

  const checkValue = (value: unknown, range: string[], path: string) => {
    if (typeof value === 'string') {
      // Where a thing is expected, an absolute URL names it (Google's breadcrumbs give ListItem.item this way).
      if (!takesText(range) && !/^https?:\/\//.test(value))
        problems.push(`${path}: text where ${range.join(', ')} is expected`);
      return;
    }
    if (typeof value === 'number') {
      if (!takesNumber(range)) problems.push(`${path}: a number where ${range.join(', ')} is expected`);
      return;
    }
    if (!isObject(value)) {
      problems.push(`${path}: ${JSON.stringify(value)} is neither text, a number nor a node`);
      return;
    }
    const target = isReference(value) ? byId.get(String(value['@id'])) : value;
    if (!target) {
      problems.push(`${path}: @id ${String(value['@id'])} is not a node of this graph`);
      return;
    }
    if (!('@type' in target)) problems.push(`${path}: a node without @type`);
    else if (!isKindOf(typesOf(target), range))
      problems.push(`${path}: ${typesOf(target).join(', ')} where ${range.join(', ')} is expected`);
    if (!isReference(value)) checkNode(value, path);
  };

  roots.forEach((node, index) => checkNode(node, `@graph[${index}](${typesOf(node).join(',')})`));
  return problems;
}
