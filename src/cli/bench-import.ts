// `npm run bench:import [-- <megabytes>]`: writes synthetic ACLED and UCDP GED exports of 50 MB
// (or the size given) to the system's temporary directory, imports each under /usr/bin/time -v, and
// prints the wall time and peak memory against the targets (30 s, 300 MB). Figures, not assertions.
// It runs `npm run import`, the command maintainers run, with its V8 flags: a young generation of
// 4 MB semi-spaces (the default grows to 96 MB of short-lived garbage for a streamed file).
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticExport } from './bench/synthetic-export.ts';

const megabytes = Number(process.argv[2] ?? 50);
const dir = join(tmpdir(), 'three-borders-import-bench');
mkdirSync(dir, { recursive: true });
const root = fileURLToPath(new URL('../..', import.meta.url));

for (const format of ['acled', 'ucdp'] as const) {
  const input = join(dir, `${format}-${megabytes}mb.csv`);
  const rows = await writeSyntheticExport(format, input, megabytes * 1024 * 1024);
  const out = join(dir, `${format}-drafts.json`);
  const run = spawnSync(
    '/usr/bin/time',
    ['-v', 'npm', 'run', '-s', 'import', '--', format, input, '--out', out, '--force'],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const stat = (name: string) => new RegExp(`${name}[^:]*: (.+)`).exec(run.stderr)?.[1]?.trim();
  const rss = Number(stat('Maximum resident set size')) / 1024;
  const cpu = Number(stat('User time \\(seconds\\)')) + Number(stat('System time \\(seconds\\)'));
  const wall = stat('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)');
  const summary = run.stderr.split('\n').find((l) => l.includes('row(s) read')) ?? run.stderr.slice(-500);
  const size = (statSync(input).size / 1024 / 1024).toFixed(1);
  console.log(
    `${format}: ${size} MB, ${rows} rows; wall ${wall} (target < 30 s), CPU ${cpu.toFixed(1)} s, peak RSS ${rss.toFixed(0)} MB (target < 300 MB), exit ${run.status}\n  ${summary}`,
  );
}
