// The URL parameters an embed page reads (?theme, ?view, ?from, ?to), checked. A bad value never
// empties the chart: the page keeps its server-rendered default and says which value it ignored.
import { isViewName, type ViewName } from '../map/views.ts';
import { isCalendarDay } from '../time/calendar-day.ts';

export { embedTheme, type EmbedTheme } from './theme.ts';

export interface MapRequest {
  view: ViewName;
  from: string;
  to: string;
}

export type MapParamProblem = 'view' | 'date' | 'reversed' | 'outside';

export type MapParams =
  { kind: 'default' } | { kind: 'state'; state: MapRequest } | { kind: 'ignored'; problem: MapParamProblem };

/**
 * What a map embed should show for its URL: its default (no parameters), the requested state,
 * or its default because a parameter cannot be shown (`problem` names which).
 * `bounds` is the first and last event date of the dataset.
 */
export function mapParams(
  params: URLSearchParams,
  defaults: MapRequest,
  bounds: { first: string; last: string },
): MapParams {
  if (!params.has('view') && !params.has('from') && !params.has('to')) return { kind: 'default' };
  const view = params.get('view') ?? defaults.view;
  const from = params.get('from') ?? defaults.from;
  const to = params.get('to') ?? defaults.to;
  if (!isViewName(view)) return { kind: 'ignored', problem: 'view' };
  if (!isCalendarDay(from) || !isCalendarDay(to)) return { kind: 'ignored', problem: 'date' };
  if (from > to) return { kind: 'ignored', problem: 'reversed' };
  if (to < bounds.first || from > bounds.last) return { kind: 'ignored', problem: 'outside' };
  return { kind: 'state', state: { view, from, to } };
}
