import { contentComponents } from '../../components/mdx';
import EmbedCite from './EmbedCite.astro';
import EmbedSubheading from './EmbedSubheading.astro';

/** MDX components inside an embed: as on the site, except that citations point to our Sources page and headings carry no ids. */
export const embedComponents = { ...contentComponents, Cite: EmbedCite, h2: EmbedSubheading };
