import { type LintRule, lineOf, report } from './rule.ts';

/** The same schema checks as the build, reported at the line of the field: "lastReviewed: expected a date like 2026-11-24". */
export const schemaRule: LintRule = {
  checkFile(entry, file, run) {
    if (entry.yamlError) {
      report(
        file,
        `The fields at the top of the file are not valid YAML: ${entry.yamlError}. Compare them with another file of the same kind.`,
        { line: 1 },
        'schema',
        'error',
      );
      return;
    }
    const result = run.schemas[entry.collection].safeParse(entry.data);
    for (const issue of result.success ? [] : result.error.issues) {
      report(
        file,
        `${issue.path.join('.')}: ${issue.message}`,
        { line: lineOf(entry.text, String(issue.path[0] ?? '')) },
        'schema',
        'error',
      );
    }
  },
};
