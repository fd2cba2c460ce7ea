// Where everything goes in a chart's static image: the title and description wrapped at their
// sizes above the chart, the key flowed onto as many rows as it needs and the credit wrapped
// below it, and the room left for the chart's body. ChartImage.astro only renders it.
import { wrapText } from '../format/wrap.ts';
import { imageMinFont } from './image-style.ts';
import { charsPerLine, flowLegend, type LegendItem } from './legend.ts';

const pad = 24;
const titleSize = 28;
const titleLead = 34;

export interface ImageLine {
  text: string;
  y: number;
}

export interface ChartImageLayout<K> {
  title: ImageLine[];
  description: ImageLine[];
  credit: ImageLine[];
  keys: { placed: LegendItem<K>[]; rows: number; y: number; lineHeight: number };
  body: { y: number; height: number };
  x: number;
}

export function chartImageLayout<K extends { label: string }>(
  size: { width: number; height: number },
  text: { title: string; description: string; credit: string },
  keys: readonly K[],
): ChartImageLayout<K> {
  const { width, height } = size;
  // Every line wraps to the image's width at its own size: no title is cut in any language.
  const inner = width - 2 * pad;
  const lineHeight = Math.round(imageMinFont * 1.3);
  const titleLines = wrapText(text.title, charsPerLine(inner, titleSize, 'bold'));
  const descLines = wrapText(text.description, charsPerLine(inner, imageMinFont));
  const creditLines = wrapText(text.credit, charsPerLine(inner, imageMinFont));
  const descTop = pad + titleLines.length * titleLead;
  const top = descTop + descLines.length * lineHeight + 10;
  // The key flows onto as many rows as its labels need (French labels are longer).
  const legend = flowLegend(keys, inner, imageMinFont);
  const keyHeight = legend.rows * lineHeight + 8;
  const bottom = creditLines.length * lineHeight + 16 + keyHeight;
  return {
    x: pad,
    title: titleLines.map((line, i) => ({ text: line, y: 52 + i * titleLead - 10 })),
    description: descLines.map((line, i) => ({ text: line, y: descTop + 18 + i * lineHeight })),
    credit: creditLines.map((line, i) => ({ text: line, y: height - bottom + keyHeight + 20 + i * lineHeight })),
    keys: { ...legend, y: height - bottom + 24, lineHeight },
    body: { y: top, height: height - top - bottom },
  };
}
