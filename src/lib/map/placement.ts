// Greedy label placement for one map state at one frame class: labels in rank order, each tries
// its candidate positions and takes the first whose box stays inside the frame and clear of every
// label already placed, every shown marker and every place dot. A label with no free position is
// dropped, except callouts, which keep their least-crowded position (they carry the step's point).
// A callout tries its full text at every position, then its short form, then its place name alone.
// Pure geometry in SVG frame units, so the result is the same in the story, embeds and images.
import {
  directions,
  firstBaseline,
  gap,
  lineHeight,
  ascent,
  descent,
  type Position,
  positionCode,
} from './label-positions.ts';
import { textWidth } from './text-width.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelLine {
  text: string;
  bold?: boolean;
}

export interface LabelItem {
  key: string;
  /** Screen position of the anchor (after the view's zoom), SVG frame units. */
  x: number;
  y: number;
  /** Lower is placed first. */
  rank: number;
  lines: readonly LabelLine[];
  /** A callout's middle form, tried after every full position: its figure with a short claimant. */
  shortLines?: readonly LabelLine[];
  /** A shorter text to fall back on where the full one finds no room (a callout's place name). */
  compactLines?: readonly LabelLine[];
  /** Font size before the frame class's label scale. */
  fontSize: number;
  letterSpacing?: number;
  /** Radius of the place's dot or ring before scaling, drawn at the anchor; 0 for none. */
  dot: number;
  candidates: readonly Position[];
  /** Callouts are never dropped. */
  required?: boolean;
}

export interface Obstacle extends Box {
  key?: string;
}

export interface PlacementInput {
  frame: { width: number; height: number };
  /** Scale of labels and dots in this frame class. */
  scale: number;
  items: readonly LabelItem[];
  /** Shown markers and anything else labels must not cover, in screen units. */
  obstacles: readonly Box[];
  /** Kept free along the frame's edge. */
  margin?: number;
}

/** Where each shown label goes; `forced` marks a callout that found no free position. */
export type Placement = Map<string, Position & { forced?: boolean }>;

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const area = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** The lines a label draws at a position: its full text, or the shorter form the position names. */
export function positionLines(item: LabelItem, { compact, short }: Position): readonly LabelLine[] {
  if (compact && item.compactLines) return item.compactLines;
  if (short && item.shortLines) return item.shortLines;
  return item.lines;
}

/** The box the item's text covers at a position, in screen units (with a little air around it). */
export function labelBox(item: LabelItem, position: Position, scale: number, pad = 1): Box {
  const { dir, level } = position;
  const d = directions[dir];
  const em = item.fontSize;
  const lines = positionLines(item, position);
  const width = Math.max(
    ...lines.map((l) => textWidth(l.text, { size: em, bold: l.bold, letterSpacing: item.letterSpacing })),
  );
  const g = gap(level);
  const ax = d.ux * g;
  const baseline = d.uy * g + firstBaseline(d.align, lines.length) * em;
  const x0 = d.anchor === 'start' ? ax : d.anchor === 'end' ? ax - width : ax - width / 2;
  const y0 = baseline - ascent * em;
  const y1 = baseline + ((lines.length - 1) * lineHeight + descent) * em;
  return {
    x0: item.x + x0 * scale - pad,
    x1: item.x + (x0 + width) * scale + pad,
    y0: item.y + y0 * scale - pad,
    y1: item.y + y1 * scale + pad,
  };
}

export function dotBox(item: LabelItem, scale: number): Box {
  const r = item.dot * scale;
  return { x0: item.x - r, y0: item.y - r, x1: item.x + r, y1: item.y + r };
}

/** Small boxes along a callout's leader, from the anchor to its text. */
export function leaderBoxes(item: LabelItem, { dir, level }: Position, scale: number): Box[] {
  const d = directions[dir];
  const length = gap(level) * scale;
  const boxes: Box[] = [];
  for (let t = 0.35; t < 1; t += 0.15) {
    const x = item.x + d.ux * length * t,
      y = item.y + d.uy * length * t;
    boxes.push({ x0: x - 1, y0: y - 1, x1: x + 1, y1: y + 1 });
  }
  return boxes;
}

export function placeLabels({ frame, scale, items, obstacles, margin = 2 }: PlacementInput): Placement {
  const placed: Box[] = [];
  const result: Placement = new Map();
  const inside = (b: Box) =>
    b.x0 >= margin && b.y0 >= margin && b.x1 <= frame.width - margin && b.y1 <= frame.height - margin;
  const isCallout = (i: LabelItem) => i.required === true;
  // Dots of every candidate place are known up front: no label may cover a place it does not name.
  const dots = new Map(items.filter((i) => i.dot > 0).map((i) => [i.key, dotBox(i, scale)]));
  for (const item of [...items].sort((a, b) => a.rank - b.rank)) {
    const own = dots.get(item.key);
    if (own && (!inside(own) || placed.some((b) => overlaps(b, own)))) {
      dots.delete(item.key);
      continue;
    }
    const containsAnchor = (o: Box) => o.x0 <= item.x && item.x <= o.x1 && o.y0 <= item.y && item.y <= o.y1;
    const otherDots = [...dots].filter(([k]) => k !== item.key).map(([, b]) => b);
    const cost = (p: Position) => {
      const box = labelBox(item, p, scale);
      let c = inside(box) ? 0 : 1e6;
      const hit = (part: Box, boxes: readonly Box[]) => {
        for (const b of boxes) c += overlaps(part, b) ? 1e3 + area(part, b) : 0;
      };
      hit(box, placed);
      hit(box, obstacles);
      hit(box, otherDots);
      // A leader starts under its own marker; elsewhere it must not cross a label, marker or dot.
      if (isCallout(item))
        for (const part of leaderBoxes(item, p, scale)) {
          hit(part, placed);
          hit(
            part,
            obstacles.filter((o) => !containsAnchor(o)),
          );
          hit(part, otherDots);
        }
      if (own && overlaps(box, own)) c += 1e3;
      return c;
    };
    let best: { p: Position; c: number } | undefined;
    // Full text first, then the short form, then the compact one, each at every candidate position.
    const tries = [
      ...item.candidates,
      ...(item.shortLines ? item.candidates.map((p) => ({ ...p, short: true })) : []),
      ...(item.compactLines ? item.candidates.map((p) => ({ ...p, compact: true })) : []),
    ];
    for (const p of tries) {
      const c = cost(p);
      if (c === 0) {
        best = { p, c };
        break;
      }
      if (isCallout(item) && (!best || c < best.c)) best = { p, c };
    }
    if (!best || (best.c > 0 && !isCallout(item))) {
      dots.delete(item.key);
      continue;
    }
    result.set(item.key, best.c > 0 ? { ...best.p, forced: true } : best.p);
    placed.push(
      labelBox(item, best.p, scale),
      ...(own ? [own] : []),
      ...(isCallout(item) ? leaderBoxes(item, best.p, scale) : []),
    );
  }
  return result;
}

/** Candidate positions in order of preference: every direction at each level, nearest first. */
export function candidates(dirs: readonly Position['dir'][], fromLevel: number, toLevel: number): Position[] {
  const out: Position[] = [];
  for (let level = fromLevel; level <= toLevel; level++) for (const dir of dirs) out.push({ dir, level });
  return out;
}

export { positionCode };
