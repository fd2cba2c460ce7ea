// Geometry of the reported-deaths-by-month chart: stacked bars (soldiers below, civilians above)
// on a UTC time axis, year ticks, a nice count axis, and vertical rules for marked dates.
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import type { MonthDeaths } from './monthly-deaths.ts';
import { utcDay as utc } from '../time/calendar-day.ts';
import { round } from '../format/round.ts';

export const deathsFrame = { width: 960, height: 420, top: 36, right: 16, bottom: 34, left: 44 } as const;

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
  xTicks: { year: string; x: number }[];
  rules: { id: string; x: number }[];
  baseline: number;
}

const r = (n: number) => round(n, 1);

export function deathsChart(months: readonly MonthDeaths[], marks: readonly { id: string; date: string }[]): DeathsChart {
  if (months.length === 0) throw new Error('deathsChart needs at least one month');
  const { width, height, top, right, bottom, left } = deathsFrame;
  const first = utc(months[0]!.month);
  const end = utcMonth.offset(utc(months.at(-1)!.month), 1);
  const x = scaleUtc().domain([first, end]).range([left, width - right]);
  const max = Math.max(1, ...months.map((m) => m.soldiers + m.civilians));
  const y = scaleLinear().domain([0, max]).nice().range([height - bottom, top]);
  const bars = months.map((m) => {
    const x0 = x(utc(m.month));
    const x1 = x(utcMonth.offset(utc(m.month), 1));
    const ySoldiers = y(m.soldiers);
    const yTotal = y(m.soldiers + m.civilians);
    return {
      month: m.month, x: r(x0 + 0.5), width: r(Math.max(1, x1 - x0 - 1)),
      soldiers: { y: r(ySoldiers), height: r(y(0) - ySoldiers), value: m.soldiers },
      civilians: { y: r(yTotal), height: r(ySoldiers - yTotal), value: m.civilians },
    };
  });
  return {
    bars,
    yTicks: y.ticks(5).map((value) => ({ value, y: r(y(value)) })),
    xTicks: utcYear.range(first, end).map((d) => ({ year: String(d.getUTCFullYear()), x: r(x(d)) })),
    rules: marks.filter((m) => utc(m.date) >= first && utc(m.date) < end).map((m) => ({ id: m.id, x: r(x(utc(m.date))) })),
    baseline: r(y(0)),
  };
}
