// No invisible space is typed in the sources: French spacing is set at render time by
// src/lib/format/typography.ts (typography.test.ts). To clean a pasted text: node src/cli/plain-spaces.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('no invisible space is typed in src/, content/ or data/ (typography.ts adds them)', () => {
  const typed = /[\u00a0\u2007\u2009\u200a\u202f]/;
  // A JSON or source escape is just as invisible to the editor who reads the output.
  const escaped = /\\u(?:00a0|2007|2009|200a|202f)/i;
  // The function that sets the spaces, and the script that removes typed ones, name them.
  const allowed = new Set([join('src', 'lib', 'format', 'typography.ts'), join('src', 'cli', 'plain-spaces.ts')]);
  const found = ['src', 'content', 'data']
    .flatMap(files)
    .filter((f) => !/\.(png|jpe?g|webp|ico|woff2?|gz)$/.test(f))
    .flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          const where = `${path}:${i + 1}`;
          if (typed.test(line))
            return [
              `${where}: U+${typed.exec(line)![0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} typed: write a plain space (node src/cli/plain-spaces.ts)`,
            ];
          if (escaped.test(line) && !allowed.has(path))
            return [`${where}: ${escaped.exec(line)![0]}: write a plain space`];
          return [];
        }),
    );
  assert.deepEqual(found, []);
});
