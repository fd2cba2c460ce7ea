// Everything the map component draws, computed in one place from plain data: the same inputs
// give the same SVG in the story, on an embed page and in a static image.
import type { NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import type { Locale } from '../../schema/localized.ts';
import { buildBasemap, type Basemap, type BaseTopology } from './basemap.ts';
import { createProjection } from './frame.ts';
import { buildLabels, type PlaceLabel } from './labels.ts';
import { projectAreaLabels, type AreaLabel } from './area-labels.ts';
import { buildMarkers, type Marker } from './markers.ts';
import { scaleBar, type ScaleBar } from './scale-bar.ts';
import { viewNames, type ViewName } from './views.ts';
import { zoomView } from './zoom.ts';
import type { ZoomView } from './transform.ts';
import { calloutLines, calloutSentence, calloutShortLines } from './callouts.ts';
import type { LabelLine } from './placement.ts';

/** A focused event's callout, anchored on its marker. */
export interface Callout {
  id: string;
  /** The event's place: the callout names it, so that place's own label is left out. */
  place: string;
  x: number;
  y: number;
  lines: LabelLine[];
  /** The figure with a short claimant, narrower, for where `lines` does not fit (callouts.ts). */
  shortLines?: LabelLine[];
  sentence: string;
}

export interface MapModel {
  basemap: Basemap;
  markers: Marker[];
  labels: PlaceLabel[];
  areaLabels: AreaLabel[];
  callouts: Callout[];
  zoomViews: Record<ViewName, ZoomView>;
  scaleBars: Record<ViewName, ScaleBar>;
}

const basemaps = new WeakMap<BaseTopology, Basemap>();

export function buildMapModel(input: {
  topology: BaseTopology;
  events: readonly NigerEvent[];
  places: readonly Place[];
  locale: Locale;
  callouts?: readonly string[];
}): MapModel {
  const projection = createProjection();
  let basemap = basemaps.get(input.topology);
  if (!basemap) basemaps.set(input.topology, (basemap = buildBasemap(input.topology)));
  const placesById = new Map(input.places.map((p) => [p.id, p]));
  const zoomViews = Object.fromEntries(viewNames.map((name) => [name, zoomView(projection, name)])) as Record<
    ViewName,
    ZoomView
  >;
  const scaleBars = Object.fromEntries(
    viewNames.map((name) => [name, scaleBar(projection, zoomViews[name])]),
  ) as Record<ViewName, ScaleBar>;
  const markers = buildMarkers(input.events, placesById, projection, input.locale);
  const eventsById = new Map(input.events.map((e) => [e.id, e]));
  const callouts = [...new Set(input.callouts ?? [])].flatMap((id): Callout[] => {
    const event = eventsById.get(id);
    const marker = markers.find((m) => m.id === id);
    if (!event) throw new Error(`A map callout names unknown event "${id}": use an id from data/events.json`);
    if (!marker) return []; // outside the map's extent: nothing to point at
    const place = placesById.get(event.place)!;
    const lines = calloutLines(event, place, input.locale);
    const shortLines = calloutShortLines(event, place, input.locale);
    const same = shortLines?.length === lines.length && shortLines.every((l, i) => l.text === lines[i]!.text);
    return [
      {
        id,
        place: event.place,
        x: marker.x,
        y: marker.y,
        lines,
        ...(shortLines && !same ? { shortLines } : {}),
        sentence: calloutSentence(event, place, input.locale),
      },
    ];
  });
  return {
    basemap,
    markers,
    callouts,
    labels: buildLabels(input.places, projection),
    areaLabels: projectAreaLabels(projection),
    zoomViews,
    scaleBars,
  };
}
