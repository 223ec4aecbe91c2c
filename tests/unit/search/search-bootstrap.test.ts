import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOOTSTRAP_MODULE_FILE, bootstrapModule } from '../../../src/features/search/search-bundle';

describe('the search bootstrap', () => {
  it('search-bootstrap.generated.ts holds the code and hash of search-bootstrap.ts as it is', () => {
    expect(
      readFileSync(BOOTSTRAP_MODULE_FILE, 'utf8'),
      'It is stale: run `npm run search:bootstrap` (it writes the host files too).',
    ).toBe(bootstrapModule());
  });
});
