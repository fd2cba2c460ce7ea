// Which Chromium the browser tests and the benchmark drive: the one named by CHROMIUM_PATH, a
// Playwright-managed browser where `playwright install` has put one, or a system package.
// `npm test` runs src/cli/ensure-browser.ts first, which installs one when none is found.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function managedPath(): string | undefined {
  try {
    const managed = chromium.executablePath();
    return existsSync(managed) ? managed : undefined;
  } catch {
    return undefined;
  }
}

/** The browser to drive, or undefined when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env.CHROMIUM_PATH;
  if (named) return existsSync(named) ? named : undefined;
  return managedPath() ?? systemPaths.find((p) => existsSync(p));
}

/** What to run when no browser is found (printed, never a stack trace). */
export const noBrowserHelp = [
  'No Chromium found for the browser tests. Any one of these fixes it:',
  '  sudo apt-get install chromium          # Debian or Ubuntu: installs /usr/bin/chromium',
  '  npx playwright install chromium        # where Playwright can download its browser',
  '  export CHROMIUM_PATH=/path/to/chrome   # any Chromium or Chrome already on the machine',
].join('\n');

export function chromiumPath(): string {
  const found = findChromium();
  if (found) return found;
  const named = process.env.CHROMIUM_PATH;
  throw new Error(named ? `CHROMIUM_PATH=${named} does not exist.\n${noBrowserHelp}` : noBrowserHelp);
}

/** Flags for a closed network: keep Chromium from calling home. */
export const quietChromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
