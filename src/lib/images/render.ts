// Static images of a chart: the SVG document as rendered by ChartImage, and a PNG of it drawn by
// resvg with the DejaVu fonts shipped in an npm package, so the result is the same on every machine.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { xmlSafeAttributes } from '../format/xml.ts';
import { optimize } from 'svgo';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'].map(
  (f) => join(fontDir, f),
);

/**
 * The standalone SVG file. Its stylesheet becomes presentation attributes (fill="…", not CSS):
 * the site's policy (style-src 'self') blocks an inline <style> and style="" in a document served
 * with it, which left every downloaded chart.svg a black rectangle. Only svgo's inlining plugins run
 * (rules that match nothing go with the <style>); paths and text stay as drawn.
 */
export function presentationAttributes(svg: string): string {
  const { data } = optimize(svg, {
    multipass: false,
    plugins: [
      { name: 'inlineStyles', params: { onlyMatchedOnce: false, removeMatchedSelectors: false } },
      'convertStyleToAttrs',
      'removeStyleElement',
    ],
  });
  return data;
}

/** `inline: false` for images drawn with presentation attributes already (it still checks them). */
export function svgDocument(svg: string, { inline = true } = {}): string {
  // Astro writes HTML: a "<" in an attribute (a claimant, a place) must be escaped for XML first.
  const safe = xmlSafeAttributes(svg.trim());
  const body = inline ? presentationAttributes(safe) : safe;
  const css = /<style[\s>]|\sstyle="[^"]*"/.exec(body);
  if (css)
    throw new Error(
      `A chart image has CSS (${body.slice(css.index, css.index + 120)}) that the site's policy blocks: use presentation attributes (fill="…"), not <style> or style="".`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}

export function svgToPng(svg: string, width: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
