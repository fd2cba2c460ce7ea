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
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="10" y="30" font-size="20">Téra</text></svg>';
  const png = Buffer.from(svgToPng(svg, 400));
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [400, 100]);
});

test('svgDocument turns the stylesheet into presentation attributes, which a strict CSP does not block', () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><style>${imageStyle()}</style><rect class="img-bg" width="20" height="20"></rect><g class="place is-off"><text>Téra</text></g><text class="unused-rule-target">&lt;b&gt; &amp; "q"</text></svg>`;
  const out = svgDocument(svg);
  assert.doesNotMatch(out, /<style|style="/);
  assert.match(out, new RegExp(`<rect width="20" height="20" fill="${palette.paper}"`));
  assert.match(out, /display="none"/);
  assert.match(out, /&lt;b&gt; &amp;/);
});

test('svgDocument refuses an image whose CSS it cannot turn into attributes', () => {
  assert.throws(() => svgDocument('<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:red"/></svg>', { inline: false }), /CSS .* blocks/);
});
