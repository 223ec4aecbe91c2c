import { createElement } from 'react';
import { fields, type ComponentSchema } from '@keystatic/core';
import { block, inline, mark, wrapper, type ContentComponent } from '@keystatic/core/content-components';
import { CONTENT_COMPONENT_PROPS, type ContentComponentName } from '../collections/mdx-components.ts';
import { adminField, type FieldChoices } from './schema-fields.ts';

/**
 * The MDX components (src/collections/mdx-components.ts) as the body editor's tools. Their props come from mdx-components.ts;
 * only how each one sits in the text is said here. Ids are picked from lists: a citation's from the sources,
 * a glossary word's from the glossary of the entry's language.
 */
const TOOLS: Record<
  ContentComponentName,
  { kind: 'inline' | 'mark' | 'wrapper' | 'block'; label: string; description: string }
> = {
  Cite: {
    kind: 'inline',
    label: 'Citation',
    description: 'A numbered citation of a source, after the sentence it supports.',
  },
  Term: {
    kind: 'mark',
    label: 'Glossary word',
    description: 'Select a medical word, then pick its glossary entry: readers can open its meaning.',
  },
  Callout: {
    kind: 'wrapper',
    label: 'Callout box',
    description: 'A highlighted box: a note, a warning, or when to seek help.',
  },
  KeyFacts: {
    kind: 'wrapper',
    label: 'Key facts',
    description: 'A short list of facts in a box, near the top of a page.',
  },
  WhenToGetHelp: {
    kind: 'block',
    label: 'When to get help',
    description: 'The urgent and emergency cards (content/safety-notes/): the same on every page.',
  },
};

/** The text a mark shows in its toolbar button: a small "T" for Term. */
const letterIcon = (letter: string) =>
  createElement('span', { 'aria-hidden': true, style: { fontWeight: 700 } }, letter);

/** Each component's props as admin fields: ids from lists, the rest from their Zod checks. */
function propFields(
  name: ContentComponentName,
  glossary: string,
  choices: FieldChoices,
): Record<string, ComponentSchema> {
  const props: Record<string, import('astro/zod').z.ZodType> = CONTENT_COMPONENT_PROPS[name];
  return Object.fromEntries(
    Object.entries(props).map(([prop, schema]) => {
      if (prop !== 'id') return [prop, adminField(prop, schema.optional(), choices)];
      const collection = name === 'Term' ? glossary : 'sources';
      return [
        prop,
        fields.relationship({
          label: name === 'Term' ? 'Glossary entry' : 'Source',
          collection,
          validation: { isRequired: true },
        }),
      ];
    }),
  );
}

/** The body editor's components for an entry whose glossary words come from the `glossary` collection of the admin. */
export function contentTools(glossary: string, choices: FieldChoices): Record<ContentComponentName, ContentComponent> {
  const tools = Object.entries(TOOLS).map(([name, { kind, label, description }]) => {
    const schema = propFields(name as ContentComponentName, glossary, choices);
    // A citation shows its source's id in the text, e.g. [clinic-article].
    if (kind === 'inline')
      return [
        name,
        inline({
          label,
          description,
          schema,
          ContentView: ({ value }) => createElement('span', null, `[${String(value.id ?? '?')}]`),
        }),
      ];
    if (kind === 'mark') return [name, mark({ label, schema, icon: letterIcon('T'), tag: 'abbr' })];
    if (kind === 'wrapper') return [name, wrapper({ label, description, schema })];
    return [name, block({ label, description, schema })];
  });
  return Object.fromEntries(tools) as Record<ContentComponentName, ContentComponent>;
}
