// Timeline geometry: a UTC time scale from the coup to the last French departure, month ticks,
// and events stacked so that markers on nearby days never overlap.
import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import type { NigerEvent } from '../../schema/event.ts';
import { isAttack } from '../events/select.ts';
import { utcDay as utc } from '../time/calendar-day.ts';
import { round } from '../format/round.ts';

/** The two events that bound the timeline; their dates come from the dataset. */
export const timelineBounds = {
  start: '2023-07-26-coup-bazoum-detained',
  end: '2023-12-22-last-french-troops-leave-niger',
} as const;

export const timelineFrame = { width: 960, height: 200, marginX: 24, axisY: 104, step: 15 } as const;

export interface TimelineItem {
  id: string;
  x: number;
  y: number;
  lane: number;
  above: boolean;
}

export function timelineSpan(events: readonly Pick<NigerEvent, 'id' | 'date'>[]): { from: string; to: string } {
  const find = (id: string) => {
    const event = events.find((e) => e.id === id);
    if (!event) throw new Error(`The timeline is bounded by event "${id}", which is missing from data/events.json`);
    return event.date;
  };
  return { from: find(timelineBounds.start), to: find(timelineBounds.end) };
}

export function timelineScale(span: { from: string; to: string }) {
  const { width, marginX } = timelineFrame;
  return scaleUtc()
    .domain([utc(span.from), utc(span.to)])
    .range([marginX, width - marginX]);
}

export function timelineX(span: { from: string; to: string }, iso: string): number {
  const { marginX, width } = timelineFrame;
  const x = timelineScale(span)(utc(iso));
  return round(Math.min(width - marginX, Math.max(marginX, x)), 2);
}

/** Month starts inside the span, as ISO dates with their x. */
export function monthTicks(span: { from: string; to: string }): { date: string; x: number }[] {
  const scale = timelineScale(span);
  return utcMonth
    .range(utc(span.from), utc(span.to))
    .map((d) => ({ date: d.toISOString().slice(0, 10), x: round(scale(d), 2) }));
}

/**
 * Attacks go above the axis, other events below. Within each side an event takes the lowest
 * lane whose last marker is at least one step away, so close dates stack instead of overlapping.
 */
export function layoutItems(
  events: readonly Pick<NigerEvent, 'id' | 'date' | 'kind'>[],
  span: { from: string; to: string },
): TimelineItem[] {
  const { axisY, step } = timelineFrame;
  const lanes = { above: [] as number[], below: [] as number[] };
  return [...events]
    .filter((e) => e.date >= span.from && e.date <= span.to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => {
      const above = isAttack(e.kind);
      const side = above ? lanes.above : lanes.below;
      const x = timelineX(span, e.date);
      let lane = side.findIndex((lastX) => x - lastX >= step);
      if (lane === -1) lane = side.length;
      side[lane] = x;
      const y = above ? axisY - step * (lane + 1) : axisY + step * (lane + 1);
      return { id: e.id, x, y, lane, above };
    });
}
