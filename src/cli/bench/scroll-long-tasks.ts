// Long tasks while a reader scrolls through the whole story on a slow phone: 4× CPU throttling,
// every step brought into view in turn, map flights included.
import type { Browser } from '@playwright/test';

export interface ScrollResult { steps: number; longTasks: number; longest: number; total: number }

export async function scrollLongTasks(browser: Browser, url: string): Promise<ScrollResult> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: number[] = ((window as unknown as { longTasks: number[] }).longTasks = []);
    new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load' });
  // Loading is Lighthouse's business (TBT); count only what the scroll itself costs.
  await page.waitForTimeout(2000);
  await page.evaluate(() => { (window as unknown as { longTasks: number[] }).longTasks.length = 0; });
  const steps = await page.locator('.step').count();
  for (let i = 0; i < steps; i++) {
    // Scroll as a reader does, a screen at a time, until the step reaches the trigger line.
    await page.locator('.step').nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(2300); // a flight lasts up to 2.2 s (src/scripts/map-element.ts)
  }
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  await context.close();
  return { steps, longTasks: tasks.length, longest: Math.max(0, ...tasks), total: tasks.reduce((a, b) => a + b, 0) };
}
