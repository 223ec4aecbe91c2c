// `npm run inline-scripts`: writes each inline script's generated module (inline-scripts.ts). Run it after editing
// one; the npm script then runs `npm run hosts`, since the host files carry their hashes.
import { writeFileSync } from 'node:fs';
import { INLINE_SCRIPTS, inlineScriptFile, inlineScriptModule } from '../inline-scripts.ts';

for (const script of INLINE_SCRIPTS) {
  const file = inlineScriptFile(script.module);
  writeFileSync(file, inlineScriptModule(script));
  console.log(`Wrote ${file}.`);
}
