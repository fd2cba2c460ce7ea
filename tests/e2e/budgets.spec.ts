// Byte budgets (src/lib/perf/budgets.ts): every page, every kind of asset, gzipped. Deterministic:
// the same build loads the same files, whatever the machine's speed. A browser loads a sample of
// pages (every template, and the extreme events' pages) to count what each really fetches; the
// HTML of every page, per-event pages included, is held to its budget from dist/ directly.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtPages, sampledPages } from './helpers.ts';
import { recordResources } from '../../src/cli/bench/record-weight.ts';
import { pageWeight } from '../../src/lib/perf/page-weight.ts';
import { budgetFor, overBudget } from '../../src/lib/perf/budgets.ts';

for (const path of sampledPages()) {
  test(`${path} stays within its byte budget`, async ({ page, baseURL }) => {
    const { limits } = budgetFor(path);
    await page.setViewportSize({ width: 412, height: 823 });
    const resources = await recordResources(page, new URL(path, baseURL).href);
    expect(resources.some((r) => r.type === 'html')).toBe(true);
    expect(overBudget(pageWeight(resources), limits)).toEqual([]);
  });
}

test('the HTML of every built page stays within its budget', () => {
  const over = builtPages().flatMap((path) => {
    const gzip = gzipSync(readFileSync(new URL(`../../dist${path}index.html`, import.meta.url))).length;
    return overBudget({ html: { gzip } }, { html: budgetFor(path).limits.html! }).map((o) => `${path} ${o}`);
  });
  expect(over).toEqual([]);
});
