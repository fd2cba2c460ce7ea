// Reading an export: CSV rows (RFC 4180, via d3-dsv) with a check that the documented columns are
// there, and the rejection record every importer uses for a row it cannot map.
import { csvParse } from 'd3-dsv';

export interface Rejected {
  file: string;
  /** 1-based line of the row in the file (the header is line 1). */
  row: number;
  column: string;
  message: string;
}

export class ImportError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ImportError';
  }
}

export type Row = Record<string, string>;

export function readRows(text: string, file: string, required: readonly string[]): Row[] {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const missing = required.filter((c) => !rows.columns.includes(c));
  if (missing.length > 0) throw new ImportError(file, `missing column(s) ${missing.join(', ')}; is this the right kind of export?`);
  if (rows.length === 0) throw new ImportError(file, 'has a header but no rows');
  return rows.map((r) => ({ ...r }) as Row);
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "2024-03-20", "2024-03-20 00:00:00.000" or ACLED's older "20 March 2024", as YYYY-MM-DD; null if not a real date. */
export function parseDate(value: string | undefined): string | null {
  const text = (value ?? '').trim();
  let iso: string | undefined;
  const isoMatch = /^(\d{4}-\d{2}-\d{2})(?:[ T].*)?$/.exec(text);
  if (isoMatch) iso = isoMatch[1];
  else {
    const long = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text);
    const month = long ? months.indexOf(long[2]!.toLowerCase()) + 1 : 0;
    if (long && month > 0) iso = `${long[3]}-${String(month).padStart(2, '0')}-${long[1]!.padStart(2, '0')}`;
  }
  if (!iso) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** A whole number of people, or null when the cell is not one. */
export function parseCount(value: string | undefined): number | null {
  const text = (value ?? '').trim();
  if (text === '') return 0;
  return /^\d+$/.test(text) ? Number(text) : null;
}

export function parseCoordinate(value: string | undefined, limit: 90 | 180): number | null {
  const n = Number((value ?? '').trim());
  return (value ?? '').trim() !== '' && Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}
