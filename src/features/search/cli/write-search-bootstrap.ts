// `npm run search:bootstrap`: writes search-bootstrap.generated.ts from search-bootstrap.ts. Run it after editing the
// bootstrap; the npm script then runs `npm run hosts`, since the host files carry the bootstrap's hash.
import { writeFileSync } from 'node:fs';
import { BOOTSTRAP_MODULE_FILE, bootstrapModule } from '../search-bundle.ts';

writeFileSync(BOOTSTRAP_MODULE_FILE, bootstrapModule());
console.log(`Wrote ${BOOTSTRAP_MODULE_FILE}.`);
