// JSON.parse with the file name and the line and column of a syntax error in the message.
import { DatasetError } from './problems.ts';

export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = ` (line ${line}, column ${column})`;
    }
    throw new DatasetError([{ file, message: `is not valid JSON${where}: ${message}` }]);
  }
}
