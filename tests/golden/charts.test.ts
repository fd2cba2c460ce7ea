// Golden images: every chart of the spec list (src/lib/embed/charts.ts), in every edition, as the
// built site serves it at /embed/<chart>/chart.svg (rendered by the chart.svg route with
// ChartImage), normalized (src/lib/images/normalize-svg.ts) and compared with
// tests/golden/<chart>.<lang>.svg. Run after `npm run build`; `npm run golden:update` rebuilds and
// rewrites the goldens, and refuses to in CI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { charts } from '../../src/lib/embed/charts.ts';
import { locales } from '../../src/lib/i18n/locales.ts';
import { localePath } from '../../src/lib/i18n/routes.ts';
import { normalizeSvg } from '../../src/lib/images/normalize-svg.ts';
import { compareGolden } from './compare.ts';

const dir = fileURLToPath(new URL('./', import.meta.url));
const dist = new URL('../../dist/', import.meta.url);
const update = process.env.GOLDEN_UPDATE === '1';
if (update && process.env.CI)
  throw new Error(
    'GOLDEN_UPDATE is refused in CI: goldens are made on a machine where someone looks at them, and committed.',
  );

test('a chart spec list to render', () => {
  assert.ok(charts.length >= 4, `read ${charts.length} charts from src/lib/embed/charts.ts`);
});

for (const chart of charts) {
  for (const locale of locales) {
    const name = `${chart.id}.${locale}`;
    test(`${name}: chart.svg matches tests/golden/${name}.svg`, () => {
      const file = new URL(`.${localePath(locale, `/embed/${chart.id}/chart.svg`)}`, dist);
      assert.ok(existsSync(file), `${fileURLToPath(file)} is missing: run \`npm run build\` first`);
      const result = compareGolden(name, normalizeSvg(readFileSync(file, 'utf8')), { dir, update });
      if (result.status === 'missing' || result.status === 'changed') assert.fail(result.message);
    });
  }
}
