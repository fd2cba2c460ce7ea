// Geometry of the reported-deaths-by-month chart: stacked bars (soldiers below, civilians above)
// on a UTC time axis, year ticks, a nice count axis, and vertical rules for marked dates, with
// their labels placed. Two frames: the wide one, and a narrow one for phones, whose viewBox is
// about as wide as the screen so that its 13-px labels stay at least 10 CSS px from 320 px up.
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import type { MonthDeaths } from './monthly-deaths.ts';
import { utcDay as utc } from '../time/calendar-day.ts';
import { round } from '../format/round.ts';
import { textWidth } from '../map/text-width.ts';

export interface DeathsFrame {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
  /** A year label every `yearStep` years (every year keeps its tick). */
  yearStep: number;
}

export const deathsFrame = {
  width: 960,
  height: 420,
  top: 36,
  right: 16,
  bottom: 34,
  left: 44,
  yearStep: 1,
} as const satisfies DeathsFrame;
/** Shown below 600 px of container width (charts.css); 360 units at 320 px is a scale of 0.89. */
export const deathsNarrowFrame = {
  width: 360,
  height: 300,
  top: 44,
  right: 8,
  bottom: 30,
  left: 30,
  yearStep: 2,
} as const satisfies DeathsFrame;
/** The labels' size in frame units (charts.css and the image style). */
export const deathsFontSize = 13;

export interface Bar {
  month: string;
  x: number;
  width: number;
  soldiers: { y: number; height: number; value: number };
  civilians: { y: number; height: number; value: number };
}

export interface DeathsChart {
  bars: Bar[];
  yTicks: { value: number; y: number }[];
  xTicks: { year: string; x: number; labelled: boolean }[];
  rules: Rule[];
  baseline: number;
  frame: DeathsFrame;
}

export interface DeathsMark {
  id: string;
  date: string;
  label?: string;
  short?: string;
}

export interface Rule {
  id: string;
  x: number;
  /** The rule's top end, and its label's baseline, anchor and text. */
  y1: number;
  text: { x: number; y: number; anchor: 'start' | 'end'; label: string };
}

const r = (n: number) => round(n, 1);

/**
 * Each rule's label, one row per rule: the first reads leftwards from its rule, later ones
 * rightwards when they fit (else leftwards too); a label that fits neither way takes its short
 * form. No label runs off the chart, over another, or across another rule's line.
 */
export function placeRuleLabels(
  rules: readonly { id: string; x: number; label: string; short: string }[],
  frame: DeathsFrame,
  fontSize = deathsFontSize,
  bold = true,
): Rule[] {
  const w = (t: string) => textWidth(t, { size: fontSize, bold });
  const sides = rules.map((r, i) => {
    const fitsRight = (t: string) => i > 0 && r.x + 4 + w(t) <= frame.width;
    const fitsLeft = (t: string) => r.x - 4 - w(t) >= 0;
    const label = fitsRight(r.label) || fitsLeft(r.label) ? r.label : r.short;
    return { ...r, label, rightwards: fitsRight(label) };
  });
  // Each rule's line runs down from its label's row: labels reading leftwards take the top rows,
  // rightmost first, and those reading rightwards the rows below, leftmost first, so that no
  // line crosses another rule's label.
  const order = [
    ...sides.filter((r) => !r.rightwards).sort((a, b) => b.x - a.x),
    ...sides.filter((r) => r.rightwards).sort((a, b) => a.x - b.x),
  ];
  return sides.map((r) => {
    const row = frame.top - 22 + order.indexOf(r) * 20;
    return {
      id: r.id,
      x: r.x,
      y1: row + 4,
      text: { x: r.x + (r.rightwards ? 4 : -4), y: row, anchor: r.rightwards ? 'start' : 'end', label: r.label },
    };
  });
}

export function deathsChart(
  months: readonly MonthDeaths[],
  marks: readonly DeathsMark[],
  frame: DeathsFrame = deathsFrame,
  fontSize = deathsFontSize,
): DeathsChart {
  if (months.length === 0) throw new Error('deathsChart needs at least one month');
  const { width, height, top, right, bottom, left } = frame;
  const first = utc(months[0]!.month);
  const end = utcMonth.offset(utc(months.at(-1)!.month), 1);
  const x = scaleUtc()
    .domain([first, end])
    .range([left, width - right]);
  const max = Math.max(1, ...months.map((m) => m.soldiers + m.civilians));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - bottom, top]);
  const bars = months.map((m) => {
    const x0 = x(utc(m.month));
    const x1 = x(utcMonth.offset(utc(m.month), 1));
    const ySoldiers = y(m.soldiers);
    const yTotal = y(m.soldiers + m.civilians);
    return {
      month: m.month,
      x: r(x0 + 0.5),
      width: r(Math.max(1, x1 - x0 - 1)),
      soldiers: { y: r(ySoldiers), height: r(y(0) - ySoldiers), value: m.soldiers },
      civilians: { y: r(yTotal), height: r(ySoldiers - yTotal), value: m.civilians },
    };
  });
  return {
    bars,
    yTicks: y.ticks(5).map((value) => ({ value, y: r(y(value)) })),
    xTicks: utcYear
      .range(first, end)
      .map((d, i) => ({ year: String(d.getUTCFullYear()), x: r(x(d)), labelled: i % frame.yearStep === 0 })),
    rules: placeRuleLabels(
      marks
        .filter((m) => utc(m.date) >= first && utc(m.date) < end)
        .map((m) => ({ id: m.id, x: r(x(utc(m.date))), label: m.label ?? '', short: m.short ?? m.label ?? '' })),
      frame,
      fontSize,
    ),
    baseline: r(y(0)),
    frame,
  };
}
