import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { readContentIds, readContentIndex } from './content-files.ts';
import { type ContentIds, type ContentReferenceOptions, remarkContentReferences } from './content-references.ts';
import { findTodos } from './todo-markers.ts';

/** Every TODO left in content/, one "file:line:column  text" line each. */
function todoReport(root: string): string[] {
  return readContentIndex(root).files.flatMap((file) =>
    findTodos(readFileSync(join(root, file), 'utf8')).map(
      (todo) => `  ${file}:${todo.line}:${todo.column}  ${todo.text}`,
    ),
  );
}

/** The remark plugin that fails the build on a wrong MDX component or prop, or an unknown <Cite>/<Term> id, for `unified({ remarkPlugins })`. */
export function contentReferencePlugin(root: URL): [RemarkPlugin<[ContentReferenceOptions]>, ContentReferenceOptions] {
  return [remarkContentReferences, { ids: idsWhileUnchanged(join(fileURLToPath(root), 'content')), fail: true }];
}

/**
 * The ids, listed again only when a file is added to or removed from content/sources/ or a glossary folder
 * (which changes the folder's time): the build compiles every MDX file, and listing the folders for each
 * one would grow with the square of the content. The dev server still sees a term added while it runs.
 */
function idsWhileUnchanged(contentDir: string): () => ContentIds {
  let stamp = '';
  let ids: ContentIds | undefined;
  return () => {
    const glossary = join(contentDir, 'glossary');
    const folders = [
      join(contentDir, 'sources'),
      glossary,
      ...(existsSync(glossary) ? readdirSync(glossary).map((locale) => join(glossary, locale)) : []),
    ];
    const now = folders.map((folder) => (existsSync(folder) ? statSync(folder).mtimeMs : 0)).join();
    if (!ids || now !== stamp) [ids, stamp] = [readContentIds(contentDir), now];
    return ids;
  };
}

/** Stops `astro build` while a TODO is left in content/ (the dev server only warns, so drafts can be previewed). */
export function contentChecks(): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const todos = todoReport(root);
        if (todos.length === 0) return;
        const report = `${todos.length === 1 ? 'A TODO is' : `${todos.length} TODOs are`} left in content/:\n${todos.join('\n')}\nReplace each TODO with the real text or value, then build again.`;
        if (command === 'build') throw new Error(report);
        if (command === 'dev') logger.warn(report);
      },
    },
  };
}
