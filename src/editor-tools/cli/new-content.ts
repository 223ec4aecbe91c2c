// Creates a new content file from a title: npm run new -- faq "Can I wash my hair after a session?"
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_LOCALE, isLocale, LOCALES } from '../../language/locales.ts';
import { SCAFFOLD_KINDS } from '../../collections/registry.ts';
import { contentFilePath, isContentKind, newContentFile, slugify } from '../new-content.ts';

// npm runs scripts in the project folder.
const ROOT = process.cwd();
const CONTENT = join(ROOT, 'content');
const USAGE = `Usage: npm run new -- <kind> "<title>" [--lang ${LOCALES.join('|')}]
  kinds: ${SCAFFOLD_KINDS.join(', ')}
  e.g.   npm run new -- faq "Can I wash my hair after a session?"`;

function stop(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

/** Numbers already taken by content/sources/*.yaml, so a new source gets the next one. */
function sourceNumbers(): number[] {
  return readdirSync(join(CONTENT, 'sources'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => (parse(readFileSync(join(CONTENT, 'sources', name), 'utf8')) as { number?: unknown } | null)?.number)
    .filter((value): value is number => typeof value === 'number');
}

const args = process.argv.slice(2);
const langFlag = args.indexOf('--lang');
const locale = langFlag >= 0 ? args.splice(langFlag, 2)[1] : DEFAULT_LOCALE;
const [kind, ...titleWords] = args;
const title = titleWords.join(' ').trim();

if (!kind || !isContentKind(kind))
  stop(kind ? `"${kind}" is not a kind of content this can create.` : 'Say what to create.');
if (!title) stop(`Give the ${kind}'s title in quotes.`);
if (!isLocale(locale)) stop(`"${locale}" is not one of the site's languages (${LOCALES.join(', ')}).`);
const slug = slugify(title);
if (!slug) stop(`"${title}" has no letters or numbers to make a file name from.`);

const path = join(CONTENT, contentFilePath(kind, slug, locale));
const text = newContentFile({
  kind,
  title,
  today: new Date(),
  sourceNumbers: kind === 'source' ? sourceNumbers() : [],
});
try {
  // "wx" refuses to replace a file that is already there.
  writeFileSync(path, text, { flag: 'wx' });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST')
    stop(`${relative(ROOT, path)} already exists: nothing was changed. Edit that file, or choose a different title.`);
  if (code === 'ENOENT') stop(`The folder for ${relative(ROOT, path)} does not exist yet: create it first.`);
  throw error;
}
console.log(`Created ${relative(ROOT, path)}
Next: open it, replace every TODO, then preview with "npm run dev". The build stops while a TODO is left.
Check your words with "npm run lint:content". The guide for editors is content/README.md.`);
