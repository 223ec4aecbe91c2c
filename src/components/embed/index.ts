import { contentComponents } from '../mdx';
import EmbedCite from './EmbedCite.astro';

/** MDX components inside an embed: as on the site, except that citations point to our Sources page. */
export const embedComponents = { ...contentComponents, Cite: EmbedCite };
