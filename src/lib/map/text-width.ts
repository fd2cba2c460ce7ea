// Text widths without a browser: per-character advance widths, in ems, of DejaVu Sans (the widest
// of the fonts a reader's system-ui stack may fall back to, and the font of the static images),
// rounded up. Being conservative costs a few dropped labels; guessing low costs overlaps.

const narrow = new Set([..."iljI.,:;!|'’ ()[]"]);
const semi = new Set([...'frt-–/']);
const wide = new Set([...'mwMW']);
const upperWide = new Set([...'ABCDGHKNOQRUVXYÉÈÀ']);

/** Advance width of one character in ems (regular weight). */
export function charWidth(c: string): number {
  if (c === ' ') return 0.33;
  if (narrow.has(c)) return 0.34;
  if (semi.has(c)) return 0.43;
  if (wide.has(c)) return 1.0;
  if (/[0-9]/.test(c)) return 0.64;
  if (upperWide.has(c)) return 0.78;
  if (c !== c.toLowerCase()) return 0.7;
  return 0.63;
}

export interface TextStyle {
  /** Font size in the units the width is wanted in. */
  size: number;
  bold?: boolean;
  /** Extra space after each character, in ems. */
  letterSpacing?: number;
}

/** Width of one line of text, in the units of `size`. */
export function textWidth(text: string, { size, bold = false, letterSpacing = 0 }: TextStyle): number {
  let ems = 0;
  for (const c of text) ems += charWidth(c) + letterSpacing;
  return ems * size * (bold ? 1.1 : 1);
}
