// Host pages for the embed specs: an article on another origin than the site (the site is on
// 127.0.0.1, hosts on localhost; Chromium lets loopback frame loopback only when both are loopback),
// pasting embed code as a CMS would, with the clients newsroom CMSs use.
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pym = readFileSync(fileURLToPath(new URL('../../node_modules/pym.js/dist/pym.v1.js', import.meta.url)), 'utf8');

/** The site's and the host's origins for the test's baseURL. */
export function origins(baseURL: string) {
  const site = new URL(baseURL);
  return { site: site.origin, host: `http://localhost:${site.port}` };
}

/** Serves `body` as the host article at localhost and opens it; the host also serves pym.js. */
export async function openHost(page: Page, baseURL: string, body: string, path = '/host-article') {
  const { host, site } = origins(baseURL);
  const html = `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host article</title></head><body style="margin:0;font:16px sans-serif">
    <p>An article on another site.</p>${body}<p>The end.</p></body></html>`;
  await page.route(`${host}${path}`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.route(`${host}/pym.v1.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: pym }));
  await page.goto(`${host}${path}`);
  expect(new URL(page.url()).origin).not.toBe(site);
}

/** Each iframe's height and the height of the page inside it. */
export async function frameHeights(page: Page) {
  const frames = page.locator('iframe');
  const result: { frame: number; content: number; scroll: number }[] = [];
  for (let i = 0; i < (await frames.count()); i++) {
    const frame = (await frames.nth(i).boundingBox())!.height;
    const inner = (await (await frames.nth(i).elementHandle())!.contentFrame())!;
    const { content, scroll } = await inner.evaluate(() => ({
      content: document.documentElement.getBoundingClientRect().height,
      scroll: document.documentElement.scrollHeight,
    }));
    result.push({ frame, content, scroll });
  }
  return result;
}

/** Every iframe on the page ends up within 2 px of its content's height. */
export async function expectFitted(page: Page, timeout = 10_000) {
  await expect(async () => {
    const heights = await frameHeights(page);
    expect(heights.length).toBeGreaterThan(0);
    for (const { frame, content } of heights) expect(Math.abs(frame - content)).toBeLessThanOrEqual(2);
  }).toPass({ timeout });
}

/** Waits until every iframe's embed page has loaded (its script ran). */
export async function framesLoaded(page: Page) {
  await expect(async () => {
    for (const frame of page.frames().slice(1))
      expect(await frame.evaluate(() => document.readyState)).toBe('complete');
    expect(page.frames().length).toBeGreaterThan(1);
  }).toPass({ timeout: 10_000 });
}
