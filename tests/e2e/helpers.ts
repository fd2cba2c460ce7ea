// Shared checks for the end-to-end specs.
import type { Page } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Collects console errors, page errors and any request that leaves the site's origin. */
export function watchPage(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`request to another origin: ${url}`);
  });
  return problems;
}

/** Attributes of every story step, in order. */
export async function stepsOf(page: Page) {
  return page.locator('.step').evaluateAll((steps) => steps.map((s) => ({ ...(s as HTMLElement).dataset })));
}

/** Every HTML page of the build, as site paths ("/", "/fr/data/"), read from dist/. */
export function builtPages(): string[] {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${f.replace(/\\/g, '/').replace(/index\.html$/, '')}`)
    .sort();
}
