// Inside the frame: no link navigates it, light unless asked, bad URL parameters keep the default
// with a note, a skip link past the map and only visible markers on the keyboard path, oEmbed
// discovery, and every SVG download rendering under the production headers.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { charts } from '../../src/lib/embed/charts.ts';
import { palette } from '../../src/lib/images/palette.ts';
import { withProductionHeaders } from './production-headers.ts';
import { embedSnippet } from '../../src/lib/embed/snippet.ts';
import { openHost, origins, expectFitted } from './embed-host.ts';

const events = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as {
  id: string;
  date: string;
}[];
const sampleEvents = [events[0]!.id, events.find((e) => e.date >= '2023-07-26')!.id, events.at(-1)!.id];
const embedPaths = [...charts.map((c) => `/embed/${c.id}/`), ...sampleEvents.map((id) => `/embed/event/${id}/`)];

for (const path of [...embedPaths, ...embedPaths.slice(0, 1).map((p) => `/fr${p}`)]) {
  test(`no link on ${path} navigates its frame`, async ({ page }) => {
    await page.goto(path);
    const links = await page.locator('a[href]').evaluateAll((as) => {
      const base = document.querySelector('base')?.getAttribute('target') ?? '';
      return as.map((a) => ({
        href: a.getAttribute('href')!,
        target: a.getAttribute('target') ?? (a instanceof HTMLAnchorElement ? base : ''),
        svg: !(a instanceof HTMLAnchorElement),
        rel: a.getAttribute('rel') ?? '',
      }));
    });
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      if (link.target === '_self') expect(link.href, 'only in-page links stay in the frame').toMatch(/^#/);
      else expect(['_blank', '_top'], `${link.href} opens in ${link.target || 'the frame'}`).toContain(link.target);
      if (link.svg && link.target === '_blank') expect(link.rel).toContain('noopener');
    }
  });
}

test('pressing a marker or a source in a hosted map opens a new tab and leaves the frame where it was', async ({
  page,
  baseURL,
  context,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const { site } = origins(baseURL!);
  await openHost(page, baseURL!, embedSnippet(site, charts[0]!, 'Map'));
  await expectFitted(page);
  const frame = page.frameLocator('iframe');
  const marker = frame.locator('a.marker:not(.is-off):not([tabindex="-1"])').first();
  await marker.focus();
  const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
  await popup.waitForLoadState();
  expect(popup.url()).toMatch(/\/events\/[^/]+\/$/);
  await expect(popup.locator('h1')).toBeVisible();
  expect(page.frames()[1]!.url()).toBe(`${site}/embed/tri-border-map/`);
  // With the mouse too (markers overlap: whichever is on top opens).
  const box = (await marker.boundingBox())!;
  const [second] = await Promise.all([
    context.waitForEvent('page'),
    page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
  ]);
  expect(second.url()).toMatch(/\/events\/[^/]+\/$/);
  expect(page.frames()[1]!.url()).toBe(`${site}/embed/tri-border-map/`);
  // The story link replaces the host article, as a reader expects, instead of loading in the frame.
  await Promise.all([page.waitForURL(`${site}/`), frame.locator('a[target="_top"]').first().click()]);
});

test('an embed is light by default even for a reader in dark mode; dark and auto on request', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.goto('/embed/deaths-by-month/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(251, 250, 247)');
  await page.goto('/embed/deaths-by-month/?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(21, 23, 26)');
  await page.goto('/embed/deaths-by-month/?theme=auto');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await background()).toBe('rgb(21, 23, 26)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(251, 250, 247)');
});

async function shownMarkers(page: Page) {
  return page.locator('tb-map a.marker:not(.is-off)').count();
}

for (const [query, problem] of [
  ['from=2023-02-30&to=2023-09-01', 'date'],
  ['from=2023-12-01&to=2023-08-01', 'reversed'],
  ['from=2031-01-01&to=2031-02-01', 'outside'],
  ['view=atlantis', 'view'],
] as const) {
  test(`?${query} keeps the map's default and says why`, async ({ page }) => {
    await page.goto('/embed/tri-border-map/');
    const normal = await shownMarkers(page);
    expect(normal).toBeGreaterThan(5);
    await expect(page.locator('.embed-param-note:visible')).toHaveCount(0);
    await page.goto(`/embed/tri-border-map/?${query}`);
    await expect(page.locator(`.embed-param-note[data-problem="${problem}"]`)).toBeVisible();
    await expect(page.locator('.embed-param-note:visible')).toHaveCount(1);
    expect(await shownMarkers(page)).toBe(normal);
  });
}

