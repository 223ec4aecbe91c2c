import { relatedPathProblem } from '../../collections/fields.ts';
import { asList, isPage, type LintRule, lineOf, report } from './rule.ts';

/** Every `related:` path is a page of the site (the build makes the same check with the same message). */
export const relatedLinksRule: LintRule = {
  checkFile(entry, file, run) {
    if (!isPage(entry)) return;
    for (const path of asList(entry.data.related)) {
      const problem = relatedPathProblem(path, run.urls);
      if (problem) report(file, problem, { line: lineOf(entry.text, 'related') }, 'internal-link', 'error');
      // A related: link keeps its page from being an orphan.
      run.linked.add(path.split('#')[0] ?? path);
    }
  },
};
