// WordPress's own embed code, for the test of our oEmbed files and embeds in a WordPress post (e2e/wordpress.test.ts):
// Debian's `wordpress` package unpacked (no PHP, no database), of which the test serves wp-includes/js/wp-embed.js,
// and wp_filter_oembed_result() (wp-includes/embed.php) rebuilt from its behaviour: no WordPress code is copied here.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { DIST } from './static-server.ts';

/** Where the package is unpacked: beside the other tools' caches, so it survives between runs (npm ci clears it). */
const WORDPRESS_FOLDER = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'debian-wordpress');
export const WP_EMBED_JS = join(WORDPRESS_FOLDER, 'usr', 'share', 'wordpress', 'wp-includes', 'js', 'wp-embed.js');

const run = (command: string, args: string[], cwd?: string) =>
  spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    .status === 0;

/**
 * Downloads and unpacks Debian's wordpress package unless it is there (npm run test:machine calls this). Returns
 * false, having said what to run, when it cannot.
 */
export function fetchWordPressPackage(): boolean {
  if (existsSync(WP_EMBED_JS)) return true;
  const download = mkdtempSync(join(tmpdir(), 'wordpress-deb-'));
  try {
    // As root, apt would hand the download to its _apt user, who cannot write to a folder of ours.
    const get = () => run('apt-get', ['download', '-q', '-o', 'APT::Sandbox::User=root', 'wordpress'], download);
    const downloaded = get() || (process.getuid?.() === 0 && run('apt-get', ['update', '-qq']) && get());
    const deb = readdirSync(download).find((name) => name.endsWith('.deb'));
    if (downloaded && deb) {
      mkdirSync(WORDPRESS_FOLDER, { recursive: true });
      run('dpkg-deb', ['-x', join(download, deb), WORDPRESS_FOLDER]);
    }
  } finally {
    rmSync(download, { recursive: true, force: true });
  }
  if (existsSync(WP_EMBED_JS)) return true;
  console.error(
    `The WordPress embed test needs Debian's wordpress package unpacked in ${WORDPRESS_FOLDER}. Run:\n\n` +
      `  sudo apt-get update && apt-get download wordpress && dpkg-deb -x wordpress_*.deb ${WORDPRESS_FOLDER}\n`,
  );
  return false;
}

/** wp_kses() with the tags and attributes wp_filter_oembed_result() allows: others go, their text stays. */
function kses(html: string, allowed: Record<string, readonly string[]>): string {
  const $ = cheerio.load(html, null, false);
  for (const element of $('*').toArray().reverse()) {
    if (!('tagName' in element)) continue;
    const attributes = allowed[element.tagName];
    if (!attributes) {
      $(element).replaceWith(element.tagName === 'script' ? '' : ($(element).html() ?? ''));
      continue;
    }
    for (const name of Object.keys(element.attribs)) if (!attributes.includes(name)) $(element).removeAttr(name);
  }
  return $.html();
}

const ALLOWED: Record<string, readonly string[]> = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};

/** A secret as wp_generate_password(10, false) makes it: ten letters and digits. */
export function wordpressSecret(): string {
  const characters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return Array.from({ length: 10 }, () => characters[Math.floor(Math.random() * characters.length)]).join('');
}

/**
 * What WordPress puts in a post for an oEmbed response's html from a provider it does not know: the blockquote and
 * the iframe only, the secret in the iframe's address and on both, the iframe hidden until the embed speaks, and
 * the iframe sandboxed.
 */
export function wpFilterOembedResult(html: string, secret: string): string | null {
  const kept = kses(html, ALLOWED);
  const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(kept);
  if (!content?.[2]) return null;
  let result = (content[1] ?? '') + content[2];
  const src = / src=(['"])(.*?)\1/.exec(result);
  if (src) {
    const [whole, quote, url] = src;
    result = result.replaceAll(
      whole,
      ` src=${quote}${url}#?secret=${secret}${quote} data-secret=${quote}${secret}${quote}`,
    );
    result = result.replaceAll('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  result = kses(result, {
    ...ALLOWED,
    blockquote: ['data-secret'],
    iframe: [...(ALLOWED.iframe ?? []), 'data-secret'],
  });
  if (content[1]) {
    result = result.replaceAll('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    result = result.replaceAll('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return result.replace(
    /<iframe/gi,
    '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"',
  );
}

/** The build's SITE_URL (astro.config.mjs's default), which the oEmbed files' addresses start with. */
const BUILT_SITE = 'https://mesotherapy-guide.example';

/**
 * A clinic's WordPress post written to `folder` as `name`, beside WordPress's wp-embed.js: the embed of one of our
 * oEmbed files (e.g. "oembed/faqs.json") as wp_filter_oembed_result() writes it, with its addresses pointed at `site`
 * (where the test serves dist/). `edit` may change that markup first. Returns the post's secret.
 */
export function writeWordPressPost(
  folder: string,
  name: string,
  oembedFile: string,
  site: string,
  edit: (embed: string, secret: string) => string = (embed) => embed,
): string {
  const { html } = JSON.parse(readFileSync(join(DIST, oembedFile), 'utf8')) as { html: string };
  const secret = wordpressSecret();
  const embed = wpFilterOembedResult(html.replaceAll(BUILT_SITE, site), secret);
  if (embed === null) throw new Error(`${oembedFile}: WordPress's filter keeps no iframe of its html`);
  copyFileSync(WP_EMBED_JS, join(folder, 'wp-embed.js'));
  // Chromium asks every origin for a favicon; without one the page logs a 404.
  writeFileSync(join(folder, 'favicon.ico'), '');
  writeFileSync(
    join(folder, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A clinic's post</title></head>` +
      `<body style="margin:0"><h1>Our clinic</h1><figure style="margin:0">${edit(embed, secret)}</figure>` +
      `<p>After the embed.</p><script src="wp-embed.js"></script></body></html>`,
  );
  return secret;
}
