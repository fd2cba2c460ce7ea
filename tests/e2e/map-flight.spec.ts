// The map in motion: flights drawn as vectors (no painted layer ever scaled), the canvas agreeing
// with the SVG it hands over to, labels that wait for the landing, and a scroll that always ends
// on the step in view (fast scroll, End key, anchors, reload). Then the phone layout: half the
// screen for the graphic, a key on one line, a timeline strip whose labels never sit on a mark.
import { test, expect, type Page } from '@playwright/test';
import sharp from 'sharp';
import { interpolateZoom } from 'd3-interpolate';
import { flightDuration, transformAttribute, zoomTransform, type ZoomView } from '../../src/lib/map/transform.ts';
import { stepsOf } from './helpers.ts';

type Views = Record<string, { z: ZoomView }>;
const viewsOf = async (page: Page) => JSON.parse((await page.locator('tb-map').getAttribute('data-views'))!) as Views;
const center = (page: Page, i: number) =>
  page
    .locator('.step')
    .nth(i)
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));

/** Waits until the map has landed on step `i`'s view, with no flight under way. */
async function landedOn(page: Page, i: number, views: Views, view: string) {
  await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', String(i), { timeout: 5000 });
  await expect(page.locator('.map-zoom')).toHaveAttribute(
    'transform',
    transformAttribute(zoomTransform(views[view]!.z)),
    { timeout: 5000 },
  );
  await expect(page.locator('tb-map')).not.toHaveClass(/is-flying/);
}

/** The longest flights of the story, as [from step, to step], longest first. */
function longestFlights(steps: { view?: string }[], views: Views, n: number): [number, number][] {
  return steps
    .slice(1)
    .map((s, i) => [i, i + 1, interpolateZoom(views[steps[i]!.view!]!.z, views[s.view!]!.z).duration] as const)
    .sort((a, b) => b[2] - a[2])
    .slice(0, n)
    .map(([a, b]) => [a, b]);
}

interface Frame {
  flying: boolean;
  transforms: string[];
  backing: number;
  covered: boolean;
  svgShown: boolean;
  svg: string;
  labels: string[];
}

