import { careRegions } from '../../site/content-queries';
import { perCountry, perLocale } from '../../site/static-paths';

/**
 * getStaticPaths for a kind of embed once per language and per country a clinic can pick (embed/country/[country]/).
 * Each kind has a route of its own, so that its page carries only its own component's CSS.
 */
export const perCountryAndLocale = async () => perCountry(perLocale(), await careRegions());
