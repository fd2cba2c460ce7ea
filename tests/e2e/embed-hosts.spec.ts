// Every embed hosted on another origin through every kind of code a CMS uses: our snippet, a
// pym.js parent (the real pym.js 1.3.2 from npm), an AMP-contract host, an Embedly-contract host,
// Datawrapper's listener, a late loader, a redirecting address, a frame without our attribute, and
// a page with no scripts at all; at 320, 375 and 1000 px.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { charts } from '../../src/lib/embed/charts.ts';
import { eventChart } from '../../src/lib/embed/event-chart.ts';
import { embedSnippets, embedUrl } from '../../src/lib/embed/snippet.ts';
import type { ChartSpec } from '../../src/lib/embed/charts.ts';
import { expectFitted, frameHeights, framesLoaded, openHost, origins } from './embed-host.ts';

const events = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as {
  id: string;
  date: string;
  text: { en: { title: string; summary: string }; fr: { title: string; summary: string } };
}[];
const event = eventChart(events.find((e) => e.date >= '2023-07-26')!);
const embeds: ChartSpec[] = [...charts, event];
const widths = [320, 375, 1000];

function codes(baseURL: string, chart: ChartSpec) {
  return embedSnippets(origins(baseURL).site, chart, 'Chart', 'en', 'Show more');
}
const withoutScript = (code: string) => code.replace(/<script[^>]*><\/script>/, '');

for (const width of widths) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const chart of embeds) {
      test(`our snippet fits ${chart.id} exactly`, async ({ page, baseURL }) => {
        await openHost(page, baseURL!, codes(baseURL!, chart).loader);
        await expectFitted(page);
      });
    }

    test('a pym.js parent (pym.js 1.3.2 from npm) gets the height from the embed', async ({ page, baseURL }) => {
      const url = embedUrl(origins(baseURL!).site, charts[0]!);
      await openHost(
        page,
        baseURL!,
        `<div id="box"></div><script src="/pym.v1.js"></script><script>new pym.Parent('box', ${JSON.stringify(url)}, {});</script>`,
      );
      await expect(page.locator('#box iframe')).toHaveAttribute('scrolling', 'no');
      await expectFitted(page);
    });

    test('an AMP-contract host (amp-iframe embed-size) gets the height', async ({ page, baseURL }) => {
      const url = embedUrl(origins(baseURL!).site, charts[3]!);
      // amp-iframe: the frame asks with {sentinel: "amp", type: "embed-size", height}; AMP sets it.
      await openHost(
        page,
        baseURL!,
        `<iframe id="amp" src="${url}" width="100%" height="150" frameborder="0"></iframe><script>
        var f = document.getElementById('amp');
        addEventListener('message', function (e) { if (e.source === f.contentWindow && e.data && e.data.sentinel === 'amp' && e.data.type === 'embed-size') f.height = e.data.height; });
      </script>`,
      );
      await expectFitted(page);
    });

    test('an Embedly/Medium-contract host (iframe.resize) gets the height', async ({ page, baseURL }) => {
      const url = embedUrl(origins(baseURL!).site, charts[1]!);
      // Embedly's platform.js: a JSON string {src, context: "iframe.resize", height}, matched on src.
      await openHost(
        page,
        baseURL!,
        `<iframe class="embedly-embed" src="${url}" width="100%" height="150" frameborder="0"></iframe><script>
        addEventListener('message', function (e) {
          var d; try { d = JSON.parse(e.data); } catch (x) { return; }
          if (!d || d.context !== 'iframe.resize') return;
          document.querySelectorAll('iframe').forEach(function (f) { if (f.src === d.src) f.height = d.height; });
        });
      </script>`,
      );
      await expectFitted(page);
    });

    test("a host with Datawrapper's listener gets the height", async ({ page, baseURL }) => {
      const url = embedUrl(origins(baseURL!).site, event);
      // Datawrapper's published embed listener (embed code "responsive iframe").
      await openHost(
        page,
        baseURL!,
        `<iframe src="${url}" width="100%" height="150" frameborder="0"></iframe><script>
        window.addEventListener('message', function (a) { if (void 0 !== a.data['datawrapper-height']) { var e = document.querySelectorAll('iframe'); for (var t in a.data['datawrapper-height']) for (var r = 0; r < e.length; r++) if (e[r].contentWindow === a.source) e[r].style.height = a.data['datawrapper-height'][t] + 'px'; } });
      </script>`,
      );
      await expectFitted(page);
    });

    test('a loader that arrives after the embeds have reported still sizes them', async ({ page, baseURL }) => {
      const code = codes(baseURL!, charts[0]!).loader;
      await openHost(page, baseURL!, withoutScript(code) + withoutScript(codes(baseURL!, charts[3]!).loader));
      await framesLoaded(page);
      await page.waitForTimeout(500);
      const before = await frameHeights(page);
      expect(before.some(({ frame, content }) => Math.abs(frame - content) > 2)).toBe(true);
      await page.addScriptTag({ url: `${origins(baseURL!).site}/embed.js` });
      await expectFitted(page);
    });

    test('an embed address that redirects to the site still gets sized', async ({ page, baseURL }) => {
      const { host, site } = origins(baseURL!);
      await page.route(`${host}/go/tri-border-map`, (route) =>
        route.fulfill({ status: 302, headers: { location: `${site}/embed/tri-border-map/` } }),
      );
      const code = codes(baseURL!, charts[0]!).loader.replace(
        `${site}/embed/tri-border-map/`,
        `${host}/go/tri-border-map`,
      );
      await openHost(page, baseURL!, code);
      await expect.poll(() => page.frames()[1]?.url()).toBe(`${site}/embed/tri-border-map/`);
      await expectFitted(page);
    });

    test('a frame whose data-three-borders attribute the CMS stripped still gets sized', async ({ page, baseURL }) => {
      await openHost(page, baseURL!, codes(baseURL!, charts[2]!).loader.replace(' data-three-borders', ''));
      await expect(page.locator('iframe[data-three-borders]')).toHaveCount(0);
      await expectFitted(page);
    });
  });
}