/** From now on, every animation frame records what the reader sees of the map. */
function recordFrames(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('tb-map')!;
    const frames: Frame[] = [];
    (window as unknown as { frames: typeof frames }).frames = frames;
    const sample = () => {
      const canvas = map.querySelector('canvas');
      const svg = map.querySelector('svg.map')!;
      const layers = [map, svg, ...(canvas && !canvas.hidden ? [canvas] : [])];
      const box = svg.getBoundingClientRect();
      // The canvas covers the SVG when it is shown, opaque, and on top of it.
      const covered =
        !!canvas &&
        !canvas.hidden &&
        Number(getComputedStyle(canvas).opacity) > 0.99 &&
        document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === canvas;
      frames.push({
        flying: map.classList.contains('is-flying'),
        transforms: layers.map((el) => getComputedStyle(el).transform),
        // A canvas drawn at fewer pixels than it covers would be a stretched bitmap too.
        backing:
          canvas && !canvas.hidden ? canvas.width / (canvas.getBoundingClientRect().width * devicePixelRatio) : 1,
        covered,
        // The SVG is what screen readers, keyboards and print use: it is never hidden, in flight either.
        svgShown: getComputedStyle(svg).visibility === 'visible' && Number(getComputedStyle(svg).opacity) === 1,
        // What the SVG shows: its zoom, its shown markers and labels and where the first of each sits.
        svg: [
          svg.querySelector('.map-zoom')!.getAttribute('transform'),
          ...['.marker:not(.is-off) [data-x]', '.lbl:not(.is-off)'].flatMap((q) => {
            const shown = svg.querySelectorAll(q);
            return [shown.length, shown[0]?.getAttribute('transform')];
          }),
        ].join(' '),
        labels: covered
          ? []
          : [...map.querySelectorAll<SVGElement>('.place:not(.is-off)')]
              .filter((p) => Number(getComputedStyle(p).opacity) > 0.05)
              .map((p) => p.dataset.place!),
      });
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

const scales = (transform: string) => {
  const m = /^matrix\(([^)]+)\)$/.exec(transform);
  if (!m) return [1, 1];
  const [a, b, c, d] = m[1]!.split(',').map(Number) as number[];
  return [Math.hypot(a!, b!), Math.hypot(c!, d!)];
};

for (const size of [
  { name: 'phone', width: 412, height: 823 },
  { name: 'desktop', width: 1280, height: 800 },
]) {
  test(`${size.name}: the three longest flights are vectors at every frame, and labels wait for the landing`, async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const steps = await stepsOf(page);
    const views = await viewsOf(page);
    for (const [from, to] of longestFlights(steps, views, 3)) {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await center(page, from);
      await landedOn(page, from, views, steps[from]!.view!);
      const origin = await page
        .locator('.place:not(.is-off)')
        .evaluateAll((ps) => ps.map((p) => (p as SVGElement).dataset.place!));
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await recordFrames(page);
      await center(page, to);
      await landedOn(page, to, views, steps[to]!.view!);
      await page.waitForTimeout(100);
      const frames = await page.evaluate(() => (window as unknown as { frames: Frame[] }).frames);
      const flying = frames.filter((f) => f.flying);
      expect(flying.length, `flight ${from}→${to}: frames drawn in flight`).toBeGreaterThan(2);
      const scaled = frames.filter(
        (f) =>
          f.transforms.some((t) => scales(t).some((s) => Math.abs(s - 1) > 0.01)) || Math.abs(f.backing - 1) > 0.02,
      );
      expect(scaled, `flight ${from}→${to}: frames with a scaled painted layer`).toEqual([]);
      // In flight the canvas covers the SVG, from the end of its fade-in to the landing without a
      // gap (the SVG's markers and base layer never show through while the canvas moves).
      const covering = frames.map((f) => (f.covered ? 'C' : f.flying ? 'f' : '.')).join('');
      expect(covering, `flight ${from}→${to}: frames covered (C), in flight uncovered (f), at rest (.)`).toMatch(
        /^\.*f{0,20}C+\.+$/,
      );
      expect(
        frames.every((f) => f.svgShown),
        'the SVG stays shown',
      ).toBe(true);
      // The SVG changes for the destination only under the canvas: whenever it can be seen in
      // flight, it still shows the origin.
      const seenChanged = flying.filter((f) => !f.covered && f.svg !== frames[0]!.svg).map((f) => f.svg);
      expect(seenChanged, `flight ${from}→${to}: SVG changed while seen in flight`).toEqual([]);
      await expect(page.locator('tb-map canvas')).toBeHidden();
      // The destination's own labels are not shown before the map lands.
      const arriving = await page
        .locator('.place:not(.is-off)')
        .evaluateAll(
          (ps, o) => ps.map((p) => (p as SVGElement).dataset.place!).filter((id) => !o.includes(id)),
          origin,
        );
      const early = flying.flatMap((f) => f.labels.filter((id) => arriving.includes(id)));
      expect(early, `flight ${from}→${to}: destination labels shown in flight`).toEqual([]);
      await page.evaluate(() => {
        (window as unknown as { frames: unknown[] }).frames.length = 0;
      });
    }
    await context.close();
  });
}

