// WCAG 2.2 AA: axe on every page of both editions in both colour schemes, and what axe cannot
// judge: keyboard order and focus visibility, text zoom, the map's text alternative, announced
// step changes and reduced motion.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sampledPages } from './helpers';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
}

for (const path of sampledPages()) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path} (${colorScheme}) has no serious or critical axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

// On a phone, text wraps and links come closer together: WCAG 2.2's target size is checked there too.
for (const path of sampledPages()) {
  test(`${path} on a phone has no serious or critical axe violations`, async ({ browser }) => {
    test.setTimeout(60_000);
    // Lighthouse's mobile device: axe judges target sizes on touch screens.
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}

for (const path of ['/', '/fr/']) {
  test(`${path}: the story map's text alternative passes axe when open`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(path);
    await page.locator('.map-events summary').click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

/** Presses Tab `steps` times, describing each element that receives focus. */
async function tabThrough(page: Page, steps: number) {
  const seen: { tag: string; cls: string; event: string; outline: string; stroke: string }[] = [];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const path = el.querySelector('path');
        return {
          tag: el.tagName.toLowerCase(),
          cls: el.getAttribute('class') ?? '',
          event: el.dataset.event ?? el.getAttribute('data-event') ?? '',
          outline: getComputedStyle(el).outlineStyle,
          stroke: path ? getComputedStyle(path).strokeWidth : '',
        };
      }),
    );
  }
  return seen;
}

test('keyboard: skip link first, then the map markers in drawing order with a visible focus', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const drawn = await page
    .locator('tb-map .marker:not(.is-off)')
    .evaluateAll((ms) => ms.map((m) => m.getAttribute('data-event')!));
  test.setTimeout(60_000);
  const seen = await tabThrough(page, 40);
  expect(seen[0]!.cls).toContain('skip-link');
  expect(seen[0]!.outline).not.toBe('none');
  const markers = seen.filter((s) => s.cls.includes('marker'));
  expect(markers.length).toBeGreaterThan(10);
  // A focused marker is ringed (its outline is replaced by a thicker stroke in the focus colour).
  for (const m of markers) expect(Number.parseFloat(m.stroke)).toBeGreaterThanOrEqual(3);
  // Focus follows the drawing order, which puts the largest reported toll first (unit-tested in
  // map.test.ts), so keyboard and screen-reader users meet the deadliest events first.
  expect(markers.map((m) => m.event)).toEqual(drawn.slice(0, markers.length));
});

test('keyboard: the timeline items can be walked in date order with a visible focus ring', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/fr/#timeline');
  const first = page.locator('#timeline .timeline-title a').first();
  await first.focus();
  const dates: string[] = [];
  for (let i = 0; i < 40; i++) {
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return {
        item: el.closest<HTMLElement>('.timeline-item')?.dataset.date ?? '',
        outline: getComputedStyle(el).outlineStyle,
        title: el.closest('.timeline-title') !== null,
      };
    });
    if (info.title) {
      dates.push(info.item);
      expect(info.outline).not.toBe('none');
    }
    await page.keyboard.press('Tab');
  }
  expect(dates.length).toBeGreaterThanOrEqual(3);
  expect([...dates].sort()).toEqual(dates);
});

test("step changes are announced politely and the map's table follows the step", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const live = page.locator('[data-step-announcer]');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  const steps = page.locator('.step');
  const step = steps.nth(4);
  await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', '4');
  await expect(live).toHaveText((await step.getAttribute('data-alt'))!);
  // The rows follow when the table is opened.
  await page.locator('tb-scrolly .map-events summary').click();
  // The rows follow on the details' toggle event, a task after the click. Opening the table can
  // move the steps (the graphic grows), so the rows are those of the step now in view.
  await expect(page.locator('tb-scrolly .map-events tr[data-date]:not([hidden])')).toHaveCount(
    await page.locator('tb-map .marker:not(.is-off)').count(),
  );
  const active = steps.nth(Number(await page.locator('tb-scrolly').getAttribute('data-step')));
  const { from, to } = await active.evaluate((el) => ({
    from: (el as HTMLElement).dataset.from!,
    to: (el as HTMLElement).dataset.to!,
  }));
  const rows = await page
    .locator('tb-scrolly .map-events tr[data-date]')
    .evaluateAll((trs) =>
      trs.map((tr) => ({ date: (tr as HTMLElement).dataset.date!, hidden: (tr as HTMLElement).hidden })),
    );
  const visible = rows.filter((r) => !r.hidden);
  expect(visible.length).toBeGreaterThan(0);
  expect(visible.every((r) => r.date >= from && r.date <= to)).toBe(true);
  expect(rows.filter((r) => r.hidden).every((r) => r.date < from || r.date > to)).toBe(true);
  const markers = await page.locator('tb-map .marker:not(.is-off)').count();
  expect(visible.length).toBe(markers);
  await expect(page.locator('tb-scrolly .map-events [data-count]')).toHaveText(String(visible.length));
});

test('text zoomed to 200 % loses nothing: no horizontal scroll and no clipped text', async ({ browser }) => {
  // The zoom is a user style sheet, which the page's CSP would refuse if the test injected it as is.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  for (const path of ['/', '/fr/', '/fr/data/', '/embed/', '/fr/methodology/']) {
    await page.goto(path);
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways at 200 %`).toBeLessThanOrEqual(0);
    const clipped = await page.locator('p, h1, h2, h3, li, summary, a').evaluateAll((els) =>
      els
        .filter((el) => {
          const s = getComputedStyle(el);
          return s.overflow === 'hidden' && el.scrollWidth > el.clientWidth + 1 && el.getBoundingClientRect().width > 1;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(clipped, path).toEqual([]);
  }
  await context.close();
});

test('with reduced motion nothing on the page animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => {
        const s = getComputedStyle(el);
        return (
          s.transitionDuration.split(',').some((d) => Number.parseFloat(d) > 0) ||
          (s.animationName !== 'none' && Number.parseFloat(s.animationDuration) > 0)
        );
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class')}`),
  );
  expect(moving).toEqual([]);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).not.toBe('smooth');
});
