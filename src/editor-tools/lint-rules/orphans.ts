import { COLLECTIONS } from '../../collections/registry.ts';
import { type LintRule, report } from './rule.ts';

/** A page that no menu, index page, link or related: list leads to (a warning: it may be new). */
export const orphansRule: LintRule = {
  checkAll(files, run) {
    for (const page of run.index.pages) {
      if (COLLECTIONS[page.collection].listedByTheSite || run.linked.has(page.url)) continue;
      const file = files.find((candidate) => candidate.path === page.file);
      if (!file) continue;
      report(
        file,
        `Orphan page: nothing in content/ or the site's menus links to ${page.url}. Link to it from a related page (a link in the text or its related: list).`,
        { line: 1 },
        'orphan',
        'warning',
      );
    }
  },
};