// Without any script on the host and with styles stripped (WordPress for non-administrators, the
// oEmbed path), the iframe's own height attribute must show the title, the chart and the credit
// line with no inner scroll on a phone.
for (const width of [320, 375]) {
  for (const chart of embeds) {
    test(`with no script and no style, ${chart.id} reads at ${width} px with no inner scroll`, async ({
      page,
      baseURL,
    }) => {
      // A screen tall enough for the whole frame: the check is the frame's own scroll, not the host's.
      await page.setViewportSize({ width, height: chart.phoneHeight + 300 });
      await openHost(page, baseURL!, codes(baseURL!, chart).iframe);
      await framesLoaded(page);
      const { frame, scroll } = (await frameHeights(page))[0]!;
      expect(frame).toBe(chart.phoneHeight);
      expect(
        scroll,
        `${chart.id} needs ${scroll} px at ${width} px; phoneHeight is ${chart.phoneHeight}`,
      ).toBeLessThanOrEqual(frame);
      const inner = page.frames()[1]!;
      await expect(inner.locator('.embed-credit').last()).toBeInViewport({ ratio: 1 });
    });
  }
}

test('the image link for pages that allow no iframe shows the 1x and 2x PNGs', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openHost(page, baseURL!, codes(baseURL!, charts[0]!).image);
  const img = page.locator('a > img');
  await expect(img).toHaveJSProperty('complete', true);
  expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThanOrEqual(charts[0]!.image.width);
  expect((await img.boundingBox())!.width).toBeLessThanOrEqual(375);
  expect(await page.locator('a').getAttribute('href')).toBe(embedUrl(origins(baseURL!).site, charts[0]!));
});

/** A host with our embed and loader; returns the embed's height once sized. */
async function sizedHost(page: Page, baseURL: string, extra = '') {
  await openHost(page, baseURL, codes(baseURL, charts[3]!).loader + extra);
  await expect(async () => {
    const { frame, content } = (await frameHeights(page))[0]!;
    expect(Math.abs(frame - content)).toBeLessThanOrEqual(2);
  }).toPass({ timeout: 10_000 });
  return (await frameHeights(page))[0]!.frame;
}

test('the loader ignores a resize forged by the host window', async ({ page, baseURL }) => {
  const before = await sizedHost(page, baseURL!);
  await page.evaluate(() => window.postMessage({ type: 'three-borders:resize', height: 12 }, '*'));
  await page.waitForTimeout(300);
  expect((await frameHeights(page))[0]!.frame).toBe(before);
});

test('the loader ignores a resize forged by a frame of another origin', async ({ page, baseURL }) => {
  await page.route('http://forger.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<script>
    // Posts as our embed would, naming the chart, and keeps trying.
    setInterval(function () { parent.postMessage({ type: 'three-borders:resize', chart: 'deaths-by-month', height: 12 }, '*'); }, 50);
  </script>`,
    }),
  );
  const before = await sizedHost(
    page,
    baseURL!,
    `<iframe src="http://forger.test/embed/deaths-by-month/" style="border:0"></iframe>`,
  );
  await page.waitForTimeout(500);
  const [ours, forger] = await frameHeights(page);
  expect(ours!.frame).toBe(before);
  expect(forger!.frame).toBe(150);
});

test('the loader ignores a frame of ours navigated to another origin', async ({ page, baseURL }) => {
  await page.route('http://forger.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<script>
    setInterval(function () { parent.postMessage({ type: 'three-borders:resize', chart: 'deaths-by-month', height: 12 }, '*'); }, 50);
  </script>`,
    }),
  );
  const before = await sizedHost(page, baseURL!);
  expect(before).toBeGreaterThan(100);
  // The host can navigate its frame; the page now in it is not ours, whatever it posts.
  await page.evaluate(() => {
    document.querySelector('iframe')!.contentWindow!.location.href = 'http://forger.test/evil';
  });
  await expect.poll(() => page.frames()[1]?.url()).toBe('http://forger.test/evil');
  await page.waitForTimeout(500);
  expect((await page.locator('iframe').boundingBox())!.height).toBe(before);
});

test('the loader ignores absurd heights, even from our own origin', async ({ page, baseURL }) => {
  const { site } = origins(baseURL!);
  await page.route(`${site}/embed/absurd/`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<script>
    setInterval(function () { parent.postMessage({ type: 'three-borders:resize', height: 9e9 }, '*'); }, 50);
  </script>`,
    }),
  );
  await openHost(
    page,
    baseURL!,
    `<iframe src="${site}/embed/absurd/" data-three-borders width="300" height="150" style="border:0"></iframe><script src="${site}/embed.js"></script>`,
  );
  await page.waitForTimeout(600);
  expect((await page.locator('iframe').boundingBox())!.height).toBe(150);
});