// A worker draws the canvas where the browser can; where it cannot start (here: its script
// blocked), the page draws the same frames itself.
for (const [colorScheme, drawer] of [
  ['light', 'worker'],
  ['dark', 'worker'],
  ['light', 'page'],
] as const)
  test(`the canvas of a flight agrees with the SVG it lands on (${colorScheme} scheme, drawn by the ${drawer})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1,
      colorScheme,
    });
    const page = await context.newPage();
    if (drawer === 'page') await page.route('**/flight-worker*.js', (route) => route.abort());
    await page.clock.install();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    await page.clock.runFor(500);
    const steps = await stepsOf(page);
    const views = await viewsOf(page);
    const [from, to] = longestFlights(steps, views, 1)[0]!;
    await center(page, from);
    await page.clock.runFor(500);
    await landedOn(page, from, views, steps[from]!.view!);
    // The base layers and the markers are compared: labels, callouts and scale bars are the SVG's alone.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<SVGElement>(
        '.map-area-labels, .map-places, .map-callouts, .map-scale-bars',
      ))
        el.style.visibility = 'hidden';
    });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.clock.pauseAt(Date.now() + 10_000);
    await center(page, to);
    await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', String(to));
    const duration = flightDuration(interpolateZoom(views[steps[from]!.view!]!.z, views[steps[to]!.view!]!.z).duration);
    // The canvas fades in on the compositor's clock, not the page's: wait until it covers the SVG.
    await page.clock.runFor(100);
    const canvas = page.locator('tb-map canvas');
    await expect.poll(() => canvas.evaluate((c) => getComputedStyle(c).opacity)).toBe('1');
    await page.clock.runFor(duration - 140); // the last frame before landing: the view is the destination's to a hair
    await expect(page.locator('tb-map')).toHaveClass(/is-flying/);
    const workers = page.workers().filter((w) => w.url().includes('flight-worker'));
    expect(workers.length, 'flight workers').toBe(drawer === 'worker' ? 1 : 0);
    // A worker draws on its own clock: give it the moment it needs to show the frame it was sent.
    await page.waitForTimeout(200);
    const inFlight = await page.locator('tb-map').screenshot();
    await page.clock.runFor(200);
    await landedOn(page, to, views, steps[to]!.view!);
    await expect(canvas).toBeHidden();
    const landed = await page.locator('tb-map').screenshot();
    const [a, b] = await Promise.all([inFlight, landed].map((png) => sharp(png).removeAlpha().raw().toBuffer()));
    expect(a!.length).toBe(b!.length);
    let off = 0;
    let total = 0;
    for (let i = 0; i < a!.length; i++) {
      const d = Math.abs(a![i]! - b![i]!);
      total += d;
      if (d > 48) off += 1;
    }
    // Anti-aliasing differs between the two rasterisers; shapes, colours and line widths must not.
    expect(total / a!.length, 'mean difference per channel').toBeLessThan(3);
    expect(off / a!.length, 'share of channels clearly different').toBeLessThan(0.02);
    // Each marker the SVG shows was drawn by the canvas, in its colour and at its place: the pixel
    // at the centre of each shown marker is the same in both pictures.
    const width = (await sharp(landed).metadata()).width!;
    const origin = (await page.locator('tb-map').boundingBox())!;
    const centres = await page.locator('a.marker:not(.is-off) path').evaluateAll((ps) =>
      ps.map((p) => {
        const r = p.getBoundingClientRect();
        return [r.x + r.width / 2, r.y + r.height / 2];
      }),
    );
    const inside = centres.filter(
      ([x, y]) =>
        x! > origin.x + 2 && y! > origin.y + 2 && x! < origin.x + origin.width - 2 && y! < origin.y + origin.height - 2,
    );
    expect(inside.length, 'markers shown in the frame').toBeGreaterThan(3);
    const differing = inside.filter(([x, y]) => {
      const i = (Math.round(y! - origin.y) * width + Math.round(x! - origin.x)) * 3;
      return [0, 1, 2].some((c) => Math.abs(a![i + c]! - b![i + c]!) > 40);
    });
    expect(
      differing.length,
      `markers not drawn as the SVG draws them: ${differing.length} of ${inside.length}`,
    ).toBeLessThanOrEqual(Math.floor(inside.length * 0.1));
    await context.close();
  });

test('a flight interrupted by more scrolling re-targets from where the map is, and lands on the last step', async ({
  page,
}) => {
  // The page's clock is ours: the second scroll comes mid-flight however slow the machine is.
  await page.clock.install();
  await page.goto('/');
  await page.clock.runFor(500);
  const steps = await stepsOf(page);
  const views = await viewsOf(page);
  const [from, to] = longestFlights(steps, views, 1)[0]!;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await center(page, from);
  await page.clock.runFor(500);
  await landedOn(page, from, views, steps[from]!.view!);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.clock.pauseAt(Date.now() + 10_000);
  await recordFrames(page);
  await center(page, to);
  await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', String(to));
  await page.clock.runFor(400);
  await expect(page.locator('tb-map')).toHaveClass(/is-flying/);
  const next = steps.findIndex((s, i) => i > to && s.view !== steps[to]!.view);
  await center(page, next);
  await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', String(next));
  await page.clock.runFor(3000);
  await landedOn(page, next, views, steps[next]!.view!);
  const frames = await page.evaluate(() => (window as unknown as { frames: { flying: boolean }[] }).frames);
  // One continuous flight: it never landed in between (no frame at rest between two in flight).
  const first = frames.findIndex((f) => f.flying);
  const last = frames.findLastIndex((f) => f.flying);
  expect(last - first).toBeGreaterThan(30);
  expect(
    frames
      .slice(first, last + 1)
      .map((f) => (f.flying ? 'F' : '.'))
      .join(''),
  ).not.toContain('.');
});

/** From now on, every animation frame counts the CSS transitions running in the map's SVG, and whether it flies. */
function recordTransitions(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('tb-map')!;
    const samples: { flying: boolean; transitions: number }[] = [];
    (window as unknown as { samples: typeof samples }).samples = samples;
    const sample = () => {
      const transitions = document
        .getAnimations()
        .filter(
          (a) =>
            a instanceof CSSTransition &&
            a.playState === 'running' &&
            map.contains((a.effect as KeyframeEffect).target),
        ).length;
      samples.push({ flying: map.classList.contains('is-flying'), transitions });
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}
const samplesOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { samples: { flying: boolean; transitions: number }[] }).samples);

test('under the flight canvas the SVG changes without transitions; in the same view its changes fade', async ({
  page,
}) => {
  await page.goto('/');
  const steps = await stepsOf(page);
  const views = await viewsOf(page);
  // A flight whose destination shows other markers than its origin, then a step in the same view.
  const same = steps.findIndex((s, i) => i > 1 && s.view === steps[i - 1]!.view && s.from !== steps[i - 1]!.from);
  expect(same, 'a step in the same view as the one before it').toBeGreaterThan(1);
  const [from, to] = [same - 2, same - 1];
  expect(steps[from]!.view).not.toBe(steps[to]!.view);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await center(page, from);
  await landedOn(page, from, views, steps[from]!.view!);
  await page.waitForTimeout(600); // the jump's own fades end
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await recordTransitions(page);
  await center(page, to);
  await expect(page.locator('tb-map')).toHaveClass(/is-flying/);
  await landedOn(page, to, views, steps[to]!.view!);
  const flight = (await samplesOf(page)).filter((f) => f.flying);
  expect(flight.length, 'frames in flight').toBeGreaterThan(10);
  expect(Math.max(...flight.map((f) => f.transitions)), 'transitions running under the canvas').toBe(0);
  await page.waitForTimeout(600);
  await recordTransitions(page);
  await center(page, same);
  await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', String(same));
  await expect
    .poll(async () => Math.max(0, ...(await samplesOf(page)).map((f) => f.transitions)), {
      message: 'markers and labels fading at rest',
    })
    .toBeGreaterThan(0);
});

test('a step becomes active when its top crosses the middle of the screen', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/');
  const at = (i: number, offset: number) =>
    page
      .locator('.step')
      .nth(i)
      .evaluate((el, o) => {
        window.scrollBy(0, el.getBoundingClientRect().top - (innerHeight / 2 + o));
      }, offset);
  for (const i of [3, 8]) {
    await at(i, 30); // top 30 px below the middle: the step before is still the one read
    await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', String(i - 1));
    await at(i, -30);
    await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', String(i));
  }
});

test('after a fast scroll the map shows the step in view, not one it passed', async ({ page }) => {
  await page.goto('/');
  const steps = await stepsOf(page);
  const views = await viewsOf(page);
  await page.waitForTimeout(300);
  // Four steps in well under a flight's time, as a flick of the thumb does.
  for (const i of [2, 7, 11, 16]) {
    await page
      .locator('.step')
      .nth(i)
      .evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - innerHeight / 2 + 10));
    await page.waitForTimeout(60);
  }
  await landedOn(page, 16, views, steps[16]!.view!);
  await expect(page.locator('.step.is-active')).toHaveCount(1);
  const shown = await page
    .locator('.marker:not(.is-off)')
    .evaluateAll((ms) => ms.map((m) => (m as HTMLElement).dataset.date!));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.every((d) => d >= steps[16]!.from! && d <= steps[16]!.to!)).toBe(true);
});

test('the End key lands on the last step; Home goes back to the first', async ({ page }) => {
  await page.goto('/');
  const steps = await stepsOf(page);
  const views = await viewsOf(page);
  await page.waitForTimeout(300);
  await page.keyboard.press('End');
  await landedOn(page, steps.length - 1, views, steps.at(-1)!.view!);
  await page.keyboard.press('Home');
  await landedOn(page, 0, views, steps[0]!.view!);
});

test('a reload in the middle of the story shows the step in view', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const steps = await stepsOf(page);
  const views = await viewsOf(page);
  await center(page, 10);
  await landedOn(page, 10, views, steps[10]!.view!);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.reload();
  await landedOn(page, 10, views, steps[10]!.view!);
});

test('every step has a stable anchor, and opening it shows that step', async ({ page }) => {
  await page.goto('/');
  const steps = await stepsOf(page);
  const views = await viewsOf(page);
  const ids = await page.locator('.step').evaluateAll((s) => s.map((e) => e.id));
  test.skip(
    ids.every((id) => id === ''),
    'the steps have no id yet: Step.astro gets its #step-… anchors from issue 11A',
  );
  expect(
    ids.every((id) => /^step-[a-z0-9-]+$/.test(id)),
    `step ids: ${ids.join(' ')}`,
  ).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
  for (const i of [5, 12, ids.length - 1]) {
    await page.goto(`/#${ids[i]}`);
    await landedOn(page, i, views, steps[i]!.view!);
    await expect(page.locator('.step').nth(i)).toBeInViewport();
  }
  // And within the page, following a link to an anchor.
  await page.evaluate((id) => {
    location.hash = id;
  }, ids[3]!);
  await landedOn(page, 3, views, steps[3]!.view!);
});

