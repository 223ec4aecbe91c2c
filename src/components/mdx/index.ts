import Callout from './Callout.astro';
import Cite from './Cite.astro';
import KeyFacts from './KeyFacts.astro';
import Term from './Term.astro';
import WhenToGetHelp from '../WhenToGetHelp.astro';
import type { ContentComponentName } from '../../collections/mdx-components';

/** Components every MDX file in content/ can use without an import; src/collections/mdx-components.ts lists the props each one takes. */
export const contentComponents = { Callout, Cite, KeyFacts, Term, WhenToGetHelp } satisfies Record<
  ContentComponentName,
  unknown
>;
