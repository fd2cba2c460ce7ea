// The numbers a <Stat> can print, each computed from the dataset. Bad props fail the build with
// the value found and a hint.
import type { EventKind, NigerEvent } from '../../schema/event.ts';
import { eventKinds } from '../../schema/event.ts';
import type { Figure } from '../../schema/figure.ts';
import { countEvents, daysBetween, sumKilled, sumQualifier } from '../events/stats.ts';
import { checkRange } from '../events/select.ts';
import { StoryError } from './step-state.ts';

export interface StatProps {
  figure?: string;
  count?: 'events';
  sum?: 'killed';
  days?: boolean;
  group?: string;
  kind?: string;
  /** First day, inclusive: YYYY-MM-DD, or an event id for that event's date. */
  from?: string;
  /** Last day, inclusive: YYYY-MM-DD, or an event id for that event's date. */
  to?: string;
}

export type StatValue = { value: number; qualifier: Figure['qualifier'] };

// A range end is a date or an event id standing for that event's date, so that an interval in the
// prose ("11 days later") is computed from the dataset instead of being counted by hand.
function endpoint(value: string, events: readonly NigerEvent[], where: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const event = events.find((e) => e.id === value);
  if (!event)
    throw new StoryError(
      where,
      `unknown event "${value}"`,
      'write a date YYYY-MM-DD or use an id from data/events.json',
    );
  return event.date;
}

function range(props: StatProps, events: readonly NigerEvent[], where: string) {
  if (!props.from || !props.to)
    throw new StoryError(where, 'from and to are required', 'add from="YYYY-MM-DD" to="YYYY-MM-DD", or event ids');
  const from = endpoint(props.from, events, where);
  const to = endpoint(props.to, events, where);
  try {
    return checkRange({ from, to }, 'dates');
  } catch (error) {
    throw new StoryError(where, (error as Error).message, 'dates are inclusive and written YYYY-MM-DD');
  }
}

function kinds(value: string | undefined, where: string): EventKind[] {
  const names = (value ?? '').split(/\s+/).filter(Boolean);
  for (const k of names) {
    if (!(eventKinds as readonly string[]).includes(k))
      throw new StoryError(where, `unknown kind "${k}"`, `use ${eventKinds.join(', ')}`);
  }
  return names as EventKind[];
}

export function statValue(
  props: StatProps,
  data: { events: readonly NigerEvent[]; figures: ReadonlyMap<string, Figure> },
  file: string,
): StatValue {
  const where = `${file} <Stat ${Object.entries(props)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ')}>`;
  const modes = [props.figure, props.count, props.sum, props.days].filter((m) => m !== undefined);
  if (modes.length !== 1)
    throw new StoryError(
      where,
      'a Stat needs exactly one of figure, count, sum or days',
      'e.g. <Stat figure="french-troops-2023" />',
    );
  if (props.figure !== undefined) {
    const figure = data.figures.get(props.figure);
    if (!figure) throw new StoryError(where, `unknown figure "${props.figure}"`, 'use an id from data/figures.json');
    return { value: figure.value, qualifier: figure.qualifier };
  }
  if (props.days) return { value: daysBetween(range(props, data.events, where)), qualifier: 'exact' };
  if (props.count !== undefined) {
    if (props.count !== 'events') throw new StoryError(where, `count="${props.count}"`, 'only count="events" exists');
    return {
      value: countEvents(data.events, range(props, data.events, where), kinds(props.kind, where)),
      qualifier: 'exact',
    };
  }
  if (props.sum !== 'killed') throw new StoryError(where, `sum="${props.sum}"`, 'only sum="killed" exists');
  if (props.group !== 'soldiers' && props.group !== 'civilians') {
    throw new StoryError(
      where,
      `group="${props.group}"`,
      'sum soldiers or civilians; militant losses are claims and are never summed',
    );
  }
  const r = range(props, data.events, where);
  return { value: sumKilled(data.events, r, props.group), qualifier: sumQualifier(data.events, r, props.group) };
}
