import { test, expect, type Page } from '@playwright/test';
import { charts } from '../../src/lib/embed/charts.ts';
import { watchPage } from './helpers.ts';

/**
 * Serves a host page that pastes the given snippets, at another origin than the site: the site is
 * on 127.0.0.1, the host page on localhost (Chromium blocks public origins from loading loopback
 * addresses, so the host must be on loopback too).
 */
async function hostPage(page: Page, snippets: string[]) {
  const site = new URL(page.url());
  const host = `http://localhost:${site.port}/host-article`;
  const html = `<!doctype html><html><head><meta name="viewport" content="width=device-width"></head><body style="margin:0;font:16px sans-serif">
    <p>An article on another site.</p>${snippets.join('<p>Between the charts.</p>')}<p>The end.</p></body></html>`;
  await page.route(host, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(host);
  expect(new URL(page.url()).origin).not.toBe(site.origin);
}

/** Each embedded iframe's height against the height of the page inside it. */
async function heights(page: Page) {
  const frames = page.locator('iframe[data-three-borders]');
  const result: { frame: number; content: number }[] = [];
  for (let i = 0; i < (await frames.count()); i++) {
    const frame = (await frames.nth(i).boundingBox())!.height;
    const content = await (await frames.nth(i).elementHandle())!
      .contentFrame()
      .then((f) => f!.evaluate(() => document.documentElement.getBoundingClientRect().height));
    result.push({ frame, content });
  }
  return result;
}

async function expectSized(page: Page) {
  await expect(async () => {
    for (const { frame, content } of await heights(page))
      expect(Math.abs(frame - content) / content).toBeLessThan(0.05);
  }).toPass({ timeout: 10_000 });
}

async function snippetFor(page: Page, id: string) {
  await page.goto('/embed/');
  return page.locator(`#${id}-code`).inputValue();
}

test('a pasted snippet on another origin gets an iframe as tall as its chart, also after a resize', async ({
  page,
}) => {
  const snippet = await snippetFor(page, 'tri-border-map');
  expect(snippet).toContain(`src="${new URL('/embed/tri-border-map/', page.url()).href}"`);
  await page.setViewportSize({ width: 900, height: 800 });
  await hostPage(page, [snippet]);
  await expectSized(page);
  const wide = (await heights(page))[0]!.frame;
  await page.setViewportSize({ width: 360, height: 800 });
  await expectSized(page);
  expect((await heights(page))[0]!.frame).not.toBeCloseTo(wide, 0);
});

test('two embeds on one host page are sized independently', async ({ page }) => {
  const a = await snippetFor(page, 'deaths-by-month');
  const b = await snippetFor(page, 'withdrawal-map');
  await hostPage(page, [a, b.replace(/<script[^>]*><\/script>/, '')]);
  await expectSized(page);
  const [first, second] = await heights(page);
  expect(Math.abs(first!.frame - second!.frame)).toBeGreaterThan(50);
});

test('the loader ignores resize messages that do not come from the embedded chart', async ({ page }) => {
  await hostPage(page, [await snippetFor(page, 'deaths-by-month')]);
  await expectSized(page);
  const before = (await heights(page))[0]!.frame;
  await page.evaluate(() => window.postMessage({ type: 'three-borders:resize', height: 12 }, '*'));
  await page.waitForTimeout(300);
  expect((await heights(page))[0]!.frame).toBe(before);
});

test('without the loader the iframe keeps a sensible aspect ratio', async ({ page }) => {
  const snippet = (await snippetFor(page, 'tri-border-map')).replace(/<script[^>]*><\/script>/, '');
  await page.setViewportSize({ width: 800, height: 800 });
  await hostPage(page, [snippet]);
  const box = (await page.locator('iframe').boundingBox())!;
  expect(box.height / box.width).toBeGreaterThan(0.9);
  expect(box.height / box.width).toBeLessThan(1.2);
});

for (const chart of charts) {
  test(`/embed/${chart.id}/ shows the chart with credit, no site chrome and no console error`, async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto(`/embed/${chart.id}/`);
    await expect(page.locator('h1')).toHaveText(chart.title.en);
    await expect(page.locator('.site-header, .site-footer, nav')).toHaveCount(0);
    await expect(page.locator('.embed-credit').last()).toContainText('Three Borders · Sources:');
    await expect(page.locator('a[href="/"]')).toHaveText('Read the full story');
    await expect(page.locator('svg').first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test(`/embed/${chart.id}/oembed.json is valid oEmbed whose snippet works`, async ({ page, request }) => {
    await page.goto(`/embed/${chart.id}/`);
    const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
    const oembed = await (await request.get(new URL(href!).pathname)).json();
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Three Borders',
      title: chart.title.en,
      width: 640,
    });
    expect(oembed.height).toBeGreaterThan(100);
    // The snippet names the published site; on this preview it must work with the local address.
    const local = (oembed.html as string).replaceAll(new URL(href!).origin, new URL(page.url()).origin);
    await hostPage(page, [local]);
    await expectSized(page);
  });
}

test('embed URL parameters set the map view and the dark theme', async ({ page }) => {
  await page.goto('/embed/tri-border-map/?view=niamey&theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('tb-map')).toHaveAttribute('data-view', 'niamey');
});

for (const chart of charts) {
  test(`/embed/${chart.id}/ has a PNG of the stated size and a valid SVG, used as its social card`, async ({
    page,
    request,
  }) => {
    const png = await (await request.get(`/embed/${chart.id}/chart.png`)).body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([chart.image.width, chart.image.height]);
    const svg = await (await request.get(`/embed/${chart.id}/chart.svg`)).text();
    await page.goto(`/embed/${chart.id}/`);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: [...doc.querySelectorAll('.img-title')].map((t) => t.textContent).join(' '),
      };
    }, svg);
    expect(parsed).toEqual({ error: null, title: chart.title.en });
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      new RegExp(`/embed/${chart.id}/chart\\.png$`),
    );
  });
}

test('the story uses the tri-border map as its social card', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /\/embed\/tri-border-map\/chart\.png$/,
  );
});
