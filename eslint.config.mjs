// ESLint for every TypeScript, JavaScript and Astro file, as Starlight configures it: the recommended rules of ESLint,
// typescript-eslint and eslint-plugin-astro. Formatting is Prettier's (package.json "prettier"), not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.wrangler/', 'test-results/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  // Pages and components run at build time in Node, browser scripts in the browser, tests and tools in Node.
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
