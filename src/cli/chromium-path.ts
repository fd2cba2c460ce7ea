// Which Chromium the browser tests and the benchmark drive. Playwright cannot download its own
// browsers here, so Debian's package comes first; a Playwright-managed browser is the fallback.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumPath(): string {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    const managed = chromium.executablePath();
    if (existsSync(managed)) return managed;
  } catch {
    // no managed browser either
  }
  throw new Error(
    'No Chromium found for the browser tests. Install Debian\'s package (sudo apt-get install chromium), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

/** Flags for a closed network: keep Chromium from calling home. */
export const quietChromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
