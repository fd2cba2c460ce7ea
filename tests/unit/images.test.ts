import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { palette } from '../../src/lib/images/palette.ts';
import { imageStyle } from '../../src/lib/images/image-style.ts';
import { svgDocument, svgToPng } from '../../src/lib/images/render.ts';

test('the image palette matches the design tokens', () => {
  const tokens = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
  for (const [name, value] of Object.entries(palette)) {
    assert.match(tokens, new RegExp(`--${name}: ${value};`), `--${name} should be ${value} in tokens.css`);
  }
});

test('imageStyle divides map strokes by the zoom', () => {
  assert.match(imageStyle({ zoom: 4 }), /\.map-borders \{[^}]*stroke-width: 0\.3;/);
  assert.match(imageStyle(), /\.map-borders \{[^}]*stroke-width: 1\.2;/);
});

test('svgToPng renders text with the bundled fonts at the asked width', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="10" y="30" font-size="20">Téra</text></svg>';
  const png = Buffer.from(svgToPng(svg, 400));
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [400, 100]);
});

test('svgDocument turns the stylesheet into presentation attributes, which a strict CSP does not block', () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><style>${imageStyle()}</style><rect class="img-bg" width="20" height="20"></rect><g class="place is-off"><text>Téra</text></g><text class="unused-rule-target">&lt;b&gt; &amp; "q"</text></svg>`;
  const out = svgDocument(svg);
  assert.doesNotMatch(out, /<style|style="/);
  assert.match(out, new RegExp(`<rect class="img-bg" width="20" height="20" fill="${palette.paper}"`));
  assert.match(out, /display="none"/);
  assert.match(out, /&lt;b&gt; &amp;/);
});

test('svgDocument refuses an image whose CSS it cannot turn into attributes', () => {
  assert.throws(
    () => svgDocument('<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:red"/></svg>', { inline: false }),
    /CSS .* blocks/,
  );
});

test('flowLegend wraps keys onto new rows instead of overlapping them', async () => {
  const { flowLegend, textWidth } = await import('../../src/lib/images/legend.ts');
  const items = [
    'Attaque contre les forces',
    'Attaque contre des civils',
    'Événement politique',
    'Événement diplomatique',
    'Mouvement militaire',
  ].map((label) => ({ label }));
  const { placed, rows } = flowLegend(items, 912, 18);
  assert.ok(rows >= 2);
  for (const row of new Set(placed.map((p) => p.row))) {
    const inRow = placed.filter((p) => p.row === row);
    for (let i = 1; i < inRow.length; i++)
      assert.ok(inRow[i]!.x >= inRow[i - 1]!.x + 18 + textWidth(inRow[i - 1]!.item.label, 18), 'keys overlap');
    const last = inRow.at(-1)!;
    assert.ok(last.x + 18 + textWidth(last.item.label, 18) <= 912, 'a key runs off the image');
  }
});

test('chart images keep every text at 11 px or more when shown 600 px wide', async () => {
  const { imageMinFont } = await import('../../src/lib/images/image-style.ts');
  const sizes = [...imageStyle().matchAll(/font-size: (\d+)px/g)].map((m) => Number(m[1]));
  for (const size of sizes) assert.ok((size * 600) / 960 >= 11, `${size}px is ${(size * 600) / 960} px at 600 px wide`);
  assert.ok((imageMinFont * 600) / 960 >= 11);
});
