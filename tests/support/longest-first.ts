import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, in the order they start. Two files run at a time (vitest.config.ts), so the longest
 * must start first or one of them ends up running alone at the end while a core idles: the every-page sweep, the
 * content admin (waiting on its dev server much of it), the whole-site checks (the HTML checker is a Java process of
 * its own), the care-by-country checks (they build a CARE_REGION=US copy of the site), the fixture builds (they wait on
 * their own astro processes), the layout-shift loads (each page throttled as a slow phone on a slow network). The embed and estimator files (embed-*.test.ts, estimator-*.test.ts) are short each:
 * Vitest's order places them.
 */
const LONGEST = [
  'tests/e2e/pages.test.ts',
  'tests/admin/admin.test.ts',
  'tests/e2e/site-checks.test.ts',
  'tests/e2e/care-by-country.test.ts',
  'tests/fixtures/content-errors.test.ts',
  'tests/e2e/layout-shift.test.ts',
];

/**
 * Vitest's order (project by project, then each project's files by their last duration, or by size on a fresh
 * clone, which has no record of durations) with the longest files first and the short unit tests next, so the
 * many small browser files fill in at the end.
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const longest = LONGEST.findIndex((path) => file.moduleId.endsWith(path));
      if (longest >= 0) return longest;
      return file.project.name === 'unit' ? LONGEST.length : LONGEST.length + 1;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
