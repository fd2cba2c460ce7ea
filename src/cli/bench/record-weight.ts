// Loads a page in a browser and records every same-origin resource the page itself fetches
// (not the documents in its iframes, which are pages of their own), with its size raw and
// gzipped (level 9, computed here, so the figures do not depend on the server).
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { assetType, type Resource } from '../../lib/perf/page-weight.ts';

export async function recordResources(page: Page, url: string): Promise<Resource[]> {
  const origin = new URL(url).origin;
  const pending: Promise<Resource | undefined>[] = [];
  let last = Date.now();
  const onResponse = (response: Response) => {
    if (!response.url().startsWith(origin) || response.status() >= 300) return;
    if (response.request().frame() !== page.mainFrame()) return;
    last = Date.now();
    pending.push(
      response.body().then(
        (body) => ({
          url: response.url(),
          type: assetType(response.url(), response.headers()['content-type']),
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
        }),
        () => undefined,
      ),
    );
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'load' });
  // Scripts may load more after `load`: wait for half a second without a new response (at most 10 s).
  for (const start = Date.now(); Date.now() - last < 500 && Date.now() - start < 10_000;)
    await page.waitForTimeout(100);
  page.off('response', onResponse);
  return (await Promise.all(pending)).filter((r): r is Resource => r !== undefined);
}
