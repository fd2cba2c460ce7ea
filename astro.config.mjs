// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentGuard } from './src/lib/mdx/content-guard.ts';
import { cspDirectives } from './src/lib/security/headers.ts';
import { astroI18n } from './src/lib/i18n/astro-i18n.ts';

export default defineConfig({
  site: 'https://three-borders.example.org',
  integrations: [mdx()],
  // Duplicate ids in a data file must fail the build, not silently keep the last entry.
  prerenderConflictBehavior: 'error',
  // Shiki writes inline styles, which a strict CSP blocks; we do not highlight code anyway.
  // contentGuard fails the build on raw scripts, event handlers, unknown components and repeated
  // steps in content, naming the .mdx file and line (src/lib/mdx/content-rules.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [contentGuard] }) },
  // Every script and stylesheet is a file of its own, served from this site: the same strict
  // policy (script-src 'self', style-src 'self') then holds in the <meta> Astro writes and in the
  // HTTP headers of any host (public/_headers, nginx), and hashed files cache for a year.
  // Policy and headers: src/lib/security/headers.ts.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  // Astro adds script-src and style-src with the hashes of every script and stylesheet.
  security: { csp: { directives: [...cspDirectives] } },
  // The editions, from src/lib/i18n/editions.ts: the default one at the root, the others under /<code>/.
  i18n: astroI18n(),
  devToolbar: { enabled: false },
});
