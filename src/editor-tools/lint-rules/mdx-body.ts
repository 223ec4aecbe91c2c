import type { LintRule } from './rule.ts';

/**
 * An MDX page's body, through the run's MDX processor: component names, props and ids (content-references.ts),
 * links to pages of the site (internal-links.ts) and its language's word checks (word-checks.ts), each at its line and column.
 */
export const mdxBodyRule: LintRule = {
  async checkFile(entry, file, run) {
    const tree = run.bodies.get(entry.file);
    if (tree) await run.mdx[entry.locale].run(tree, file);
  },
};
