// A reader scrolling through the whole story on a slow phone (412×823, 4× CPU throttling): every
// step brought to the middle of the screen in turn, each map flight followed to its landing. The
// page records every frame, the scale at which the painted layers of the map (the <tb-map>
// element, its SVG and its flight canvas) were shown in that frame, long tasks and layout shifts;
// src/lib/perf/frame-stats.ts turns that into figures.
import type { Browser } from '@playwright/test';
import { bitmapScales, frameIntervals, outOfCrispRange, percentile } from '../../lib/perf/frame-stats.ts';

export interface ScrollResult {
  steps: number;
  flights: number;
  /** Frame intervals during flights (from the scroll to the first frame after landing), ms. */
  frame: { p50: number; p95: number; max: number; count: number };
  longTasks: number;
  longest: number;
  /** Extremes of the scale painted layers were shown at, over every frame of the scroll. */
  largestScale: number;
  smallestScale: number;
  /** Frames in which a painted layer was scaled beyond 1.5× or below 0.67×. */
  blurredFrames: number;
  cls: number;
  /**
   * Frames of the flight canvas itself, where a worker draws it (src/scripts/flight-worker.ts):
   * intervals between its frames during flights. CDP's CPU throttling slows the page's main thread
   * only, so these are the worker at this machine's full speed, not a slow phone's.
   */
  canvas: { drawer: 'worker' | 'page'; p50: number; p95: number; max: number; count: number };
}

interface Recorded {
  frames: number[];
  transforms: string[][];
  longTasks: number[];
  shifts: number;
  draws: { t: number; value: string }[];
  /** When the map stopped flying (the canvas lifts off the SVG): a flight's real end. */
  landings: number[];
}

export async function scrollFlights(browser: Browser, url: string): Promise<ScrollResult> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const rec = {
      frames: [] as number[],
      transforms: [] as string[][],
      longTasks: [] as number[],
      shifts: 0,
      draws: [] as { t: number; value: string }[],
      landings: [] as number[],
    };
    (window as unknown as { rec: typeof rec }).rec = rec;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) rec.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // Style reads only (no layout): the computed transform of each painted layer, every frame.
    const sample = (now: number) => {
      const map = document.querySelector('tb-map');
      if (map) {
        rec.frames.push(now);
        const layers = [map, ...map.querySelectorAll(':scope > svg, :scope > canvas')].filter(
          (el) => getComputedStyle(el).display !== 'none',
        );
        rec.transforms.push(layers.map((el) => getComputedStyle(el).transform));
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    document.addEventListener('DOMContentLoaded', () => {
      const zoom = document.querySelector('.map-zoom');
      if (zoom)
        new MutationObserver(() =>
          rec.draws.push({ t: performance.now(), value: zoom.getAttribute('transform') ?? '' }),
        ).observe(zoom, { attributes: true, attributeFilter: ['transform'] });
      // The zoom is set under the canvas before landing, so a flight ends when is-flying goes.
      const map = document.querySelector('tb-map');
      let flying = false;
      if (map)
        new MutationObserver(() => {
          const now = map.classList.contains('is-flying');
          if (flying && !now) rec.landings.push(performance.now());
          flying = now;
        }).observe(map, { attributes: true, attributeFilter: ['class'] });
    });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load' });
  // Loading is Lighthouse's business (TBT, CLS): count only what the scroll itself costs.
  await page.waitForTimeout(2000);
  await page.evaluate(() => {
    const rec = (window as unknown as { rec: Recorded }).rec;
    rec.frames.length = rec.transforms.length = rec.longTasks.length = rec.draws.length = rec.landings.length = 0;
    rec.shifts = 0;
  });
  const steps = await page.locator('.step').count();
  const windows: [number, number][] = [];
  for (let i = 0; i < steps; i++) {
    const before = await page.locator('.map-zoom').getAttribute('transform');
    const t0 = await page
      .locator('.step')
      .nth(i)
      .evaluate((el) => {
        const t = performance.now();
        el.scrollIntoView({ block: 'center' });
        return t;
      });
    // The view this step's map lands on: the transform the SVG is redrawn with, once, at landing.
    const landed = await page
      .waitForFunction(
        (t) => {
          const rec = (window as unknown as { rec: Recorded }).rec;
          const map = document.querySelector('tb-map')!;
          const svg = map.querySelector<SVGSVGElement>('svg')!;
          const flying = map.classList.contains('is-flying') || svg.style.transform !== '';
          const draw = rec.draws.filter((d) => d.t >= t).at(-1);
          const landing = rec.landings.filter((l) => l >= t).at(-1) ?? 0;
          return !flying && draw ? Math.max(draw.t, landing) : !flying && performance.now() - t > 1000 ? -1 : false;
        },
        t0,
        { polling: 100, timeout: 10_000 },
      )
      .then((h) => h.jsonValue() as Promise<number>);
    const after = await page.locator('.map-zoom').getAttribute('transform');
    if (landed > 0 && after !== before) windows.push([t0, landed]);
    await page.waitForTimeout(600); // labels fade in; a reader reads
  }
  const rec = await page.evaluate(() => (window as unknown as { rec: Recorded }).rec);
  const origin = await page.evaluate(() => performance.timeOrigin);
  const worker = page.workers().find((w) => w.url().includes('flight-worker'));
  const drawn = worker
    ? (await worker.evaluate(() => (globalThis as unknown as { flightFrames?: number[] }).flightFrames ?? [])).map(
        (t) => t - origin,
      )
    : undefined;
  await context.close();
  // A flight ends with the first frame painted after the SVG is redrawn: its cost counts.
  const flightWindows = windows.map(([from, to]) => [from, rec.frames.find((f) => f > to) ?? to] as [number, number]);
  const intervals = frameIntervals(rec.frames, flightWindows);
  const canvasIntervals = drawn ? frameIntervals(drawn, flightWindows, { sameWindow: true }) : intervals;
  const scales = rec.transforms.map((layers) => layers.flatMap((t) => bitmapScales(t)));
  const all = scales.flat();
  return {
    steps,
    flights: windows.length,
    frame: {
      p50: percentile(intervals, 50),
      p95: percentile(intervals, 95),
      max: Math.max(0, ...intervals),
      count: intervals.length,
    },
    longTasks: rec.longTasks.filter((d) => d > 50).length,
    longest: Math.max(0, ...rec.longTasks),
    largestScale: Math.max(1, ...all),
    smallestScale: Math.min(1, ...all),
    blurredFrames: scales.filter((s) => s.some(outOfCrispRange)).length,
    cls: rec.shifts,
    canvas: {
      drawer: drawn ? 'worker' : 'page',
      p50: percentile(canvasIntervals, 50),
      p95: percentile(canvasIntervals, 95),
      max: Math.max(0, ...canvasIntervals),
      count: canvasIntervals.length,
    },
  };
}
