// ACLED export rows (its documented columns) to draft events. ACLED counts fatalities for the
// whole event, all sides together, so the figure goes on the group the event's kind implies and
// the claim says so; every draft is for a person to review.
import type { EventKind } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import { iso3ByNumeric } from '../geo/country-codes.ts';
import { clip, draftPrefix, type Mapped } from './drafts.ts';
import { limits } from '../../schema/text.ts';
import { parseCoordinate, parseCount, parseDate, type Rejected, type Row } from './rows.ts';

export const acledColumns = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'inter1',
  'actor2',
  'inter2',
  'civilian_targeting',
  'iso',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;

/** ACLED's interaction code for state forces. */
const STATE_FORCES = '1';

/**
 * Kind from ACLED's event type: violence against civilians, or any event ACLED flags as civilian
 * targeting, is an attack on civilians; battles and explosions in which state forces are the second
 * actor (the one attacked) are attacks on soldiers; strategic developments, protests and riots are
 * political. Anything else is an attack on soldiers flagged for review.
 */
export function acledKind(row: {
  event_type?: string;
  civilian_targeting?: string;
  inter1?: string;
  inter2?: string;
}): { kind: EventKind; review?: string } {
  if (row.event_type === 'Violence against civilians' || row.civilian_targeting?.trim())
    return { kind: 'attack-on-civilians' };
  if (row.event_type === 'Battles' || row.event_type === 'Explosions/Remote violence') {
    if (row.inter2 === STATE_FORCES) return { kind: 'attack-on-soldiers' };
    return {
      kind: 'attack-on-soldiers',
      review: `ACLED ${row.event_type} where state forces are not the second actor: check who was attacked.`,
    };
  }
  if (['Strategic developments', 'Protests', 'Riots'].includes(row.event_type ?? ''))
    return {
      kind: 'political',
      review: `ACLED ${row.event_type}: check whether this belongs in the dataset and its kind.`,
    };
  return { kind: 'attack-on-soldiers', review: `Unrecognised ACLED event type "${row.event_type}".` };
}

/** time_precision 1: the day; 2: within a week; 3: within a month. */
export const acledDatePrecision = { '1': 'day', '2': 'day', '3': 'month' } as const;
/** geo_precision 1: the town or village; 2: near it; 3: only the wider region. */
export const acledPlacePrecision: Record<string, Place['precision']> = { '1': 'town', '2': 'approx', '3': 'approx' };

export function mapAcledRow(row: Row, line: number, file: string): Mapped | Rejected[] {
  const problems: Rejected[] = [];
  const reject = (column: string, message: string, hint: string) =>
    problems.push({ file, row: line, column, message, hint });
  const date = parseDate(row.event_date);
  if (!date)
    reject(
      'event_date',
      `"${row.event_date ?? ''}" is not a date`,
      'write YYYY-MM-DD or "20 March 2024", as ACLED exports it',
    );
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
  const fatalities = parseCount(row.fatalities);
  if (fatalities === null)
    reject(
      'fatalities',
      `"${row.fatalities}" is not a whole number of people`,
      'write a count such as 12 (0 or more), or leave the cell empty',
    );
  const country = iso3ByNumeric[(row.iso ?? '').padStart(3, '0')];
  if (!country)
    reject(
      'iso',
      `unknown country code "${row.iso ?? ''}"`,
      'use the ISO 3166-1 numeric code ACLED exports, e.g. 562 for Niger',
    );
  const time = row.time_precision as keyof typeof acledDatePrecision;
  if (!(time in acledDatePrecision))
    reject(
      'time_precision',
      `"${row.time_precision ?? ''}" is not 1, 2 or 3`,
      "use ACLED's time_precision: 1 the day, 2 the week, 3 the month",
    );
  if (!row.event_id_cnty)
    reject(
      'event_id_cnty',
      'missing ACLED event id',
      'keep the event_id_cnty column from the ACLED export: it makes the draft id and source link',
    );
  if (problems.length > 0) return problems;

  const { kind, review } = acledKind(row);
  const group = kind === 'attack-on-civilians' ? 'civilians' : 'soldiers';
  const url = `https://acleddata.com/data-export-tool/#${row.event_id_cnty}`;
  const notes = [
    review,
    time === '2' ? 'ACLED dates this event to within a week.' : undefined,
    'ACLED fatality counts include all sides; split them by group before publishing.',
  ].filter(Boolean);
  return {
    sourceId: row.event_id_cnty!,
    event: {
      date: date!,
      date_precision: acledDatePrecision[time],
      kind,
      place_precision: acledPlacePrecision[row.geo_precision ?? ''] ?? 'approx',
      place_note: { en: clip(`${row.location}, ${row.admin1} (ACLED location)`, limits.placeNote) },
      text: {
        en: {
          title: clip(`${draftPrefix}${row.sub_event_type || row.event_type} at ${row.location}`, limits.title),
          summary: clip(`${draftPrefix}${row.notes || 'No ACLED notes.'}`, limits.summary),
        },
      },
      casualties:
        fatalities! > 0 && kind !== 'political'
          ? [{ group, killed: fatalities!, claimed_by: { en: 'ACLED (all sides, from its sources)' } }]
          : [],
      actors: [row.actor1, row.actor2].filter((a): a is string => !!a).map((a) => ({ en: clip(a, limits.actor) })),
      sources: [
        {
          publisher: clip(`ACLED (sources: ${row.source || 'not named'})`, limits.publisher),
          title: `ACLED event ${row.event_id_cnty}`,
          url,
          date: date!,
        },
      ],
      note: { en: clip(notes.join(' '), limits.note) },
    },
    location: {
      name: row.location || 'unnamed place',
      lon: lon!,
      lat: lat!,
      admin1: row.admin1 ?? '',
      country: country!,
      precision: acledPlacePrecision[row.geo_precision ?? ''] ?? 'approx',
      sourceUrl: url,
    },
  };
}
