import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { join } from 'node:path';

// The clinic loader is written in TypeScript and shares its checks with the site; clinics load it at a
// fixed address (/embed.js), so it is bundled here rather than as a hashed Astro asset.
export const GET: APIRoute = async () => {
  const result = await build({
    // Builds run from the project root; import.meta.url would point into Astro's build output instead.
    entryPoints: [join(process.cwd(), 'src/features/clinics/embed-loader.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
  });
  return new Response(result.outputFiles[0]?.text ?? '', {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
};
