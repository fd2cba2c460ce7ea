// The validated dataset, loaded once per build from the content collections and handed to the
// pure functions in src/lib. Components import from here, never from data/ directly.
import { getCollection, getEntry } from 'astro:content';
import type { NigerEvent } from './schema/event.ts';
import type { Place } from './schema/place.ts';
import type { Figure } from './schema/figure.ts';
import type { Correction } from './schema/correction.ts';
import topology from '../data/geo/west-africa.topo.json' with { type: 'json' };
import rawMeta from '../data/meta.json' with { type: 'json' };
import { parseMeta, type Meta } from './schema/meta.ts';
import type { BaseTopology } from './lib/map/basemap.ts';

export interface LoadedDataset {
  events: NigerEvent[];
  places: Place[];
  placesById: Map<string, Place>;
  eventsById: Map<string, NigerEvent>;
  figuresById: Map<string, Figure>;
  corrections: Correction[];
  /** data/meta.json: when the dataset was last checked against its sources. */
  meta: Meta;
}

let cached: Promise<LoadedDataset> | undefined;

export function loadDataset(): Promise<LoadedDataset> {
  cached ??= (async () => {
    const events = (await getCollection('events'))
      .map((e) => e.data)
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const places = (await getCollection('places')).map((p) => p.data);
    const figures = (await getCollection('figures')).map((f) => f.data);
    const corrections = [...((await getEntry('corrections', 'log'))?.data.entries ?? [])].sort((a, b) =>
      b.date.localeCompare(a.date),
    );
    return {
      events,
      places,
      placesById: new Map(places.map((p) => [p.id, p])),
      eventsById: new Map(events.map((e) => [e.id, e])),
      figuresById: new Map(figures.map((f) => [f.id, f])),
      corrections,
      meta: parseMeta(rawMeta),
    };
  })();
  return cached;
}

export const baseTopology = topology as unknown as BaseTopology;
