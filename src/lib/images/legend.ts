// Layout of a static image's text: the title and legend of a chart image, wrapped by an estimate
// of DejaVu Sans's width (SVG text never wraps, and a cut title or overlapping keys are worse
// than a line too many).

/** Average advance of DejaVu Sans per character, in ems (bold is wider). */
const em = { regular: 0.6, bold: 0.66 } as const;

export function textWidth(text: string, fontSize: number, weight: keyof typeof em = 'regular'): number {
  return text.length * fontSize * em[weight];
}

/** How many characters fit on one line of `width` px. */
export function charsPerLine(width: number, fontSize: number, weight: keyof typeof em = 'regular'): number {
  return Math.floor(width / (fontSize * em[weight]));
}

export interface LegendItem<T> {
  item: T;
  x: number;
  row: number;
}

/** Legend keys left to right, on as many rows as they need: a swatch, a gap, the label, a gap. */
export function flowLegend<T extends { label: string }>(
  items: readonly T[],
  width: number,
  fontSize: number,
  swatch = 18,
  gap = 28,
): { placed: LegendItem<T>[]; rows: number } {
  const placed: LegendItem<T>[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = swatch + textWidth(item.label, fontSize) + gap;
    if (x > 0 && x + w - gap > width) {
      row += 1;
      x = 0;
    }
    placed.push({ item, x: Math.round(x), row });
    x += w;
  }
  return { placed, rows: items.length ? row + 1 : 0 };
}
