// A locator map for one event: the place in its area (the tri-border area when it lies there,
// otherwise a box of the same size centred on it) and an inset of West Africa showing where that
// area is. Pure geometry: path strings and points, drawn by LocatorMap.astro and its image.
import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { BaseTopology } from './basemap.ts';
import { corners } from './frame.ts';
import { views } from './views.ts';
import type { Box } from '../geo/box.ts';
import { westAfrica } from '../geo/box.ts';
import { round } from '../format/round.ts';

export const locatorSize = { width: 480, height: 320 } as const;
export const insetSize = { width: 132, height: 92 } as const;

export interface LocatorLayer {
  land: string;
  niger: string;
  borders: string;
  rivers: string;
}

export interface LocatorMap {
  box: Box;
  main: LocatorLayer & { point: [number, number] };
  inset: LocatorLayer & { area: string; point: [number, number] };
}

const triBorder = views['tri-border'].bbox;

/** The area the main map shows: the tri-border box when the place is inside it, else one as big around the place. */
export function locatorBox(lon: number, lat: number): Box {
  const [w, s, e, n] = triBorder;
  if (lon >= w && lon <= e && lat >= s && lat <= n) return triBorder;
  const halfW = (e - w) / 2;
  const halfH = (n - s) / 2;
  return [lon - halfW, lat - halfH, lon + halfW, lat + halfH];
}

/** The main map's and the inset's projection: the box fitted to the size, less a margin. */
export function locatorProjection(box: Box, size: { width: number; height: number }, margin: number): GeoProjection {
  const [w, s, e, n] = box;
  return geoTransverseMercator()
    .rotate([-(w + e) / 2, -(s + n) / 2])
    .fitExtent(
      [
        [margin, margin],
        [size.width - margin, size.height - margin],
      ],
      corners(box),
    );
}

/** GeoJSON of the layers, converted from TopoJSON once per build (hundreds of event pages share it). */
const geometries = new WeakMap<BaseTopology, ReturnType<typeof toGeometries>>();
function toGeometries(topology: BaseTopology) {
  const { objects } = topology;
  return {
    land: feature(topology, objects.land),
    niger: feature(topology, objects.countries).features.find((f) => f.properties?.iso3 === 'NER'),
    borders: mesh(topology, objects.countries, (a, b) => a !== b),
    rivers: feature(topology, objects.rivers),
  };
}

/** `digits`: decimals kept; the 132-px inset needs none. */
function layers(
  topology: BaseTopology,
  p: GeoProjection,
  size: { width: number; height: number },
  digits: number,
): LocatorLayer {
  const path = geoPath(
    p.clipExtent([
      [-2, -2],
      [size.width + 2, size.height + 2],
    ]),
  ).digits(digits);
  if (!geometries.has(topology)) geometries.set(topology, toGeometries(topology));
  const g = geometries.get(topology)!;
  return {
    land: path(g.land) ?? '',
    niger: g.niger ? (path(g.niger) ?? '') : '',
    borders: path(g.borders) ?? '',
    rivers: path(g.rivers) ?? '',
  };
}

/** One locator per place: many events share a place, and a build draws each event in two editions. */
const byPlace = new Map<string, LocatorMap>();

function point(p: GeoProjection, lon: number, lat: number): [number, number] {
  const [x, y] = p([lon, lat]) ?? [0, 0];
  return [round(x, 1), round(y, 1)];
}

export function buildLocator(topology: BaseTopology, place: { lon: number; lat: number }): LocatorMap {
  const key = `${place.lon},${place.lat}`;
  if (!byPlace.has(key)) byPlace.set(key, drawLocator(topology, place));
  return byPlace.get(key)!;
}

function drawLocator(topology: BaseTopology, place: { lon: number; lat: number }): LocatorMap {
  const box = locatorBox(place.lon, place.lat);
  const main = locatorProjection(box, locatorSize, 0);
  const inset = locatorProjection(westAfrica, insetSize, 2);
  const [w, s, e, n] = box;
  const ring = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ].map(([lon, lat]) => point(inset, lon!, lat!));
  const mainPoint = point(main, place.lon, place.lat);
  return {
    box,
    // Names are placed separately (locator-labels.ts), by the map's placement rules.
    main: { ...layers(topology, main, locatorSize, 1), point: mainPoint },
    inset: {
      ...layers(topology, inset, insetSize, 0),
      area: `M${ring.map((p) => p.join(',')).join('L')}Z`,
      point: point(inset, place.lon, place.lat),
    },
  };
}
