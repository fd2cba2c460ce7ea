// One lint configuration for TypeScript, Astro components and the few JavaScript files: the
// recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, with each departure
// given its reason. Formatting is Prettier's (npm run format), not the linter's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'bench-results/',
    '.tools/',
    'data/',
    'tests/golden/*.svg',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
