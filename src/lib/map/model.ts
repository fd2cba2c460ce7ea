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

export interface MapModel {
  basemap: Basemap;
  markers: Marker[];
  labels: PlaceLabel[];
  areaLabels: AreaLabel[];
  zoomViews: Record<ViewName, ZoomView>;
  scaleBars: Record<ViewName, ScaleBar>;
}

const basemaps = new WeakMap<BaseTopology, Basemap>();

export function buildMapModel(input: { topology: BaseTopology; events: readonly NigerEvent[]; places: readonly Place[]; locale: Locale }): MapModel {
  const projection = createProjection();
  let basemap = basemaps.get(input.topology);
  if (!basemap) basemaps.set(input.topology, (basemap = buildBasemap(input.topology)));
  const placesById = new Map(input.places.map((p) => [p.id, p]));
  const zoomViews = Object.fromEntries(viewNames.map((name) => [name, zoomView(projection, name)])) as Record<ViewName, ZoomView>;
  const scaleBars = Object.fromEntries(viewNames.map((name) => [name, scaleBar(projection, zoomViews[name])])) as Record<ViewName, ScaleBar>;
  return {
    basemap,
    markers: buildMarkers(input.events, placesById, projection, input.locale),
    labels: buildLabels(input.places, projection),
    areaLabels: projectAreaLabels(projection),
    zoomViews,
    scaleBars,
  };
}
