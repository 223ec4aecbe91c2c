import Callout from './Callout.astro';
import Cite from './Cite.astro';
import KeyFacts from './KeyFacts.astro';
import Term from './Term.astro';
import WhenToGetHelp from '../WhenToGetHelp.astro';

/** Components every MDX file in content/ can use without an import. */
export const contentComponents = { Callout, Cite, KeyFacts, Term, WhenToGetHelp };
