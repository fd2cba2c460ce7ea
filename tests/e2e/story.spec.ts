import { test, expect } from '@playwright/test';
import { toScreen, zoomTransform, transformAttribute, type ZoomView } from '../../src/lib/map/transform.ts';
import { stepsOf, watchPage } from './helpers.ts';

test('the story loads with no console error and no request leaving the site', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await page.locator('.step').last().scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

test('the map has labelled markers that link to their event pages and sources', async ({ page }) => {
  await page.goto('/');
  const markers = page.locator('tb-map .marker');
  expect(await markers.count()).toBeGreaterThanOrEqual(50);
  const first = markers.first();
  await expect(first).toHaveAttribute('aria-label', /\d{4}/);
  const href = (await first.getAttribute('href'))!;
  expect(href).toMatch(/^\/events\/[a-z0-9-]+\/$/);
  await page.goto(href);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('.sources a').first()).toHaveAttribute('href', /^https?:\/\//);
});

test('scrolling changes the map at every step', async ({ page }) => {
  test.setTimeout(90_000); // nineteen steps, each checked in full; slow when axe runs beside it
  await page.emulateMedia({ reducedMotion: 'reduce' }); // final states without waiting for flights
  await page.goto('/');
  const steps = await stepsOf(page);
  expect(steps.length).toBeGreaterThanOrEqual(10);
  const views = JSON.parse((await page.locator('tb-map').getAttribute('data-views'))!) as Record<
    string,
    { z: ZoomView }
  >;
  let previous = '';
  for (const [i, step] of steps.entries()) {
    await page
      .locator('.step')
      .nth(i)
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', String(i));
    await expect(page.locator('tb-map')).toHaveAttribute('data-view', step.view!);
    await expect(page.locator('.map-zoom')).toHaveAttribute(
      'transform',
      transformAttribute(zoomTransform(views[step.view!]!.z)),
    );
    // Every visible overlay sits where this view puts its point (hidden ones may lag behind).
    const t = zoomTransform(views[step.view!]!.z);
    const overlays = await page
      .locator('tb-map [data-x]:not(.is-off, .is-off [data-x])')
      .evaluateAll((els) =>
        els.map(
          (el) =>
            [
              Number(el.getAttribute('data-x')),
              Number(el.getAttribute('data-y')),
              el.getAttribute('transform'),
            ] as const,
        ),
      );
    const misplaced = overlays.filter(([x, y, transform]) => {
      const [sx, sy] = toScreen(x, y, t);
      return transform !== `translate(${sx} ${sy})`;
    });
    expect(misplaced, `step ${i}: overlays not moved to the view`).toEqual([]);
    const shown = await page
      .locator('.marker:not(.is-off)')
      .evaluateAll((ms) => ms.map((m) => (m as HTMLElement).dataset.date!));
    expect(
      shown.every((d) => d >= step.from! && d <= step.to!),
      `step ${i}: markers outside ${step.from}–${step.to}`,
    ).toBe(true);
    const hidden = await page
      .locator('.marker.is-off')
      .evaluateAll((ms) => ms.map((m) => (m as HTMLElement).dataset.date!));
    expect(
      hidden.some((d) => d >= step.from! && d <= step.to!),
      `step ${i}: markers in range hidden`,
    ).toBe(false);
    for (const id of (step.highlight ?? '').split(' ').filter(Boolean)) {
      await expect(page.locator(`.place[data-place="${id}"]`)).toHaveClass(/is-highlighted/);
    }
    const state = JSON.stringify([step.view, step.from, step.to, step.highlight, step.focus]);
    expect(state, `step ${i} shows the same map as the step before`).not.toBe(previous);
    previous = state;
  }
});

/**
 * Records, from now on, every transform the map's zoom group is drawn with, every CSS transform
 * put on the SVG, and whether a flight was drawn (the map's is-flying class, set while the canvas
 * draws the base layers).
 */
async function recordTransforms(page: import('@playwright/test').Page) {
  await page.evaluate(() => {
    const map = document.querySelector('tb-map')!;
    const zoom = map.querySelector('.map-zoom')!;
    const svg = map.querySelector<SVGSVGElement>('svg.map')!;
    const seen: { drawn: string[]; moved: string[]; flew: boolean } = { drawn: [], moved: [], flew: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => seen.drawn.push(zoom.getAttribute('transform')!)).observe(zoom, {
      attributes: true,
      attributeFilter: ['transform'],
    });
    new MutationObserver(() => {
      if (svg.style.transform) seen.moved.push(svg.style.transform);
    }).observe(svg, { attributes: true, attributeFilter: ['style'] });
    new MutationObserver(() => {
      seen.flew ||= map.classList.contains('is-flying');
    }).observe(map, { attributes: true, attributeFilter: ['class'] });
  });
  return () =>
    page.evaluate(() => (window as unknown as { seen: { drawn: string[]; moved: string[]; flew: boolean } }).seen);
}

for (const motion of ['no-preference', 'reduce'] as const) {
  test(`the map ${motion === 'reduce' ? 'jumps' : 'flies'} between views when motion is ${motion}`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto('/');
    const steps = await stepsOf(page);
    const i = steps.findIndex((s, n) => n > 0 && s.view !== steps[n - 1]!.view);
    expect(i).toBeGreaterThan(0);
    await page
      .locator('.step')
      .nth(i - 1)
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', String(i - 1));
    const views = JSON.parse((await page.locator('tb-map').getAttribute('data-views'))!) as Record<
      string,
      { z: ZoomView }
    >;
    const target = transformAttribute(zoomTransform(views[steps[i]!.view!]!.z));
    await expect(page.locator('.map-zoom')).not.toHaveAttribute('transform', target);
    const transforms = await recordTransforms(page);
    await page
      .locator('.step')
      .nth(i)
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(page.locator('.map-zoom')).toHaveAttribute('transform', target, { timeout: 5000 });
    await expect(page.locator('tb-map')).not.toHaveClass(/is-flying/);
    const seen = await transforms();
    // The SVG is redrawn once, for the new view, and never moved as a picture; in between, a
    // flight is drawn on the canvas (tests/e2e/map-flight.spec.ts follows it frame by frame).
    expect(seen.drawn).toEqual([target]);
    expect(seen.moved).toEqual([]);
    expect(seen.flew, 'a flight was drawn').toBe(motion === 'no-preference');
    await expect(page.locator('tb-map canvas')).toHaveCount(motion === 'reduce' ? 0 : 1);
    await expect(page.locator('tb-map canvas')).toBeHidden();
    // Overlays end where the transform puts their base-frame point.
    const label = page.locator('.place:not(.is-off)').first();
    const [x, y] = [Number(await label.getAttribute('data-x')), Number(await label.getAttribute('data-y'))];
    const [sx, sy] = toScreen(x, y, zoomTransform(views[steps[i]!.view!]!.z));
    await expect(label).toHaveAttribute('transform', `translate(${sx} ${sy})`);
  });
}

