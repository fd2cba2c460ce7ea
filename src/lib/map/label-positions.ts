// Where a label may sit around its anchor: a direction and a distance level, written as a
// two-character code ("r0": right, close; "p3": up-right, far; "R0", "rd": a callout's shorter
// forms, see Position). The server's placement, the stylesheet (map-labels.css) and the static
// images all read positions from this one table.
import { round } from '../format/round.ts';

export type Align = 'center' | 'above' | 'below';

export interface Direction {
  /** Unit vector from the anchor to the text's anchor point. */
  ux: number;
  uy: number;
  anchor: 'start' | 'middle' | 'end';
  /** How the block of lines sits vertically on that point. */
  align: Align;
  /** Angle of the leader line, in degrees. */
  angle: number;
}

const d = 0.71;
export const directions = {
  c: { ux: 0, uy: 0, anchor: 'middle', align: 'center', angle: 0 },
  r: { ux: 1, uy: 0, anchor: 'start', align: 'center', angle: 0 },
  l: { ux: -1, uy: 0, anchor: 'end', align: 'center', angle: 180 },
  u: { ux: 0, uy: -1, anchor: 'middle', align: 'above', angle: -90 },
  d: { ux: 0, uy: 1, anchor: 'middle', align: 'below', angle: 90 },
  p: { ux: d, uy: -d, anchor: 'start', align: 'above', angle: -45 },
  q: { ux: -d, uy: -d, anchor: 'end', align: 'above', angle: -135 },
  x: { ux: d, uy: d, anchor: 'start', align: 'below', angle: 45 },
  y: { ux: -d, uy: d, anchor: 'end', align: 'below', angle: 135 },
} as const satisfies Record<string, Direction>;

export type DirectionCode = keyof typeof directions;
export const levels = 10;

/** Distance from the anchor at a level, in unscaled label units (times the frame class's scale). */
export const gap = (level: number) => 5 + 11 * level;

/** Vertical metrics in ems, generous enough for DejaVu Sans and Noto Sans line boxes. */
export const ascent = 1.07;
export const descent = 0.3;
export const lineHeight = 1.2;

/** Offset of the first baseline from the text's anchor point, in ems, for `lines` lines. */
export function firstBaseline(align: Align, lines: number): number {
  if (align === 'above') return -descent - (lines - 1) * lineHeight;
  if (align === 'below') return ascent;
  return (ascent - descent - (lines - 1) * lineHeight) / 2;
}

/**
 * `compact`: the label's shortest text (a callout's place name alone), written with an upper-case
 * direction letter ("R1"). `short`: a callout's middle form (place, then its figure with a short
 * claimant), written with the level as a letter, a = 0 … j = 9 ("rb"). At most one of the two.
 */
export interface Position {
  dir: DirectionCode;
  level: number;
  compact?: boolean;
  short?: boolean;
}

/** The level letters of the short form, "a" (level 0) to "j" (level 9). */
export const shortLevels = 'abcdefghij';

export function parsePosition(code: string): Position | undefined {
  const letter = code[0] ?? '';
  const dir = letter.toLowerCase() as DirectionCode;
  const mark = code[1] ?? '';
  const short = mark !== '' && shortLevels.includes(mark);
  const level = short ? shortLevels.indexOf(mark) : /^[0-9]$/.test(mark) ? Number(mark) : NaN;
  if (!Object.hasOwn(directions, dir) || code.length !== 2 || !Number.isInteger(level) || level >= levels)
    return undefined;
  if (short) return letter === dir ? { dir, level, short: true } : undefined;
  return letter === dir ? { dir, level } : { dir, level, compact: true };
}

export const positionCode = ({ dir, level, compact, short }: Position) =>
  compact ? `${dir.toUpperCase()}${level}` : short ? `${dir}${shortLevels[level]}` : `${dir}${level}`;

/** SVG attributes of a label's text at a position, for renderers without CSS variables (images). */
export function fixedTextAttributes({ dir, level }: Position, fontSize: number, lines: number, scale: number) {
  // lines: of the text actually drawn (1 for a compact callout, the short form's for a short one)
  const d = directions[dir];
  const g = gap(level);
  return {
    x: round(d.ux * g * scale, 1),
    y: round((d.uy * g + firstBaseline(d.align, lines) * fontSize) * scale, 1),
    'text-anchor': d.anchor,
  };
}

/** The leader line of a callout at a position: a unit line rotated and stretched to the text. */
export function leaderTransform({ dir, level }: Position, scale: number): string {
  return `rotate(${directions[dir].angle}) scale(${round(gap(level) * scale, 1)} 1)`;
}