for (const [width, height] of [
  [320, 640],
  [360, 740],
  [390, 844],
  [412, 823],
  [1280, 800],
] as const) {
  test(`${width}×${height}: the sticky graphic leaves room to read, and the strip's labels sit clear of its marks`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const path of ['/', '/fr/']) {
      await page.goto(path);
      const steps = await stepsOf(page);
      const tri = steps.findIndex((s) => s.view === 'tri-border');
      await center(page, tri);
      await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', String(tri));
      const graphic = (await page.locator('.scrolly-graphic').boundingBox())!;
      // Nothing of the map is cut at the top: the frame is wholly on screen, and Gao and Tillia,
      // near its top edge in the steps that ring them, are inside it.
      for (const place of ['gao', 'tillia']) {
        const i = steps.findIndex((s) => (s.highlight ?? '').split(' ').includes(place));
        await center(page, i);
        await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', String(i));
        const map = (await page.locator('tb-map').boundingBox())!;
        expect(map.y, 'map top').toBeGreaterThanOrEqual(0);
        // The place's own dot, or, where a callout names the place instead (its label is then
        // left out), the marker of the event there.
        const dotLocator = page.locator(`.place[data-place="${place}"]:not(.is-off) .place-dot`);
        const markerLocator = page.locator(`a.marker:not(.is-off)[data-event*="${place}"] path`).first();
        const dot = (await ((await dotLocator.count()) > 0 ? dotLocator : markerLocator).boundingBox())!;
        expect(dot.y, `${place} inside the map`).toBeGreaterThanOrEqual(map.y);
        expect(dot.x + dot.width, `${place} inside the map`).toBeLessThanOrEqual(map.x + map.width);
      }
      if (width < 960) {
        if (width >= 360)
          expect(graphic.height / height, `${path}: share of the screen taken by the graphic`).toBeLessThanOrEqual(0.5);
        const key = (await page.locator('.legend-collapsible summary').boundingBox())!;
        expect(key.height, 'the key folded on one line').toBeLessThanOrEqual(26);
      }
      // Every label of the strip, visible at this width, clear of every mark and of the others:
      // with the months (a step within the strip's dates) and with "← Before the coup".
      for (const i of [tri, steps.findIndex((s) => s.to! < '2023-07-26')]) {
        await center(page, i);
        await expect(page.locator('tb-scrolly')).toHaveAttribute('data-step', String(i));
        const boxes = await page.locator('.timeline-strip svg').evaluate((svg) => {
          const box = (el: Element) => {
            const r = el.getBoundingClientRect();
            return { x: r.x, y: r.y, w: r.width, h: r.height, text: el.textContent ?? '' };
          };
          const visible = (el: Element) =>
            getComputedStyle(el).display !== 'none' &&
            Number(getComputedStyle(el).opacity) > 0 &&
            !el.closest('.is-off');
          return {
            labels: [...svg.querySelectorAll('text')].filter(visible).map(box),
            marks: [...svg.querySelectorAll('.timeline-mark')].map(box),
          };
        });
        const hit = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
          a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        const onMarks = boxes.labels.flatMap((l) => boxes.marks.filter((m) => hit(l, m)).map(() => l.text));
        expect(onMarks, `${path}: strip labels on marks`).toEqual([]);
        const together = boxes.labels.flatMap((l, i) =>
          boxes.labels
            .slice(i + 1)
            .filter((m) => hit(l, m))
            .map((m) => `${l.text} / ${m.text}`),
        );
        expect(together, `${path}: strip labels on each other`).toEqual([]);
      }
    }
    await context.close();
  });
}
