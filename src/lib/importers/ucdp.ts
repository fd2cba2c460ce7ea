// UCDP Georeferenced Event Dataset (GED) rows to draft events. UCDP splits deaths by side, so in
// state-based violence side A (the government) gives the soldiers' figure and side B the
// attackers'; one-sided violence gives civilian deaths. Best estimates are used.
import type { EventKind } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import { clip, draftPrefix, type Mapped } from './drafts.ts';
import { limits } from '../../schema/text.ts';

type Claim = NonNullable<Mapped['event']['casualties']>[number];
import { parseCoordinate, parseCount, parseDate, type Rejected, type Row } from './rows.ts';

export const ucdpColumns = [
  'id',
  'type_of_violence',
  'side_a',
  'side_b',
  'source_article',
  'source_headline',
  'source_date',
  'source_original',
  'where_prec',
  'where_coordinates',
  'adm_1',
  'latitude',
  'longitude',
  'country',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
] as const;

const countries: Record<string, string> = {
  Niger: 'NER',
  Mali: 'MLI',
  'Burkina Faso': 'BFA',
  Nigeria: 'NGA',
  Benin: 'BEN',
  Chad: 'TCD',
  Algeria: 'DZA',
  Libya: 'LBY',
};

/** type_of_violence 1 state-based, 2 non-state, 3 one-sided (against civilians). */
export function ucdpKind(type: string): { kind: EventKind; review?: string } | undefined {
  if (type === '1') return { kind: 'attack-on-soldiers' };
  if (type === '3') return { kind: 'attack-on-civilians' };
  if (type === '2')
    return {
      kind: 'attack-on-civilians',
      review: 'UCDP non-state violence (armed groups or militias against each other): check who was attacked.',
    };
  return undefined;
}

/** date_prec 1: the day; 2–3: within a week; 4: the month; 5: longer. */
export const ucdpDatePrecision: Record<string, 'day' | 'month' | 'reported'> = {
  '1': 'day',
  '2': 'day',
  '3': 'day',
  '4': 'month',
  '5': 'reported',
};
/** where_prec 1: the place; 2: within 25 km; 3–5: a district, region or line; 6–7: the country or beyond. */
export const ucdpPlacePrecision: Record<string, Place['precision']> = {
  '1': 'town',
  '2': 'approx',
  '3': 'approx',
  '4': 'approx',
  '5': 'approx',
  '6': 'approx',
  '7': 'approx',
};

export function mapUcdpRow(row: Row, line: number, file: string): Mapped | Rejected[] {
  const problems: Rejected[] = [];
  const reject = (column: string, message: string, hint: string) =>
    problems.push({ file, row: line, column, message, hint });
  const date = parseDate(row.date_start);
  if (!date)
    reject('date_start', `"${row.date_start ?? ''}" is not a date`, 'write YYYY-MM-DD, as UCDP GED exports it');
  const end = row.date_end ? parseDate(row.date_end) : date;
  if (row.date_end && !end)
    reject('date_end', `"${row.date_end}" is not a date`, 'write YYYY-MM-DD, or leave it empty for a one-day event');
  if (date && end && end < date)
    reject('date_end', `${end} is before date_start ${date}`, 'swap the two dates, or correct the one that is wrong');
  const lat = parseCoordinate(row.latitude, 90);
  if (lat === null)
    reject(
      'latitude',
      `"${row.latitude ?? ''}" is not a latitude`,
      'give decimal degrees between -90 and 90, north positive',
    );
  const lon = parseCoordinate(row.longitude, 180);
  if (lon === null)
    reject(
      'longitude',
      `"${row.longitude ?? ''}" is not a longitude`,
      'give decimal degrees between -180 and 180, east positive',
    );
  const deaths = Object.fromEntries(
    (['deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best'] as const).map((c) => [
      c,
      parseCount(row[c]),
    ]),
  );
  for (const [column, value] of Object.entries(deaths))
    if (value === null)
      reject(
        column,
        `"${row[column]}" is not a whole number of people`,
        'write a count such as 12 (0 or more), or leave the cell empty',
      );
  const country = countries[row.country ?? ''];
  if (!country)
    reject(
      'country',
      `unknown country "${row.country ?? ''}"`,
      `use the country name as UCDP writes it: ${Object.keys(countries).join(', ')}`,
    );
  const mapped = ucdpKind(row.type_of_violence ?? '');
  if (!mapped)
    reject(
      'type_of_violence',
      `"${row.type_of_violence ?? ''}" is not 1, 2 or 3`,
      "use UCDP's type_of_violence: 1 state-based, 2 non-state, 3 one-sided",
    );
  if (!row.id)
    reject(
      'id',
      'missing UCDP event id',
      'keep the id column from the UCDP GED export: it makes the draft id and source link',
    );
  if (problems.length > 0) return problems;

  const { kind, review } = mapped!;
  const claimant = { en: 'UCDP GED (best estimate, from its sources)' };
  const claims: Claim[] = [];
  const add = (group: Claim['group'], killed: number) => {
    if (killed > 0) claims.push({ group, killed, qualifier: 'exact', claimed_by: claimant });
  };
  if (kind === 'attack-on-soldiers') {
    add('soldiers', deaths.deaths_a!);
    add('civilians', deaths.deaths_civilians!);
    add('militants', deaths.deaths_b!);
  } else
    add(
      'civilians',
      deaths.deaths_civilians! + (row.type_of_violence === '2' ? deaths.deaths_a! + deaths.deaths_b! : 0),
    );
  const url = `https://ucdp.uu.se/event/${row.id}`;
  const sourceDate = parseDate((row.source_date ?? '').split(';')[0]);
  const notes = [
    review,
    deaths.deaths_unknown! > 0 ? `UCDP also counts ${deaths.deaths_unknown} deaths of unknown status.` : undefined,
    `Sides: ${row.side_a} against ${row.side_b}.`,
  ].filter(Boolean);
  return {
    sourceId: `ucdp-${row.id}`,
    event: {
      date: date!,
      ...(end && end !== date ? { date_end: end } : {}),
      date_precision: ucdpDatePrecision[row.date_prec ?? ''] ?? 'day',
      kind,
      place_precision:
        row.where_prec === '6' || row.where_prec === '7'
          ? 'country'
          : (ucdpPlacePrecision[row.where_prec ?? ''] ?? 'approx'),
      place_note: { en: clip(`${row.where_coordinates || row.adm_1} (UCDP location)`, limits.placeNote) },
      text: {
        en: {
          title: clip(
            `${draftPrefix}${row.side_a} / ${row.side_b} at ${row.where_coordinates || row.adm_1}`,
            limits.title,
          ),
          summary: clip(`${draftPrefix}${row.source_article || 'No UCDP source text.'}`, limits.summary),
        },
      },
      casualties: claims,
      actors: [row.side_a, row.side_b].filter((a): a is string => !!a).map((a) => ({ en: clip(a, limits.actor) })),
      sources: [
        {
          publisher: clip(`UCDP GED (sources: ${row.source_original || 'not named'})`, limits.publisher),
          title: clip(row.source_headline || `UCDP GED event ${row.id}`, limits.sourceTitle),
          url,
          date: sourceDate,
        },
      ],
      note: { en: clip(notes.join(' '), limits.note) },
    },
    location: {
      name: (row.where_coordinates || row.adm_1 || 'unnamed place').split(/[;(]/)[0]!.trim(),
      lon: lon!,
      lat: lat!,
      admin1: row.adm_1 ?? '',
      country: country!,
      precision: ucdpPlacePrecision[row.where_prec ?? ''] ?? 'approx',
      sourceUrl: url,
    },
  };
}
