// What each kind of chart has in common, so that no page, component or budget asks a chart for
// its id: a map credits its boundaries and takes ?view and ?from/?to, a bar chart keys its bars
// rather than the event kinds. One row per kind; a new chart of an existing kind is one spec in
// charts.ts, a new kind one row here, one body component (src/components/charts/) and one test.
export const chartKinds = {
  map: { boundaries: true, options: ['view', 'dates'], imageKey: 'event-kinds' },
  timeline: { boundaries: false, options: [], imageKey: 'event-kinds' },
  bars: { boundaries: false, options: [], imageKey: 'bars' },
  /** One event's locator map (/embed/event/<id>/): its own page, not a spec in charts.ts. */
  locator: { boundaries: true, options: [], imageKey: 'none' },
} as const satisfies Record<
  string,
  { boundaries: boolean; options: readonly ('view' | 'dates')[]; imageKey: 'event-kinds' | 'bars' | 'none' }
>;

export type ChartKind = keyof typeof chartKinds;
