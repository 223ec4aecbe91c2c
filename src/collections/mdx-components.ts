import { z } from 'astro/zod';

/** The kinds of <Callout>: each has its colour and its heading (src/i18n: mdx.calloutLabels). */
const CALLOUT_TYPES = ['note', 'warning', 'seek-help'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

/**
 * The props editors may write on each MDX component, as in Starlight's <Aside>: the build checks every use against
 * this list (src/collections/content-references.ts), so a wrong prop stops it with the file, the line, the prop and
 * the allowed values instead of rendering an empty heading. Node-safe: no component is imported here.
 */
export const CONTENT_COMPONENT_PROPS = {
  Callout: { type: z.enum(CALLOUT_TYPES), title: z.string().trim().min(1) },
  Cite: { id: z.string() },
  KeyFacts: { title: z.string().trim().min(1) },
  // In MDX it takes no props; templates may pass `heading` (see src/components/WhenToGetHelp.astro).
  WhenToGetHelp: {},
  Term: { id: z.string() },
} satisfies Record<string, Record<string, z.ZodType<string>>>;

export type ContentComponentName = keyof typeof CONTENT_COMPONENT_PROPS;
