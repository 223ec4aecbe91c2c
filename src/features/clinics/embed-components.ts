import { contentComponents } from '../../components/mdx';
import EmbedCite from './EmbedCite.astro';
import EmbedSubheading from './EmbedSubheading.astro';
import EmbedWhenToGetHelp from './EmbedWhenToGetHelp.astro';

/** MDX components inside an embed: as on the site, except that citations point to our Sources page and headings and cards carry no ids. */
export const embedComponents = { ...contentComponents, Cite: EmbedCite, h2: EmbedSubheading, WhenToGetHelp: EmbedWhenToGetHelp };

/** One answer on a page of its own: its sections sit right under the page's h1, so they stay h2s. */
export const singleAnswerComponents = { ...contentComponents, Cite: EmbedCite };
