// Serves the site as a host would with public/_headers: every response from the site gets the
// headers of its rules (CSP, CORS, frame-ancestors), so a test sees what production readers get.
import type { Page } from '@playwright/test';
import { headerRules, patternMatches } from '../../src/lib/security/headers.ts';

/** Applies the production headers to the page's requests; returns the CSP violations it logs. */
export async function withProductionHeaders(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.route(/127\.0\.0\.1/, async (route) => {
    const response = await route.fetch();
    const path = new URL(route.request().url()).pathname;
    const extra = Object.assign(
      {},
      ...headerRules()
        .filter((r) => patternMatches(r.path, path))
        .map((r) => r.headers),
    ) as Record<string, string>;
    // The test server speaks plain http on loopback: HSTS and the https upgrade do not apply.
    delete extra['Strict-Transport-Security'];
    if (extra['Content-Security-Policy'])
      extra['Content-Security-Policy'] = extra['Content-Security-Policy'].replace('; upgrade-insecure-requests', '');
    await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
  });
  return violations;
}
