// Lighthouse (mobile, simulated throttling: its default) against the same Chromium as the tests.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath, quietChromiumFlags } from '../chromium-path.ts';

export interface LighthouseResult {
  scores: Record<string, number>;
  lcp: number;
  tbt: number;
  cls: number;
}

export async function withLighthouse<T>(
  run: (audit: (url: string) => Promise<LighthouseResult>) => Promise<T>,
): Promise<T> {
  // --headless=new is required on a machine without a display (toolchain notes).
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...quietChromiumFlags],
  });
  try {
    return await run(async (url) => {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      return {
        scores: Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)])),
        lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      };
    });
  } finally {
    chrome.kill();
  }
}
