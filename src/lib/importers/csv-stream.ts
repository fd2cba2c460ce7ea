// An RFC 4180 CSV reader fed chunk by chunk, so a 50 MB export is never held as one string nor as
// one array of row objects (d3-dsv's csvParse needs both, and took 1 GB of memory on such a file).
// Each record comes out with the line it starts on, for error messages.

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

export class CsvReader {
  private field = '';
  private fields: string[] = [];
  private quoted = false;
  /** Inside quotes, a quote was just seen: it either closes the field or starts an escaped "". */
  private quoteSeen = false;
  private line = 1;
  private recordLine = 1;
  private pendingCR = false;
  private readonly delimiter: string;

  constructor(delimiter = ',') {
    this.delimiter = delimiter;
  }

  /** Feeds the next piece of text; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const { delimiter } = this;
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.pendingCR) {
        this.pendingCR = false;
        if (c === 10) {
          start = i + 1;
          continue;
        }
      }
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (c === 34) {
            this.field += '"';
            start = i + 1;
            continue;
          }
          this.quoted = false; // the quote closed the field; fall through to read this character
        } else {
          if (c === 34) {
            this.field += chunk.slice(start, i);
            this.quoteSeen = true;
            start = i + 1;
          } else if (c === 10) this.line++;
          continue;
        }
      }
      if (c === 34 && this.field === '' && start === i) {
        this.quoted = true;
        start = i + 1;
        continue;
      }
      if (chunk[i] === delimiter) {
        this.fields.push(this.field + chunk.slice(start, i));
        this.field = '';
        start = i + 1;
      } else if (c === 10 || c === 13) {
        this.fields.push(this.field + chunk.slice(start, i));
        this.field = '';
        out.push({ line: this.recordLine, fields: this.fields });
        this.fields = [];
        this.line++;
        this.recordLine = this.line;
        this.pendingCR = c === 13;
        start = i + 1;
      }
    }
    if (this.quoted && !this.quoteSeen) this.field += chunk.slice(start);
    else if (!this.quoted) this.field += chunk.slice(start);
    return out;
  }

  /** Ends the input; returns the last record if the file does not end with a line break. */
  end(): CsvRecord[] {
    if (this.quoted && !this.quoteSeen)
      throw new Error(`a quoted field opened on line ${this.recordLine} is never closed`);
    if (this.field === '' && this.fields.length === 0) return [];
    this.fields.push(this.field);
    const last = { line: this.recordLine, fields: this.fields };
    this.fields = [];
    this.field = '';
    return [last];
  }
}
