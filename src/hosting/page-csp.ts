import { createHash } from 'node:crypto';
import { STYLE_ELEMENTS } from '../styles/used-css.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Inline code the browser runs: a <script> without src whose type is a script's (JSON-LD is data, not run). */
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\ssrc=/.test(attributes))
    .filter(([, attributes = '']) => {
      const type = /\stype="([^"]*)"/.exec(attributes)?.[1];
      return type === undefined || type === 'module' || type === 'text/javascript';
    })
    .map((match) => match[2]!);

const inlineStyles = (html: string) => [...html.matchAll(STYLE_ELEMENTS)].map((match) => match[2]!);

/**
 * A built page whose <meta> Content-Security-Policy allows exactly the inline scripts and styles the page carries,
 * by their hashes: Astro lists every hash of the build on every page, and a page's CSS changes after Astro hashed it
 * (src/styles/used-css.ts). The other sources of script-src and style-src ('self'…) stay as they are.
 */
export function withOwnHashes(html: string): string {
  const own: Record<string, string[]> = {
    'script-src': inlineScripts(html).map(sha256),
    'style-src': inlineStyles(html).map(sha256),
  };
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i,
    (_whole, start: string, policy: string, end: string) => {
      const directives = policy.split(';').map((directive) => {
        const [name = '', ...sources] = directive.trim().split(/\s+/);
        if (!(name in own)) return directive;
        return [name, ...sources.filter((source) => !source.startsWith("'sha256-")), ...own[name]!].join(' ');
      });
      return start + directives.join(';') + end;
    },
  );
}
