// Shared checks for the end-to-end specs.
import type { Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Collects console errors, page errors and any request that leaves the site's origin. */
export function watchPage(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
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

/** Per-event pages are hundreds of copies of one template: browser checks that run per page (axe,
 * budgets, language) take these events' pages, chosen from the data so the sample holds the
 * extremes (first and latest event, most sources, most claims, longest title). Checks that read
 * files run over builtPages(). */
export function sampledEventIds(): string[] {
  const events = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../data/events.json', import.meta.url)), 'utf8'),
  ) as {
    id: string;
    sources: unknown[];
    casualties?: unknown[];
    text: { en: { title: string } };
  }[];
  const most = (score: (e: (typeof events)[number]) => number) =>
    events.reduce((a, b) => (score(b) > score(a) ? b : a)).id;
  return [
    ...new Set([
      events[0]!.id,
      events.at(-1)!.id,
      most((e) => e.sources.length),
      most((e) => e.casualties?.length ?? 0),
      most((e) => e.text.en.title.length),
    ]),
  ];
}

/** builtPages() with per-event pages limited to sampledEventIds(). */
export function sampledPages(): string[] {
  const keep = new Set(sampledEventIds());
  return builtPages().filter((p) => {
    const event = /\/(?:embed\/event|events)\/([^/]+)\/$/.exec(p)?.[1];
    return event === undefined || keep.has(event);
  });
}
