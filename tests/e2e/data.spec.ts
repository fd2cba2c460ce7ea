import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { watchPage } from './helpers.ts';
import { headlineKilled } from '../../src/lib/events/claims.ts';
import type { CasualtyGroup } from '../../src/schema/event.ts';

test('the data page lists every event, complete without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/data/');
  const json = await (await page.request.get('/data/events.json')).json();
  await expect(page.locator('#all-events tbody tr')).toHaveCount(json.events.length);
  await expect(page.locator('tb-event-filter')).toBeHidden();
  await context.close();
});

test('the data page filters by kind and text, and sorts by date', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await page.goto('/data/');
  const rows = page.locator('#all-events tbody tr');
  const total = await rows.count();
  await page.getByLabel('Kind').selectOption('attack-on-soldiers');
  const soldiers = await page.locator('#all-events tbody tr:not([hidden])').count();
  expect(soldiers).toBeGreaterThan(0);
  expect(soldiers).toBeLessThan(total);
  await expect(page.locator('#all-events tbody tr:not([hidden])').first()).toHaveAttribute(
    'data-kind',
    'attack-on-soldiers',
  );
  await expect(page.locator('[data-count]')).toHaveText(`${soldiers} of ${total} events shown`);
  await page.getByLabel('Kind').selectOption('');
  await page.getByLabel('Search').fill('Téguey');
  await expect(page.locator('#all-events tbody tr:not([hidden])').first()).toContainText('Téguey');
  await page.getByLabel('Search').fill('');
  await page.getByRole('button', { name: 'Date' }).click(); // ascending
  await page.getByRole('button', { name: 'Date' }).click(); // descending
  const first = await rows.first().getAttribute('data-date');
  const last = await rows.last().getAttribute('data-date');
  expect(first! >= last!).toBe(true);
  expect(problems).toEqual([]);
});

test("the data page search folds accents and case, and finds other spellings and the other edition's text", async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, baseURL!);
  const shown = page.locator('#all-events tbody tr:not([hidden])');
  const search = async (path: string, label: string, query: string) => {
    if (page.url() !== new URL(path, baseURL).href) await page.goto(path);
    await page.getByLabel(label).fill(query);
    return shown.evaluateAll((rows) => rows.map((r) => r.id));
  };
  const teguey = '2024-03-20-teguey-bankilare-ambush';
  expect(await search('/data/', 'Search', 'TEGUEY')).toContain(teguey);
  expect(await search('/data/', 'Search', 'teguey embuscade'), 'the French title, from the English edition').toContain(
    teguey,
  );
  expect(await search('/data/', 'Search', 'teguey niamey-airport-nowhere')).toEqual([]);
  const baniBangou = dataset.filter((e) => e.place === 'banibangou').map((e) => e.id);
  expect(baniBangou.length).toBeGreaterThan(0);
  expect(await search('/data/', 'Search', 'Bani Bangou'), "a place's other spelling (alt_names)").toEqual(
    expect.arrayContaining(baniBangou),
  );
  expect(
    await search('/fr/data/', 'Rechercher', 'Teguey ambush'),
    'the English title, from the French edition',
  ).toContain(teguey);
  expect(problems).toEqual([]);
});

test('the data page sorts casualty figures as numbers, in each edition', async ({ page }) => {
  for (const [path, column] of [
    ['/data/', 'Reported casualties'],
    ['/fr/data/', 'Bilans publiés'],
  ] as const) {
    await page.goto(path);
    await page.getByRole('button', { name: column }).click(); // ascending
    const leading = await page
      .locator('#all-events tbody tr td:nth-child(4)')
      .evaluateAll((cells) => cells.map((c) => c.textContent!.trim()));
    const figures = leading
      .map((t) => /^\d[\d\s\u202f\u00a0,.]*/.exec(t)?.[0].replace(/\D/g, ''))
      .filter((n) => n !== undefined)
      .map(Number);
    expect(figures.length, path).toBeGreaterThan(20);
    expect(figures, `${path}: figures ascending by value (9 before 23)`).toEqual([...figures].sort((a, b) => a - b));
    expect(leading.at(-1), `${path}: events without figures last`).toBe('—');
  }
});

test('downloads hold exactly the dataset events', async ({ request }) => {
  const json = await (await request.get('/data/events.json')).json();
  const geo = await (await request.get('/data/events.geojson')).json();
  const csv = await (await request.get('/data/events.csv')).text();
  const ids = json.events.map((e: { id: string }) => e.id);
  expect(geo.features.map((f: { id: string }) => f.id)).toEqual(ids);
  expect(csv.split('\r\n')[0]).toMatch(/^id,date,/);
  for (const id of ids) expect(csv).toContain(`\r\n${id},`);
  expect(json.licence).toBe('CC BY 4.0');
});

