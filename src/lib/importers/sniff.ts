// What is wrong with an export before its rows are read: an empty file, the wrong encoding or the
// wrong delimiter each used to surface as "all 20 columns missing". The first bytes and the header
// line say which it is, and the message says what to do.
import { ImportError } from './rows.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding of an export from its first bytes; UTF-8 with or without a byte-order mark. */
export function sniffEncoding(head: Uint8Array, file: string): { encoding: Encoding; bom: number } {
  if (head.length === 0)
    throw new ImportError(file, 'is empty (0 bytes): export the data again, the download did not complete');
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  // UTF-16 without a byte-order mark: every other byte of ASCII text is 0.
  const sample = head.subarray(bom, bom + 200);
  const zeros = sample.filter((b) => b === 0).length;
  if (zeros > sample.length / 4) {
    throw new ImportError(
      file,
      'looks like UTF-16 without a byte-order mark (many zero bytes): save it as "CSV UTF-8" and import again',
    );
  }
  return { encoding: 'utf-8', bom };
}

const delimiters = [
  [';', 'semicolons'],
  ['\t', 'tabs'],
  ['|', 'vertical bars'],
] as const;

/**
 * Checks the header line before any row is read: blank, the wrong delimiter, or columns of
 * another export, each named as such.
 */
export function checkHeader(header: string[], rawHeader: string, file: string, required: readonly string[]): void {
  if (header.length === 1 && header[0]!.trim() === '')
    throw new ImportError(file, 'has an empty first line: the header row with the column names must come first');
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length === 0) return;
  for (const [delimiter, name] of delimiters) {
    const cells = rawHeader.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (cells.length > 1 && required.every((c) => cells.includes(c))) {
      throw new ImportError(
        file,
        `separates its columns with ${name}, not commas: export it again as comma-separated CSV (or, in a spreadsheet, save as "CSV UTF-8 (comma delimited)")`,
      );
    }
  }
  const found = required.filter((c) => header.includes(c)).length;
  throw new ImportError(
    file,
    `missing column(s) ${missing.join(', ')}${found === 0 ? ' (none of the expected columns is there: is this the right kind of export, ACLED or UCDP GED?)' : '; is this the right kind of export?'}`,
  );
}
