// JSON.parse with the file name, the line and column of a syntax error, and what to do about it.
import { DatasetError } from './problems.ts';
import { findJsonFault, lineColumn } from './json-error.ts';

export function parseJsonFile(text: string, file: string): unknown {
  try {
    if (text.charCodeAt(0) === 0xfeff) throw new SyntaxError('byte-order mark');
    return JSON.parse(text);
  } catch (error) {
    const fault = findJsonFault(text);
    if (!fault)
      throw new DatasetError([
        { file, message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}` },
      ]);
    const { line, column } = lineColumn(text, fault.offset);
    throw new DatasetError([{ file, message: `is not valid JSON (line ${line}, column ${column}): ${fault.hint}` }]);
  }
}
