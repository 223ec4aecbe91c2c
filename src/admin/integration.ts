import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The content admin (Keystatic) at /keystatic, under `astro dev` only: `astro build` never loads React or Keystatic,
 * so dist/ stays fully static. Keystatic's own integration is repeated here (routes, config module) so that its
 * API goes through src/admin/api-route.ts, which keeps unchanged parts of a file as they were.
 */
export function contentAdmin(): AstroIntegration {
  return {
    name: 'content-admin',
    hooks: {
      'astro:config:setup': async ({ command, config, injectRoute, updateConfig }) => {
        if (command !== 'dev') return;
        const { default: react } = await import('@astrojs/react');
        const configModule = new URL('./keystatic.config.ts', import.meta.url).pathname;
        updateConfig({
          integrations: [react()],
          // Keystatic's routes and API have no trailing slash; built pages keep theirs.
          trailingSlash: 'ignore',
          // Keystatic's local mode expects 127.0.0.1 (its default); an explicit --host wins.
          server: config.server.host ? {} : { host: '127.0.0.1' },
          vite: {
            plugins: [
              {
                name: 'keystatic-config',
                resolveId: (id) => (id === 'virtual:keystatic-config' ? configModule : null),
              },
            ],
            // The project and its node_modules, also when node_modules is a link to another checkout's.
            server: {
              fs: { allow: [fileURLToPath(config.root), realpathSync(new URL('./node_modules/', config.root))] },
            },
            optimizeDeps: { entries: [configModule], include: ['@keystatic/astro/ui', '@keystatic/core/ui'] },
          },
        });
        injectRoute({
          entrypoint: '@keystatic/astro/internal/keystatic-astro-page.astro',
          pattern: '/keystatic/[...params]',
          prerender: false,
        });
        injectRoute({
          entrypoint: new URL('./api-route.ts', import.meta.url),
          pattern: '/api/keystatic/[...params]',
          prerender: false,
        });
      },
    },
  };
}
