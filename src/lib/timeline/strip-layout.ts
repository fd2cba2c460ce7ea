// Everything the timeline strip draws, laid out on the server: each event's mark, the month ticks,
// the rows of labels around the marks, and the band of a date range. TimelineStrip.astro only
// renders it; Step.astro writes each step's band so that the browser moves the band to positions
// the server computed (src/scripts/timeline-element.ts) instead of rebuilding the scale.
import type { NigerEvent } from '../../schema/event.ts';
import { layoutItems, monthTicks, timelineFrame, timelineX } from './layout.ts';
import { stripLabelSize, stripRows, type StripRows } from './strip-labels.ts';
import { textWidth } from '../map/text-width.ts';
import { round } from '../format/round.ts';

type Span = { from: string; to: string };

/** Half the height of a mark (symbolPath at size 5, with its stroke). */
export const markExtent = 7;

export interface StripBand {
  x: number;
  width: number;
  off: boolean;
}

/** The band over a date range, clamped to the strip; `off` when the range lies wholly outside it. */
export function stripBand(span: Span, from: string, to: string): StripBand {
  const x0 = timelineX(span, from < span.from ? span.from : from);
  const x1 = timelineX(span, to > span.to ? span.to : to);
  return { x: x0, width: round(Math.max(2, x1 - x0), 2), off: to < span.from || from > span.to };
}

/** A band as the browser reads it from a step's data-band: "x width" or "x width off". */
export const bandAttribute = (b: StripBand) => `${b.x} ${b.width}${b.off ? ' off' : ''}`;

export interface StripLayout {
  marks: { id: string; kind: NigerEvent['kind']; date: string; x: number; y: number }[];
  ticks: { date: string; x: number }[];
  rows: StripRows;
  band: StripBand;
  /** "← Before the coup" and "After the withdrawal →" replace the month names outside the strip's dates. */
  before: boolean;
  after: boolean;
}

/** `labelSize`: the tallest the labels get, in viewBox units (the story's phones by default; an image passes its own). */
export function stripLayout(
  events: readonly Pick<NigerEvent, 'id' | 'date' | 'kind'>[],
  span: Span,
  range: Span,
  labelSize = stripLabelSize,
): StripLayout {
  const byId = new Map(events.map((e) => [e.id, e]));
  const marks = layoutItems(events, span).map((i) => ({
    id: i.id,
    kind: byId.get(i.id)!.kind,
    date: byId.get(i.id)!.date,
    x: i.x,
    y: i.y,
  }));
  return {
    marks,
    ticks: monthTicks(span),
    rows: stripRows(
      marks.map((m) => m.y),
      timelineFrame.axisY,
      markExtent,
      labelSize,
    ),
    band: stripBand(span, range.from, range.to),
    before: range.from < span.from && range.to < span.from,
    after: range.from > span.to,
  };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The boxes of the month names and the start and end labels at a font size, and those of the
 * marks: what a test checks for overlaps. Texts run from their ascent to their descent.
 */
export function stripBoxes(
  layout: StripLayout,
  labels: { months: readonly string[]; start: string; end: string },
  fontSize: number,
): { labels: Box[]; marks: Box[] } {
  const { rows } = layout;
  const { marginX, width } = timelineFrame;
  const line = (y: number) => ({ y0: y - fontSize * 1.07, y1: y + fontSize * 0.3 });
  const months = layout.ticks.map((t, i) => {
    const w = textWidth(labels.months[i] ?? '', { size: fontSize });
    return { x0: t.x - w / 2, x1: t.x + w / 2, ...line(rows.monthY) };
  });
  const startW = textWidth(labels.start, { size: fontSize, bold: true });
  const endW = textWidth(labels.end, { size: fontSize, bold: true });
  return {
    labels: [
      ...months,
      { x0: marginX, x1: marginX + startW, ...line(rows.endY) },
      { x0: width - marginX - endW, x1: width - marginX, ...line(rows.endY) },
    ],
    marks: layout.marks.map((m) => ({
      x0: m.x - markExtent,
      x1: m.x + markExtent,
      y0: m.y - markExtent,
      y1: m.y + markExtent,
    })),
  };
}
