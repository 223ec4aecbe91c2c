import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INLINE_SCRIPTS, inlineScriptFile, inlineScriptModule } from '../../../src/hosting/inline-scripts';

describe('the inline scripts', () => {
  it.each(INLINE_SCRIPTS)('$module holds the code and hash of $source as it is', (script) => {
    expect(
      readFileSync(inlineScriptFile(script.module), 'utf8'),
      'It is stale: run `npm run inline-scripts` (it writes the host files too).',
    ).toBe(inlineScriptModule(script));
  });
});
