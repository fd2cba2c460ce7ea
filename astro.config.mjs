// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://three-borders.example.org',
  integrations: [mdx()],
  // Duplicate ids in a data file must fail the build, not silently keep the last entry.
  prerenderConflictBehavior: 'error',
  // Shiki writes inline styles, which a strict CSP blocks; we do not highlight code anyway.
  markdown: { syntaxHighlight: false },
  build: { inlineStylesheets: 'auto' },
  i18n: { locales: ['en', 'fr'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  devToolbar: { enabled: false },
});
