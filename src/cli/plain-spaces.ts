// Replaces typed no-break and thin spaces (U+00A0, U+2007, U+2009, U+200A, U+202F, literal or as
// \u escapes) with plain spaces in content/**/*.mdx and data/*.json: French spacing is set at render
// time by src/lib/format/typography.ts. Idempotent: run it again after merging text from elsewhere.
//   node src/cli/plain-spaces.ts
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const invisible = /[\u00a0\u2007\u2009\u200a\u202f]|\\u(?:00a0|2007|2009|200a|202f)/gi;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

let total = 0;
for (const path of [...files('content', /\.mdx$/), ...files('data', /\.json$/)]) {
  const before = readFileSync(path, 'utf8');
  const count = before.match(invisible)?.length ?? 0;
  if (count === 0) continue;
  writeFileSync(path, before.replace(invisible, ' '));
  console.log(`${path}: ${count} replaced`);
  total += count;
}
console.log(total ? `${total} invisible spaces replaced with plain ones` : 'no invisible spaces typed');
