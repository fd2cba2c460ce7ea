// Where a JSON text first goes wrong, and why in words a maintainer can act on. V8's own messages
// give no position for some mistakes (a trailing comma, a byte-order mark), so the text is walked
// once by a small recursive-descent reader that stops at the first error.

export interface JsonFault {
  /** Offset of the offending character in the text. */
  offset: number;
  hint: string;
}

class Fault extends Error {
  readonly offset: number;
  readonly hint: string;
  constructor(offset: number, hint: string) {
    super(hint);
    this.offset = offset;
    this.hint = hint;
  }
}

export function findJsonFault(text: string): JsonFault | undefined {
  let i = 0;
  const fail = (hint: string, at = i): never => {
    throw new Fault(at, hint);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const char = () => (i < text.length ? JSON.stringify(text[i]) : 'the end of the file');
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20)
        fail('a line break or control character inside a string: write it as \\n or remove it');
      i++;
    }
    if (i >= text.length) fail('a string is never closed: add the missing "');
    i++;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return container('}', true);
    if (c === '[') return container(']', false);
    if (c === '"') return string();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (literal) {
      i += literal[0].length;
      return;
    }
    if (c === "'") fail('strings must use double quotes "…", not single quotes');
    fail(`expected a value, found ${char()}`);
  };
  const container = (close: string, object: boolean) => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      if (object) {
        space();
        if (text[i] !== '"') fail(`expected a "quoted" field name, found ${char()}`);
        string();
        space();
        if (text[i] !== ':') fail(`expected ":" after the field name, found ${char()}`);
        i++;
      }
      value();
      space();
      if (text[i] === ',') {
        const comma = i;
        i++;
        space();
        if (text[i] === close) fail(`trailing comma before "${close}": remove this comma`, comma);
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      fail(
        `expected "," or "${close}", found ${char()}${text[i] === '"' || text[i] === '{' ? ' (a comma is missing before it)' : ''}`,
      );
    }
  };
  try {
    if (text.charCodeAt(0) === 0xfeff)
      fail('the file starts with a byte-order mark (BOM, U+FEFF): save it as UTF-8 without BOM', 0);
    value();
    space();
    if (i < text.length) fail(`unexpected ${char()} after the end of the data`);
    return undefined;
  } catch (error) {
    if (error instanceof Fault) return { offset: error.offset, hint: error.hint };
    throw error;
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
