// Reading an export: CSV rows (RFC 4180) with a check that the documented columns are there, and
// the rejection record every importer uses for a row it cannot map.
import { CsvReader } from './csv-stream.ts';
import { checkHeader } from './sniff.ts';
import { isCalendarDay } from '../time/calendar-day.ts';

export interface Rejected {
  file: string;
  /** 1-based line of the row in the file (the header is line 1). */
  row: number;
  column: string;
  message: string;
  /** What to do about it. */
  hint: string;
}

export class ImportError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ImportError';
  }
}

export type Row = Record<string, string>;

/** Turns records into rows keyed by the header, checking the header first. */
export class RowReader {
  private header: string[] | undefined;
  private readonly file: string;
  private readonly required: readonly string[];
  rows = 0;
  constructor(file: string, required: readonly string[]) {
    this.file = file;
    this.required = required;
  }

  /** The row of a record, or undefined for the header and blank lines. */
  row(fields: string[]): Row | undefined {
    if (!this.header) {
      // A header split on the wrong delimiter is one field (or a few): joined, it is the raw line.
      checkHeader(fields, fields.join(','), this.file, this.required);
      this.header = fields;
      return undefined;
    }
    if (fields.length === 1 && fields[0] === '') return undefined;
    const row: Row = {};
    this.header.forEach((name, i) => {
      row[name] = fields[i] ?? '';
    });
    this.rows++;
    return row;
  }

  finish(): void {
    if (!this.header) throw new ImportError(this.file, 'holds no text (only blank lines): export the data again');
    if (this.rows === 0)
      throw new ImportError(this.file, 'has a header but no rows: the export matched no events; widen its filters');
  }
}

/** Every row of a whole export held in memory (small files and tests). */
export function readRows(text: string, file: string, required: readonly string[]): Row[] {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ImportError(file, 'is empty: export the data again, the download did not complete');
  const reader = new CsvReader();
  const rows = new RowReader(file, required);
  const out: Row[] = [];
  for (const record of [...reader.push(body), ...reader.end()]) {
    const row = rows.row(record.fields);
    if (row) out.push(row);
  }
  rows.finish();
  return out;
}

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

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
  return iso && isCalendarDay(iso) ? iso : null;
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
