// Synthetic ACLED and UCDP GED exports of a given size, for the importer's bench. Deterministic
// (a seeded generator), with the documented columns, long notes like real exports, and place
// names that repeat at different coordinates (the case that once made ids grow quadratically).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { acledColumns } from '../../lib/importers/acled.ts';
import { ucdpColumns } from '../../lib/importers/ucdp.ts';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const names = [
  'Kodo',
  'Tera',
  'Gorouol',
  'Banibangou',
  'Abala',
  'Ayorou',
  'Tillia',
  'Makalondi',
  'Torodi',
  'Ouallam',
  'Anzourou',
  'Inatès',
  'Tongo Tongo',
  'Bankilaré',
  'Téguey',
];
const words =
  'armed men on motorcycles attacked the village and the market killing residents according to local sources and officials who said that the army sent reinforcements'.split(
    ' ',
  );

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function sentence(rnd: () => number, n: number): string {
  return Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ');
}

function acledRow(i: number, rnd: () => number): Record<string, string> {
  const day = 1 + Math.floor(rnd() * 28);
  return {
    event_id_cnty: `NIG${100000 + i}`,
    event_date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    year: '2024',
    time_precision: String(1 + Math.floor(rnd() * 3)),
    disorder_type: 'Political violence',
    event_type: rnd() < 0.5 ? 'Battles' : 'Violence against civilians',
    sub_event_type: 'Armed clash',
    actor1: 'Islamic State Sahel Province',
    inter1: '2',
    actor2: 'Military Forces of Niger (2023-)',
    inter2: rnd() < 0.7 ? '1' : '7',
    civilian_targeting: '',
    iso: '562',
    region: 'Western Africa',
    country: 'Niger',
    admin1: 'Tillaberi',
    admin2: 'Tera',
    admin3: 'Gorouol',
    location: names[i % names.length]!,
    latitude: (13 + rnd() * 3).toFixed(4),
    longitude: (0.2 + rnd() * 3.5).toFixed(4),
    geo_precision: String(1 + Math.floor(rnd() * 3)),
    source: 'Synthetic Wire; Synthetic Radio',
    source_scale: 'National',
    notes: `On ${day} of the month, ${sentence(rnd, 40 + Math.floor(rnd() * 40))}.`,
    fatalities: String(Math.floor(rnd() * 30)),
    tags: '',
    timestamp: String(1700000000 + i),
  };
}

function ucdpRow(i: number, rnd: () => number): Record<string, string> {
  const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
  const date = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${day}`;
  const [a, b, c] = [Math.floor(rnd() * 10), Math.floor(rnd() * 10), Math.floor(rnd() * 10)];
  return {
    id: String(900000 + i),
    relid: `NER-2024-1-${i}`,
    year: '2024',
    active_year: '1',
    code_status: 'Clear',
    type_of_violence: String(1 + Math.floor(rnd() * 3)),
    conflict_dset_id: '99',
    conflict_new_id: '99',
    conflict_name: 'Niger: Government',
    dyad_dset_id: '99',
    dyad_new_id: '99',
    dyad_name: 'Government of Niger - IS Sahel',
    side_a_dset_id: '99',
    side_a_new_id: '99',
    side_a: 'Government of Niger',
    side_b_dset_id: '99',
    side_b_new_id: '99',
    side_b: 'IS Sahel',
    number_of_sources: '2',
    source_article: `Synthetic Wire ${date} "${sentence(rnd, 30 + Math.floor(rnd() * 30))}"`,
    source_office: '',
    source_date: date,
    source_headline: sentence(rnd, 8),
    source_original: 'Synthetic Wire',
    where_prec: String(1 + Math.floor(rnd() * 3)),
    where_coordinates: `${names[i % names.length]} village`,
    where_description: 'Synthetic',
    adm_1: 'Tillaberi region',
    adm_2: 'Tera department',
    latitude: (13 + rnd() * 3).toFixed(4),
    longitude: (0.2 + rnd() * 3.5).toFixed(4),
    geom_wkt: 'POINT (1 14)',
    priogrid_gid: '1',
    country: 'Niger',
    country_id: '436',
    region: 'Africa',
    event_clarity: '1',
    date_prec: '1',
    date_start: `${date} 00:00:00.000`,
    date_end: `${date} 00:00:00.000`,
    deaths_a: String(a),
    deaths_b: String(b),
    deaths_civilians: String(c),
    deaths_unknown: '0',
    best: String(a + b + c),
    high: String(a + b + c),
    low: String(a + b + c),
    gwnoa: '436',
    gwnob: '',
  };
}

export const synthetic = {
  acled: {
    columns: [
      ...acledColumns,
      'year',
      'disorder_type',
      'admin2',
      'admin3',
      'region',
      'source_scale',
      'tags',
      'timestamp',
    ],
    row: acledRow,
  },
  ucdp: {
    columns: [
      ...ucdpColumns,
      'relid',
      'year',
      'active_year',
      'code_status',
      'conflict_dset_id',
      'conflict_new_id',
      'conflict_name',
      'dyad_dset_id',
      'dyad_new_id',
      'dyad_name',
      'side_a_dset_id',
      'side_a_new_id',
      'side_b_dset_id',
      'side_b_new_id',
      'number_of_sources',
      'source_office',
      'where_description',
      'adm_2',
      'geom_wkt',
      'priogrid_gid',
      'country_id',
      'region',
      'event_clarity',
      'high',
      'low',
      'gwnoa',
      'gwnob',
    ],
    row: ucdpRow,
  },
} as const;

/** Writes rows to `path` until it holds at least `bytes`; returns the number of rows. */
export async function writeSyntheticExport(
  format: keyof typeof synthetic,
  path: string,
  bytes: number,
): Promise<number> {
  const { columns, row } = synthetic[format];
  const rnd = random(format === 'acled' ? 1 : 2);
  const out = createWriteStream(path);
  let written = 0;
  const put = async (line: string) => {
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  await put(`${columns.join(',')}\n`);
  let i = 0;
  while (written < bytes) {
    const r = row(i++, rnd) as Record<string, string>;
    await put(`${columns.map((c) => quote(r[c] ?? '')).join(',')}\n`);
  }
  out.end();
  await once(out, 'finish');
  return i;
}
