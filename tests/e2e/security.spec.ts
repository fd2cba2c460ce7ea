// The strict Content-Security-Policy: every page carries it, nothing inline needs an exception,
// and the pages still work when a host sends the policy of public/_headers as an HTTP header.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages } from './helpers.ts';
import { headerRules, patternMatches } from '../../src/lib/security/headers.ts';
import { withProductionHeaders } from './production-headers.ts';

const pages = builtPages();

function html(path: string): string {
  return readFileSync(new URL(`../../dist${path}index.html`, import.meta.url), 'utf8');
}

test('every page has a CSP meta with no unsafe-inline, and nothing inline for it to allow', () => {
  for (const path of pages) {
    const page = html(path);
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page)?.[1];
    expect(csp, `${path} has no CSP`).toBeTruthy();
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(page.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [], `${path}: inline script`).toEqual([]);
    expect(page.match(/<style\b/g) ?? [], `${path}: inline style element`).toEqual([]);
    expect(page.match(/\sstyle="/g) ?? [], `${path}: style attribute`).toEqual([]);
  }
});

test('every built page gets exactly one policy from public/_headers', () => {
  for (const path of pages) {
    const policies = headerRules().filter((r) => patternMatches(r.path, path) && r.headers['Content-Security-Policy']);
    expect(policies.length, path).toBe(1);
    const framable = /\/embed\/(event\/)?[a-z0-9-]+\/$/.test(path) || /\/embed\/$/.test(path);
    expect(policies[0]!.headers['Content-Security-Policy']).toContain(
      framable ? 'frame-ancestors *' : "frame-ancestors 'self'",
    );
  }
});

test('links to other sites open with rel="noopener noreferrer"', () => {
  for (const path of pages) {
    const external = html(path).match(/<a\b[^>]*href="https?:\/\/[^"]*"[^>]*>/g) ?? [];
    const site = 'https://three-borders.example.org';
    const bad = external.filter((a) => !a.includes(`href="${site}`) && !/rel="noopener noreferrer"/.test(a));
    expect(bad, path).toEqual([]);
  }
});

test('under the header policy the story scrolls, the data page filters and the embed list copies', async ({ page }) => {
  const violations = await withProductionHeaders(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const response = await page.goto('/fr/');
  expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  await page
    .locator('.step')
    .nth(3)
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', '3');
  await page.goto('/data/');
  await expect(page.locator('tb-event-filter')).toBeVisible();
  await page.locator('tb-event-filter input[name="q"]').fill('Téguey');
  await expect(page.locator('#all-events tbody tr:not([hidden])')).not.toHaveCount(0);
  await page.goto('/embed/');
  await expect(page.locator('tb-copy-snippet button').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('under the header policy an embed can be framed by another site, a story page cannot', async ({ page }) => {
  await page.goto('/');
  const site = new URL(page.url()).origin;
  const violations = await withProductionHeaders(page);
  const host = site.replace('127.0.0.1', 'localhost') + '/host-article';
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><iframe id="embed" src="${site}/embed/coup-timeline/"></iframe><iframe id="story" src="${site}/"></iframe>`,
    }),
  );
  await page.goto(host);
  const embed = page.frameLocator('#embed');
  await expect(embed.locator('h1')).toHaveText('From the coup to the French withdrawal');
  await expect(async () => {
    const story = page.frames().find((f) => f.url() === `${site}/`);
    const title = story
      ? await story.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => '')
      : '';
    expect(title).toBe('');
  }).toPass({ timeout: 5_000 });
  expect(violations.some((v) => /frame-ancestors/.test(v))).toBe(true);
});
