// Each host's own file says what the README says it does: build with `npm run build`, publish dist/, run the
// project's Node major version, serve the 404 page (each language's own where the host can), keep trailing slashes, and (GitHub Pages) build under the
// repository's subfolder. The headers inside these files are checked against src/hosting/headers.ts elsewhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TRANSLATED_LOCALES } from '../../../src/language/locales';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const packageJson = JSON.parse(read('package.json')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};
const nodeMajor = packageJson.devDependencies.node?.split('.')[0];

describe('host configuration files', () => {
  it('the project builds with `npm run build` and pins a Node major version', () => {
    expect(packageJson.scripts.build).toBe('astro build');
    expect(nodeMajor).toMatch(/^\d+$/);
  });

  it('netlify.toml builds the site, publishes dist/ and runs the project’s Node version', () => {
    const toml = read('netlify.toml');
    expect(toml).toMatch(/^\s*command\s*=\s*"npm run build"\s*$/m);
    expect(toml).toMatch(/^\s*publish\s*=\s*"dist"\s*$/m);
    expect(toml).toMatch(new RegExp(`^\\s*NODE_VERSION\\s*=\\s*"${nodeMajor}"\\s*$`, 'm'));
  });

  it('netlify.toml gives each language but English its own 404 page', () => {
    const toml = read('netlify.toml');
    for (const locale of TRANSLATED_LOCALES) {
      expect(toml).toContain(`[[redirects]]\n  from = "/${locale}/*"\n  to = "/${locale}/404.html"\n  status = 404`);
    }
  });

  it('wrangler.jsonc serves dist/ with the 404 page and trailing slashes', () => {
    // JSONC: drop whole-line comments before parsing.
    const config = JSON.parse(read('wrangler.jsonc').replace(/^\s*\/\/.*$/gm, '')) as {
      assets: { directory: string; not_found_handling: string; html_handling: string };
    };
    expect(config.assets).toEqual({
      directory: './dist',
      not_found_handling: '404-page',
      html_handling: 'force-trailing-slash',
    });
  });

  it('vercel.json builds the site, publishes dist/ and keeps trailing slashes', () => {
    const config = JSON.parse(read('vercel.json')) as {
      buildCommand: string;
      outputDirectory: string;
      trailingSlash: boolean;
    };
    expect(config).toMatchObject({ buildCommand: 'npm run build', outputDirectory: 'dist', trailingSlash: true });
  });

  it('the GitHub Pages workflow runs npm test, then builds under the repository’s subfolder with withastro/action v6 and deploys it', () => {
    const workflow = parse(read('.github/workflows/github-pages.yml')) as {
      permissions: Record<string, string>;
      jobs: Record<
        string,
        {
          needs?: string;
          env?: Record<string, string>;
          steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }>;
        }
      >;
    };
    expect(workflow.jobs.test?.steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci', 'npm test']);
    const build = workflow.jobs.build!;
    expect(build.needs).toBe('test');
    expect(workflow.jobs.deploy?.needs).toBe('build');
    expect(build.env?.BASE_PATH).toBe('/${{ github.event.repository.name }}/');
    expect(build.env?.SITE_URL).toMatch(/^https:\/\//);
    const astro = build.steps.find((step) => step.uses?.startsWith('withastro/action@'));
    expect(astro?.uses).toBe('withastro/action@v6');
    expect(String(astro?.with?.['node-version'])).toBe(nodeMajor);
    expect(workflow.jobs.deploy?.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});
