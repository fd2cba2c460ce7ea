// Static images of a chart: the SVG document as rendered by ChartImage, and a PNG of it drawn by
// resvg with the DejaVu fonts shipped in an npm package, so the result is the same on every machine.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { xmlSafeAttributes } from '../format/xml.ts';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'].map((f) => join(fontDir, f));

/** Astro's HTML output as an XML document: a "<" in an attribute (a claimant, a place) is escaped. */
export function svgDocument(svg: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlSafeAttributes(svg.trim())}\n`;
}

export function svgToPng(svg: string, width: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
