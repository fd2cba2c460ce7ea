// Compares a rendering with its committed golden file. On a mismatch it writes the new rendering
// as <name>-changed.svg beside the golden (ignored by git) for a reviewer to open or diff, and says
// how to accept it. A golden is only ever written by `npm run golden:update`, never in CI: a
// missing golden is a failure, not a first run.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type GoldenResult = { status: 'same' | 'updated' } | { status: 'missing' | 'changed'; message: string };

export interface GoldenOptions {
  /** Folder holding <name>.svg goldens. */
  dir: string;
  /** Write the rendering as the new golden (npm run golden:update). */
  update: boolean;
}

export function changedPath(dir: string, name: string): string {
  return join(dir, `${name}-changed.svg`);
}

export function compareGolden(name: string, actual: string, { dir, update }: GoldenOptions): GoldenResult {
  const golden = join(dir, `${name}.svg`);
  const changed = changedPath(dir, name);
  if (update) {
    writeFileSync(golden, actual);
    rmSync(changed, { force: true });
    return { status: 'updated' };
  }
  if (!existsSync(golden)) {
    writeFileSync(changed, actual);
    return {
      status: 'missing',
      message: `${golden} does not exist (the rendering is in ${changed}): run \`npm run golden:update\`, look at the new file and commit it.`,
    };
  }
  const expected = readFileSync(golden, 'utf8');
  if (expected === actual) {
    rmSync(changed, { force: true });
    return { status: 'same' };
  }
  writeFileSync(changed, actual);
  const a = expected.split('\n');
  const b = actual.split('\n');
  const line = a.findIndex((l, i) => l !== b[i]);
  const at = line === -1 ? a.length : line;
  return {
    status: 'changed',
    message:
      `${name} renders differently from its golden ${golden}, first at line ${at + 1}:\n  golden: ${(a[at] ?? '(end of file)').slice(0, 200)}\n  now:    ${(b[at] ?? '(end of file)').slice(0, 200)}\n` +
      `The new rendering is in ${changed}: open both, or \`diff ${golden} ${changed}\`. If the change is intended, run \`npm run golden:update\` and commit the goldens.`,
  };
}
