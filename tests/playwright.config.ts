// End-to-end tests against the built site (run `npm run build` first; `npm test` does).
// Playwright cannot download its own browser here, so we drive Debian's Chromium, falling back to
// a Playwright-managed browser where one is installed.
import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, quietChromiumFlags } from '../src/cli/chromium-path.ts';
import { fileURLToPath } from 'node:url';

const PORT = Number(process.env.PORT ?? 4329);
const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  outputDir: '../test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
          // A closed network: keep Chromium from calling home. The embed tests put a host page and the
          // site on two loopback origins; in production both are public, so local-network checks
          // (which would block one loopback origin framing another) do not apply there.
          args: [
            ...quietChromiumFlags,
            '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${PORT}`,
    cwd: root,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