test('with JavaScript off the page shows the text, a complete map and the timeline', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('.step').first()).toBeVisible();
  await expect(page.locator('svg.map')).toBeVisible();
  const markers = await page.locator('tb-map .marker').count();
  expect(markers).toBeGreaterThanOrEqual(50);
  await expect(page.locator('tb-map .marker.is-off')).toHaveCount(0);
  await expect(page.locator('#timeline .timeline-item').first()).toBeVisible();
  await context.close();
});

test('the sections after the story are laid out ahead at idle, not when the last step reaches them', async ({
  page,
}) => {
  await page.goto('/');
  // The computed value, not the class: a class that a stronger rule outranks changes nothing.
  const layout = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.story-after:not(#timeline)')].map(
        (s) => `${s.id}: ${getComputedStyle(s).contentVisibility}`,
      ),
    );
  await expect.poll(layout, { timeout: 15_000 }).toEqual(['deaths: visible', 'about-the-map: visible']);
});

test('no horizontal scroll at 320 px', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto('/');
  for (const where of ['top', 'timeline', 'about-the-map']) {
    if (where !== 'top') await page.locator(`#${where}`).scrollIntoViewIfNeeded();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `page is ${width}px wide at ${where}`).toBeLessThanOrEqual(320);
  }
  await context.close();
});

test('the timeline runs from the coup to the last French departure', async ({ page }) => {
  await page.goto('/');
  const timeline = page.locator('#timeline');
  await expect(timeline.locator('time[datetime="2023-07-26"]').first()).toHaveText('26 July 2023');
  await expect(timeline.locator('time[datetime="2023-12-22"]').first()).toHaveText('22 December 2023');
  const dates = await timeline
    .locator('.timeline-item')
    .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.date!));
  expect(dates[0]).toBe('2023-07-26');
  expect(dates.at(-1)).toBe('2023-12-22');
  await expect(page.locator('.timeline-strip .timeline-end').first()).toContainText('26 Jul');
});

test('timeline items are reachable by keyboard and show figures with their claimant', async ({ page }) => {
  await page.goto('/#timeline');
  const link = page.locator('#timeline .timeline-title a').first();
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Tab');
  const claims = page.locator('#timeline .claim');
  expect(await claims.count()).toBeGreaterThan(5);
  await expect(claims.first()).toContainText('according to');
});

test('a marker can be reached by keyboard and opens its event page', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const last = (await page.locator('.step').count()) - 1;
  await page
    .locator('.step')
    .last()
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', String(last));
  const marker = page.locator('tb-map .marker:not(.is-off)').first();
  await marker.focus();
  await expect(marker).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\/\d{4}-[a-z0-9-]+\/$/);
  await expect(page.locator('.locator')).toBeVisible();
});
