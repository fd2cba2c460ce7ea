// The dataset as one flat CSV row per event (RFC 4180 quoting by d3-dsv). Multi-valued fields
// (claims, sources, actors) are joined with " | " and keep each item's attribution.
import { csvFormatRows } from 'd3-dsv';
import type { NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import { headlineClaim } from '../events/claims.ts';
import { attributedClaim } from '../format/claims.ts';

export const csvColumns = [
  'id',
  'date',
  'date_end',
  'date_precision',
  'kind',
  'title',
  'summary',
  'place_id',
  'place_name',
  'admin1',
  'country',
  'lat',
  'lon',
  'place_precision',
  'place_note',
  'soldiers_killed',
  'civilians_killed',
  'militants_killed_claimed',
  'claims',
  'incident',
  'actors',
  'sources',
  'source_urls',
  'milestone',
  'note',
] as const;

export type CsvRow = Record<(typeof csvColumns)[number], string>;

/** Columns written from numbers: they stay numbers (a longitude may well start with "-"). */
const numericColumns: ReadonlySet<string> = new Set([
  'lat',
  'lon',
  'soldiers_killed',
  'civilians_killed',
  'militants_killed_claimed',
]);

/**
 * A spreadsheet runs a cell that begins with =, +, - or @ (and, in some, a tab, carriage return or
 * NUL) as a formula: a title like =HYPERLINK(…) would become a live link in whoever opens the
 * download. OWASP's CSV-injection guidance (and ASVS 1.2.10): prefix such a text cell with a single
 * quote so it is shown as text. Quoting for commas and quotes is left to d3-dsv (RFC 4180).
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r\0]/.test(value) ? `'${value}` : value;
}

function cell(column: string, value: string): string {
  if (!numericColumns.has(column)) return neutraliseCell(value);
  if (value !== '' && !/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/.test(value))
    throw new Error(`CSV column ${column} must hold a number, got "${value}"`);
  return value;
}

const blank = (n: number | undefined) => (n === undefined ? '' : String(n));

export function csvRow(event: NigerEvent, place: Place): CsvRow {
  // Counted deaths (src/lib/events/counting.ts); blank when no claim may be counted.
  const headline = (g: 'soldiers' | 'civilians' | 'militants') => blank(headlineClaim(event, g)?.killed);
  return {
    id: event.id,
    date: event.date,
    date_end: event.date_end ?? '',
    date_precision: event.date_precision,
    kind: event.kind,
    title: event.text.en.title,
    summary: event.text.en.summary,
    place_id: place.id,
    place_name: place.name,
    admin1: place.admin1,
    country: place.country,
    lat: blank(place.lat),
    lon: blank(place.lon),
    place_precision: event.place_precision,
    place_note: event.place_note?.en ?? '',
    soldiers_killed: headline('soldiers'),
    civilians_killed: headline('civilians'),
    militants_killed_claimed: headline('militants'),
    claims: event.casualties.map((c) => `${attributedClaim(c, 'en')}${c.counted ? ' [counted]' : ''}`).join(' | '),
    incident: event.incident ?? '',
    actors: event.actors.map((a) => a.en).join(' | '),
    sources: event.sources
      .map(
        (s) =>
          `${s.publisher}: ${s.title}${s.headline_missing ? ' [headline not recorded]' : s.headline_from_url ? ' [headline taken from the page address]' : ''}${s.date ? ` (${s.date})` : ''}`,
      )
      .join(' | '),
    source_urls: event.sources.map((s) => s.url).join(' | '),
    milestone: event.milestone ? 'true' : 'false',
    note: event.note?.en ?? '',
  };
}

export function eventsCsv(events: readonly NigerEvent[], places: ReadonlyMap<string, Place>): string {
  const rows = events.map((e) => {
    const place = places.get(e.place);
    if (!place) throw new Error(`Event "${e.id}" refers to unknown place "${e.place}"`);
    return csvRow(e, place);
  });
  // d3-dsv quotes fields; records are joined with CRLF as RFC 4180 asks (newlines inside quoted
  // fields stay as they are).
  const line = (values: string[]) => csvFormatRows([values]);
  return [line([...csvColumns]), ...rows.map((r) => line(csvColumns.map((c) => cell(c, r[c]))))].join('\r\n') + '\r\n';
}
