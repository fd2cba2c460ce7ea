// Byte budgets (src/lib/perf/budgets.ts): every page, every kind of asset, gzipped. Deterministic:
// the same build loads the same files, whatever the machine's speed.
import { test, expect } from '@playwright/test';
import { builtPages } from './helpers.ts';
import { recordResources } from '../../src/cli/bench/record-weight.ts';
import { pageWeight } from '../../src/lib/perf/page-weight.ts';
import { budgetFor, overBudget } from '../../src/lib/perf/budgets.ts';

for (const path of builtPages()) {
  test(`${path} stays within its byte budget`, async ({ page, baseURL }) => {
    const { limits } = budgetFor(path);
    await page.setViewportSize({ width: 412, height: 823 });
    const resources = await recordResources(page, new URL(path, baseURL).href);
    expect(resources.some((r) => r.type === 'html')).toBe(true);
    expect(overBudget(pageWeight(resources), limits)).toEqual([]);
  });
}
