// The golden comparer (tests/golden/compare.ts) and the SVG normalization it compares in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareGolden } from '../golden/compare.ts';
import { normalizeSvg } from '../../src/lib/images/normalize-svg.ts';

const svg = (d: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="10" viewBox="0 0 10 10"><path fill="red" d="${d}"/></svg>`;

test('normalizeSvg orders attributes, puts one element on a line and rounds attribute numbers', () => {
  const a = normalizeSvg(svg('M1.23456,2.5L3,4'));
  assert.equal(
    a,
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10">\n <path d="M1.23,2.5L3,4" fill="red"/>\n</svg>\n',
  );
  assert.equal(
    normalizeSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"   width="10"><path d="M1.2349,2.5L3,4"  fill="red"></path></svg>',
    ),
    a,
    'order, spacing and sub-pixel noise are not changes',
  );
  assert.equal(normalizeSvg(a), a);
  assert.notEqual(normalizeSvg(svg('M1.3,2.5L3,4')), a, 'a moved point is a change');
});

test('compareGolden passes on the same rendering, and on a change writes <name>-changed.svg and says how to update', () => {
  const dir = mkdtempSync(join(tmpdir(), 'golden-'));
  writeFileSync(join(dir, 'chart.en.svg'), 'one\ntwo\n');
  assert.deepEqual(compareGolden('chart.en', 'one\ntwo\n', { dir, update: false }), { status: 'same' });
  assert.equal(existsSync(join(dir, 'chart.en-changed.svg')), false);
  const changed = compareGolden('chart.en', 'one\nthree\n', { dir, update: false });
  assert.equal(changed.status, 'changed');
  assert.match(
    (changed as { message: string }).message,
    /first at line 2:\n {2}golden: two\n {2}now: {4}three[\s\S]*npm run golden:update/,
  );
  assert.equal(readFileSync(join(dir, 'chart.en-changed.svg'), 'utf8'), 'one\nthree\n');
  assert.equal(readFileSync(join(dir, 'chart.en.svg'), 'utf8'), 'one\ntwo\n', 'the golden itself is untouched');
  assert.deepEqual(compareGolden('chart.en', 'one\nthree\n', { dir, update: true }), { status: 'updated' });
  assert.equal(existsSync(join(dir, 'chart.en-changed.svg')), false);
  assert.deepEqual(compareGolden('chart.en', 'one\nthree\n', { dir, update: false }), { status: 'same' });
});

test('a missing golden fails and is not created', () => {
  const dir = mkdtempSync(join(tmpdir(), 'golden-'));
  const result = compareGolden('map.fr', 'x\n', { dir, update: false });
  assert.equal(result.status, 'missing');
  assert.match((result as { message: string }).message, /does not exist[\s\S]*npm run golden:update/);
  assert.equal(existsSync(join(dir, 'map.fr.svg')), false);
});
