// Runs before the browser tests: finds a Chromium, or installs one where it can (Playwright's own
// download where that network is reachable; Debian's package when running as root with apt), or
// stops with one message that says what to run. Never a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, noBrowserHelp } from './chromium-path.ts';

// Output is kept and only its last line shown on failure: the installers' own stack traces would
// bury the one message that matters.
function run(command: string, args: string[], timeoutMs: number): boolean {
  console.error(`ensure-browser: no Chromium found; trying ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status === 0) return true;
  const lines = `${result.stderr ?? ''}\n${result.stdout ?? ''}`
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const why =
    result.error?.message ?? lines.find((l) => /^(Error|E):/.test(l)) ?? lines.at(-1) ?? `exit ${result.status}`;
  console.error(`ensure-browser: that did not work (${why})`);
  return false;
}

function tryInstall(): void {
  if (process.env.CHROMIUM_PATH) return; // the user named a browser: do not install another one
  if (!process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD) {
    run('node_modules/.bin/playwright', ['install', 'chromium'], 5 * 60_000);
    if (findChromium()) return;
  }
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    if (run('apt-get', ['update', '-qq'], 5 * 60_000))
      run('apt-get', ['install', '-y', '-qq', 'chromium'], 10 * 60_000);
  }
}

let browser = findChromium();
if (!browser) {
  tryInstall();
  browser = findChromium();
}
if (!browser) {
  const named = process.env.CHROMIUM_PATH;
  console.error(`\n${named ? `CHROMIUM_PATH=${named} does not exist.\n` : ''}${noBrowserHelp}\n`);
  process.exit(1);
}
console.error(`ensure-browser: browser tests will drive ${browser}`);