test('every marker and timeline link into the dataset resolves to a row', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page
    .locator('a[href^="/data/#"]')
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
  expect(hrefs.length).toBeGreaterThan(50);
  await page.goto('/data/');
  const rowIds = new Set(await page.locator('#all-events tbody tr').evaluateAll((rows) => rows.map((r) => r.id)));
  const missing = hrefs.map((h) => decodeURIComponent(h.split('#')[1]!)).filter((id) => !rowIds.has(id));
  expect(missing).toEqual([]);
});

// The built site against the dataset itself (issue 14): a build that drops, duplicates or alters
// an event, or a counted figure, fails here, whatever the pages and downloads say about each other.
const dataset: RawEvent[] = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'));
const gazetteer: { id: string; lat: number; lon: number }[] = JSON.parse(
  readFileSync(new URL('../../data/places.json', import.meta.url), 'utf8'),
);
type RawEvent = {
  id: string;
  date: string;
  place: string;
  casualties?: { group: CasualtyGroup; killed?: number }[];
  sources: { url: string }[];
};
const groups = ['soldiers', 'civilians', 'militants'] as const;
/** The headline (counted) figure of a group, as the site defines it, or undefined when none is given. */
const counted = (e: RawEvent, g: CasualtyGroup) =>
  (e.casualties ?? []).some((c) => c.group === g && c.killed !== undefined)
    ? headlineKilled({ casualties: (e.casualties ?? []) as never }, g)
    : undefined;
const digits = (text: string) => text.replace(/(\d)[\s,.\u202f\u00a0](?=\d{3}\b)/g, '$1');

test('the downloads hold every event of data/events.json, once, with its counted figures and sources', async ({
  request,
}) => {
  const json = await (await request.get('/data/events.json')).json();
  const geo = await (await request.get('/data/events.geojson')).json();
  const csv = csvParse((await (await request.get('/data/events.csv')).text()).trimEnd());
  const ids = dataset.map((e) => e.id).sort();
  expect(json.events.map((e: RawEvent) => e.id).sort()).toEqual(ids);
  expect(geo.features.map((f: { id: string }) => f.id).sort()).toEqual(ids);
  expect(csv.map((r) => r.id).sort()).toEqual(ids);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const jsonById = byId<RawEvent>(json.events);
  const geoById = byId<{ id: string; geometry: { coordinates: number[] }; properties: RawEvent }>(geo.features);
  const csvById = byId(csv as unknown as (Record<string, string> & { id: string })[]);
  const places = byId(gazetteer);
  for (const e of dataset) {
    for (const g of groups) {
      expect(counted(jsonById.get(e.id)!, g), `${e.id} ${g} in events.json`).toBe(counted(e, g));
      expect(counted(geoById.get(e.id)!.properties, g), `${e.id} ${g} in events.geojson`).toBe(counted(e, g));
    }
    const row = csvById.get(e.id)!;
    expect(
      [row.date, row.soldiers_killed, row.civilians_killed, row.militants_killed_claimed],
      `${e.id} in events.csv`,
    ).toEqual([e.date, ...groups.map((g) => String(counted(e, g) ?? ''))]);
    expect(row.source_urls, `${e.id} sources in events.csv`).toBe(e.sources.map((s) => s.url).join(' | '));
    expect(jsonById.get(e.id)!.sources.map((s) => s.url)).toEqual(e.sources.map((s) => s.url));
    const place = places.get(e.place)!;
    expect(geoById.get(e.id)!.geometry.coordinates, `${e.id} position`).toEqual([place.lon, place.lat]);
  }
});

for (const path of ['/data/', '/fr/data/']) {
  test(`${path} shows every event of data/events.json with its counted figures`, async ({ page }) => {
    await page.goto(path);
    const rows = await page.locator('#all-events tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.id,
        date: tr.getAttribute('data-date'),
        claims: Object.fromEntries(
          ['soldiers', 'civilians', 'militants'].map((g) => [
            g,
            tr.querySelector(`li.claim-${g}`)?.textContent ?? null,
          ]),
        ),
      })),
    );
    expect(rows.map((r) => r.id).sort()).toEqual(dataset.map((e) => e.id).sort());
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const e of dataset) {
      const row = byId.get(e.id)!;
      expect(row.date, e.id).toBe(e.date);
      for (const g of groups) {
        const figure = counted(e, g);
        if (figure === undefined) continue;
        expect(digits(row.claims[g] ?? ''), `${path}#${e.id}: first ${g} claim`).toMatch(
          new RegExp(`(^|\\D)${figure}(\\D|$)`),
        );
      }
    }
  });
}
