import { test, expect } from '@playwright/test';
import { watchPage } from './helpers.ts';

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
  await expect(page.locator('#all-events tbody tr:not([hidden])').first()).toHaveAttribute('data-kind', 'attack-on-soldiers');
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
  const hrefs = await page.locator('a[href^="/data/#"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
  expect(hrefs.length).toBeGreaterThan(50);
  await page.goto('/data/');
  const rowIds = new Set(await page.locator('#all-events tbody tr').evaluateAll((rows) => rows.map((r) => r.id)));
  const missing = hrefs.map((h) => decodeURIComponent(h.split('#')[1]!)).filter((id) => !rowIds.has(id));
  expect(missing).toEqual([]);
});
