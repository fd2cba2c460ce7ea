// Corrections and provenance in the built site: Atom feeds that parse, feed links on every page,
// the counting rule shown where figures are listed, and the dataset's last check in the byline.
import { test, expect } from '@playwright/test';
import { builtPages } from './helpers.ts';

const feeds = ['/corrections.xml', '/fr/corrections.xml', '/updates.xml', '/fr/updates.xml'];

for (const path of feeds) {
  test(`${path} is well-formed Atom with an entry per record`, async ({ page, request }) => {
    const response = await request.get(path);
    expect(response.ok()).toBe(true);
    const xml = await response.text();
    await page.goto('/');
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
      const root = doc.documentElement;
      const entries = [...doc.getElementsByTagNameNS(atom, 'entry')];
      const stamp = (el: Element | null | undefined) => el?.textContent ?? '';
      return {
        error,
        root: `${root.namespaceURI} ${root.localName}`,
        lang: root.getAttribute('xml:lang'),
        updated: stamp(doc.querySelector('feed > updated')),
        self: doc.querySelector('feed > link[rel="self"]')?.getAttribute('href'),
        entries: entries.map((e) => ({
          id: stamp(e.getElementsByTagNameNS(atom, 'id')[0]),
          title: stamp(e.getElementsByTagNameNS(atom, 'title')[0]),
          updated: stamp(e.getElementsByTagNameNS(atom, 'updated')[0]),
        })),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.lang).toBe(path.startsWith('/fr/') ? 'fr' : 'en');
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(new URL(feed.self!).pathname).toBe(path);
    const data = await (await request.get('/data/events.json')).json();
    expect(feed.entries.length).toBe(
      path.includes('updates')
        ? data.events.length
        : ((await (await request.get(path.replace('.xml', '/'))).text()).match(/<li id=/g)?.length ?? 0),
    );
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
    for (const e of feed.entries) expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });
}

test('every page links the corrections and updates feeds of its edition', async ({ request }) => {
  for (const path of builtPages()) {
    const html = await (await request.get(path)).text();
    const links = [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml" href="([^"]+)"/g)].map(
      (m) => m[1],
    );
    const prefix = path.startsWith('/fr/') ? '/fr' : '';
    expect(links, path).toEqual([`${prefix}/corrections.xml`, `${prefix}/updates.xml`]);
  }
});

test('the data page marks the counted claim and links a possible double report', async ({ page }) => {
  await page.goto('/data/');
  const chatoumane = page.locator('[id="2024-12-10-chatoumane-attack"]');
  await expect(chatoumane.locator('.claim.is-counted')).toHaveCount(2);
  await expect(chatoumane.locator('.claim-status.muted').first()).toContainText('no identified source');
  await expect(chatoumane.locator('.claim-incident')).toContainText('counted once in totals');
  await expect(page.locator('[id="2023-08-15-koutougou-ambush"] .place-note')).toContainText(
    'The marker is about 52 km from where it happened.',
  );
});

test('the story byline says when the dataset was last checked, and the chart what it counts', async ({ page }) => {
  for (const [path, words, chart] of [
    ['/', 'dataset last checked against its sources:', 'not all the deaths of the war'],
    ['/fr/', 'base vérifiée auprès de ses sources le', 'pas tous les morts de la guerre'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('.byline')).toContainText(words);
    await expect(page.locator('.byline time[data-checked]')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('#deaths > p').first()).toContainText(chart);
    await expect(page.locator('#deaths .acled-comparison tbody tr')).not.toHaveCount(0);
  }
});

test('the methodology shows the source-quality table in both editions', async ({ page }) => {
  for (const path of ['/methodology/', '/fr/methodology/']) {
    await page.goto(path);
    await expect(page.locator('table.source-quality tbody tr')).toHaveCount(4);
    const total = Number((await page.locator('table.source-quality tfoot td').first().innerText()).replace(/\D/g, ''));
    const json = await (await page.request.get('/data/events.json')).json();
    expect(total).toBe(json.events.flatMap((e: { sources: unknown[] }) => e.sources).length);
  }
});

test('a source without a recorded headline is marked as such in both editions, never by a bracketed note', async ({
  page,
  request,
}) => {
  for (const [path, missing, fromUrl] of [
    ['/data/', '(headline not recorded)', '(headline taken from the page address)'],
    ['/fr/data/', '(titre non relevé)', '(titre tiré de l’adresse de la page)'],
  ] as const) {
    await page.goto(path);
    const bossiye = page
      .locator('[id="2026-01-18-bossiye-massacre"] .sources li')
      .filter({ has: page.locator('a[href="https://fr.allafrica.com/stories/202601210248.html"]') });
    await expect(bossiye.locator('.headline-note')).toHaveText(missing);
    await expect(bossiye.locator('a')).toHaveText('Au moins 31 morts dans l’attaque du village de Bossiyet');
    const accord = page.locator('[id="2024-03-16-niger-revokes-us-military-accord"] .sources .headline-note');
    await expect(accord.first()).toHaveText(fromUrl);
    expect(await page.locator('.sources').allInnerTexts()).not.toContainEqual(expect.stringContaining('[headline'));
  }
  for (const path of builtPages())
    expect((await (await request.get(path)).text()).includes('[headline'), path).toBe(false);
});
