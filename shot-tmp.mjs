import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [url, w, file, full] of JSON.parse(process.argv[2])) {
  const p = await b.newPage({ viewport: { width: w, height: 800 }, deviceScaleFactor: 1 });
  await p.goto(url); await p.waitForTimeout(500);
  await p.screenshot({ path: file, fullPage: !!full });
  await p.close();
}
await b.close();
