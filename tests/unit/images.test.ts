import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { palette } from '../../src/lib/images/palette.ts';
import { imageStyle } from '../../src/lib/images/image-style.ts';
import { svgToPng } from '../../src/lib/images/render.ts';

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
