// Marker shape and size per event. Area is proportional to reported deaths (d3 scaleSqrt); shape
// and colour both encode the kind, so colour is never the only channel.
import { scaleSqrt } from 'd3-scale';
import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  symbolCross,
  type SymbolType,
} from 'd3-shape';
import type { EventKind } from '../../schema/event.ts';

export const kindSymbols: Record<EventKind, SymbolType> = {
  'attack-on-soldiers': symbolCircle,
  'attack-on-civilians': symbolDiamond,
  political: symbolTriangle,
  diplomatic: symbolSquare,
  military: symbolCross,
};

/** Screen radius (px) of a marker for this many reported deaths. */
export const deathRadius = scaleSqrt().domain([0, 150]).range([0, 24]).clamp(false);

/** Attacks with no published toll still get a visible marker. */
export const minimumAttackRadius = 4;
/** Non-violent events: one fixed size. */
export const eventRadius = 5.5;

export function markerRadius(kind: EventKind, deaths: number): number {
  if (kind === 'attack-on-soldiers' || kind === 'attack-on-civilians') {
    return Math.max(minimumAttackRadius, deathRadius(deaths));
  }
  return eventRadius;
}

/** SVG path of the kind's symbol whose area equals a circle of radius r, centred on 0,0. */
export function symbolPath(kind: EventKind, r: number): string {
  const path = symbol(kindSymbols[kind], Math.PI * r * r);
  return (path.digits?.(2) ?? path)() ?? '';
}
