// Base-map layers as SVG path strings, from the TopoJSON in data/geo (built by src/cli/build-geo.ts).
// Interior borders come from topojson's mesh so each border is stroked once.
import { geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { createProjection, frame } from './frame.ts';

export interface NamedPath {
  id: string;
  name: string;
  d: string;
}

export interface Basemap {
  land: string;
  countries: NamedPath[];
  borders: string;
  regions: NamedPath[];
  regionBorders: string;
  rivers: NamedPath[];
  lakes: NamedPath[];
}

type Props = { name?: string; iso3?: string; id?: string };
type BaseTopology = Topology<{
  countries: GeometryCollection<Props>;
  land: GeometryCollection;
  regions: GeometryCollection<Props>;
  rivers: GeometryCollection<Props>;
  lakes: GeometryCollection<Props>;
}>;

/**
 * Path strings clipped to the frame (nothing outside it is ever shown) and rounded to one decimal
 * of the base frame: under 1 px of error at the regional zooms, and small enough to inline.
 */
export function pathMaker(projection: GeoProjection, digits = 1) {
  const path = geoPath(projection).digits(digits);
  return (geometry: Parameters<typeof path>[0]) => path(geometry) ?? '';
}

function named(
  topology: BaseTopology,
  key: 'countries' | 'regions' | 'rivers' | 'lakes',
  draw: ReturnType<typeof pathMaker>,
): NamedPath[] {
  return feature(topology, topology.objects[key])
    .features.map((f, i) => ({
      id: String(f.properties?.iso3 ?? f.properties?.id ?? f.id ?? `${key}-${i}`),
      name: f.properties?.name ?? '',
      d: draw(f),
    }))
    .filter((p) => p.d !== '');
}

export function buildBasemap(topology: BaseTopology): Basemap {
  const draw = pathMaker(
    createProjection().clipExtent([
      [-2, -2],
      [frame.width + 2, frame.height + 2],
    ]),
  );
  const { objects } = topology;
  return {
    land: draw(feature(topology, objects.land)),
    countries: named(topology, 'countries', draw),
    borders: draw(mesh(topology, objects.countries, (a, b) => a !== b)),
    regions: named(topology, 'regions', draw),
    regionBorders: draw(mesh(topology, objects.regions, (a, b) => a !== b)),
    rivers: named(topology, 'rivers', draw),
    lakes: named(topology, 'lakes', draw),
  };
}

export type { BaseTopology };
