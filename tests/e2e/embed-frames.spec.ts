// Embeds hosted on another origin by @newswire/frames (the real client from npm): its Framer
// creating the iframe, its autoInitFrames reading data-frame-src, and its observeIframe taking
// over a frame that has already loaded (it asks with frames-init; the embed answers), at 320,
// 375 and 1000 px. The parent sets the frame's height from the AMP-style embed-size message.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { charts } from '../../src/lib/embed/charts.ts';
import { embedUrl } from '../../src/lib/embed/snippet.ts';
import { expectFitted, framesLoaded, openHost, origins } from './embed-host.ts';

const frames = readFileSync(
  fileURLToPath(new URL('../../node_modules/@newswire/frames/dist/frames.umd.js', import.meta.url)),
  'utf8',
);

async function withFrames(page: Page, baseURL: string, body: string) {
  await page.route(`${origins(baseURL).host}/frames.umd.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: frames }),
  );
  await openHost(page, baseURL, `${body}`);
}

for (const width of [320, 375, 1000]) {
  test.describe(`@newswire/frames at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const chart of charts) {
      test(`a Framer fits ${chart.id}`, async ({ page, baseURL }) => {
        const src = embedUrl(origins(baseURL!).site, chart);
        await withFrames(
          page,
          baseURL!,
          `<div id="box"></div><script src="/frames.umd.js"></script><script>new newswireFrames.Framer(document.getElementById('box'), { src: ${JSON.stringify(src)} });</script>`,
        );
        await expect(page.locator('#box iframe')).toHaveAttribute('scrolling', 'no');
        await expectFitted(page);
      });
    }

    test('autoInitFrames fits every data-frame-src on the page', async ({ page, baseURL }) => {
      const site = origins(baseURL!).site;
      await withFrames(
        page,
        baseURL!,
        `${charts.map((c) => `<div data-frame-src="${embedUrl(site, c)}"></div>`).join('')}<script src="/frames.umd.js"></script><script>newswireFrames.autoInitFrames();</script>`,
      );
      await expect(page.locator('iframe')).toHaveCount(charts.length);
      await expectFitted(page);
    });

    test('observeIframe, started after the embed has loaded, still gets its height', async ({ page, baseURL }) => {
      const src = embedUrl(origins(baseURL!).site, charts[1]!);
      await withFrames(
        page,
        baseURL!,
        `<iframe id="late" src="${src}" width="100%" height="150" frameborder="0"></iframe><script src="/frames.umd.js"></script>`,
      );
      await framesLoaded(page);
      // The embed has reported long before anyone listened: only the frames-init request can fit it.
      await page.waitForTimeout(300);
      expect((await page.locator('#late').boundingBox())!.height).toBe(150);
      await page.evaluate(() =>
        (window as unknown as { newswireFrames: { observeIframe(f: Element): void } }).newswireFrames.observeIframe(
          document.getElementById('late')!,
        ),
      );
      await expectFitted(page);
    });
  });
}
