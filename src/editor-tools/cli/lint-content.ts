// The content lint: npm run lint:content. Errors fail (exit code 1); warnings are shown and pass.
import { reporter } from 'vfile-reporter';
import { lintContent } from '../content-lint.ts';

// npm runs scripts in the project folder; CARE_REGION sets the country every language's pages are shown in, as in the build.
// An unknown CARE_REGION is the editor's to fix, so its message is all they need to see; anything else keeps its stack.
const files = await lintContent(process.cwd(), new Date(), process.env.CARE_REGION).catch((error: Error) => {
  if (!error.message.startsWith('CARE_REGION=')) throw error;
  console.error(error.message);
  process.exit(1);
});
const errors = files.flatMap((file) => file.messages).filter((message) => message.fatal).length;
const report = reporter(files, { quiet: true });
if (report) console.error(report);
console.error(
  errors > 0
    ? `\nContent lint: ${errors} error(s) to fix. Each line above gives the file, line:column, the problem and the fix; content/README.md explains every check.`
    : `\nContent lint: no errors in ${files.length} files.`,
);
process.exitCode = errors > 0 ? 1 : 0;