test('a valid ?from/?to still narrows the map, with no note', async ({ page }) => {
  await page.goto('/embed/tri-border-map/');
  const normal = await shownMarkers(page);
  await page.goto('/embed/tri-border-map/?from=2023-07-26&to=2023-08-31');
  await expect.poll(() => shownMarkers(page)).toBeLessThan(normal);
  expect(await shownMarkers(page)).toBeGreaterThan(0);
  await expect(page.locator('.embed-param-note:visible')).toHaveCount(0);
});

test('keyboard: a skip link jumps past the map, and only markers inside the visible map take focus', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/embed/tri-border-map/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.embed-skip');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(
      () => document.activeElement?.closest('tb-map') === null && document.activeElement !== document.body,
    ),
  ).toBe(true);
  const markers = await page.locator('tb-map a.marker:not(.is-off)').evaluateAll((as) => {
    const box = as[0]!.closest('svg')!.getBoundingClientRect();
    return as.map((a) => {
      const r = a.getBoundingClientRect();
      return {
        inside: r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom,
        focusable: a.getAttribute('tabindex') !== '-1',
      };
    });
  });
  expect(
    markers.some((m) => !m.inside),
    'the tri-border view leaves some markers outside',
  ).toBe(true);
  for (const m of markers) expect(m.focusable).toBe(m.inside);
});

test('oEmbed discovery on the story, /embed/, chart and event pages, and CORS on the documents', async ({
  page,
  baseURL,
}) => {
  for (const path of [
    '/',
    '/fr/',
    '/embed/',
    `/events/${sampleEvents[1]}/`,
    `/fr/events/${sampleEvents[1]}/`,
    `/embed/event/${sampleEvents[1]}/`,
    '/embed/coup-timeline/',
  ]) {
    await page.goto(path);
    const hrefs = await page
      .locator('link[type="application/json+oembed"]')
      .evaluateAll((ls) => ls.map((l) => l.getAttribute('href')!));
    expect(hrefs.length, path).toBeGreaterThan(0);
    for (const href of hrefs) {
      const response = await page.request.get(new URL(href).pathname);
      expect(response.ok(), href).toBe(true);
      expect((await response.json()).version).toBe('1.0');
    }
  }
  // A browser-side consumer on another origin reads the document when the host sends public/_headers.
  await withProductionHeaders(page);
  const { site } = origins(baseURL!);
  await openHost(page, baseURL!, '<p>consumer</p>');
  const title = await page.evaluate(
    (url) =>
      fetch(url)
        .then((r) => r.json())
        .then((j) => j.title),
    `${site}/embed/event/${sampleEvents[1]}/oembed.json`,
  );
  expect(title.length).toBeGreaterThan(5);
});

for (const path of [
  ...charts.flatMap((c) => [`/embed/${c.id}/chart.svg`, `/fr/embed/${c.id}/chart.svg`]),
  ...sampleEvents.map((id) => `/embed/event/${id}/chart.svg`),
]) {
  test(`${path} renders under the production headers`, async ({ page }) => {
    const violations = await withProductionHeaders(page);
    const response = await page.goto(path);
    expect(response!.headers()['content-security-policy']).toContain("style-src 'self'");
    // Without its colours the background would be the default black fill.
    const fill = await page.evaluate(() => getComputedStyle(document.querySelector('svg > rect')!).fill);
    expect(fill).toBe(`rgb(${[1, 3, 5].map((i) => parseInt(palette.paper.slice(i, i + 2), 16)).join(', ')})`);
    const title = await page.evaluate(() => getComputedStyle(document.querySelector('svg > text')!).fontWeight);
    expect(Number(title)).toBeGreaterThanOrEqual(700);
    expect(violations).toEqual([]);
  });
}
