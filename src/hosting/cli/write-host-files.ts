// `npm run hosts`: writes vercel.json and deploy/nginx.conf from src/hosting/headers.ts.
// With BASE_PATH=/guide/ it writes them for a site under that folder (commit the root versions).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nginxConf, vercelJson } from '../host-files.ts';
import { basePath } from '../../language/locales.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const base = basePath(process.env.BASE_PATH);
writeFileSync(join(root, 'vercel.json'), vercelJson(base));
writeFileSync(join(root, 'deploy', 'nginx.conf'), nginxConf({ base }));
console.log(`Wrote vercel.json and deploy/nginx.conf for the site at ${base}.`);
