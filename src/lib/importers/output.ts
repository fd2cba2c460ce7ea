// Where the importer may write. It writes drafts for review, never the dataset: an --out inside
// data/ once replaced data/events.json with an import report, and an --out equal to the input
// overwrote the export. Both are refused, and an existing file is replaced only with --force.
import { realpathSync, existsSync } from 'node:fs';
import { dirname, basename, join, relative, resolve, isAbsolute } from 'node:path';

/** The path with symbolic links resolved, even when the file itself does not exist yet. */
function real(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(real(parent), basename(absolute));
}

function inside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Why `out` may not be written, or undefined when it may. */
export function outputProblem({
  out,
  input,
  dataDir,
  force,
}: {
  out: string;
  input: string;
  dataDir: string;
  force: boolean;
}): string | undefined {
  const target = real(out);
  if (inside(target, real(dataDir)))
    return `--out ${out} is inside ${dataDir}/: the importer writes drafts for review, never the dataset; write them elsewhere (e.g. --out drafts/acled.json) and move reviewed events into data/ by hand`;
  if (target === real(input))
    return `--out ${out} is the input file: writing there would destroy the export; choose another name`;
  if (existsSync(target) && !force)
    return `--out ${out} already exists: add --force to replace it, or choose another name`;
  return undefined;
}

/** A temporary name beside `out`, renamed over it only once the whole file is written. */
export function temporaryPath(out: string, pid = process.pid): string {
  return join(dirname(resolve(out)), `.${basename(out)}.${pid}.tmp`);
}
