// npm run bench: builds the site, serves dist/ with gzip, and prints for each page its bytes by
// kind (raw and gzip, against src/lib/perf/budgets.ts), its Lighthouse mobile scores with LCP,
// TBT and CLS, a scroll through the story in each language at 4× CPU throttling (frame times
// during map flights, long tasks, the largest scale a painted layer was shown at, layout shift),
// the build time, and the same figures for the coup-to-withdrawal events rendered by TimelineJS.
// `npm run bench -- --only scroll` builds and runs the scroll alone (no Lighthouse, no weights);
// `--only timeline` builds and compares the coup timeline embed with TimelineJS alone (weights
// and Lighthouse for those two pages, and their ratios against the targets).
// Figures, not assertions: timings vary from machine to machine (the byte budgets are tested).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { validateDataset } from '../lib/dataset/validate-dataset.ts';
import { charts } from '../lib/embed/charts.ts';
import { chromiumPath, quietChromiumFlags } from './chromium-path.ts';
import { serveStatic } from './bench/static-server.ts';
import { writeTimelineJsPage } from './bench/timelinejs-page.ts';
import { withLighthouse, type LighthouseResult } from './bench/lighthouse.ts';
import { scrollFlights, type ScrollResult } from './bench/scroll-flights.ts';
import { recordResources } from './bench/record-weight.ts';
import { kilobytes, pageWeight, type Weight } from '../lib/perf/page-weight.ts';
import { budgetFor, overBudget, storyCeiling } from '../lib/perf/budgets.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 4339);
const origin = `http://127.0.0.1:${port}`;
const timelineEmbed = '/embed/coup-timeline/';
const allPages = ['/', '/fr/', ...charts.map((c) => `/embed/${c.id}/`), '/data/'];
const timelineJs = '/timelinejs/';
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && only !== 'scroll' && only !== 'timeline') {
  console.error(
    `--only takes "scroll" (the story's scroll-through alone) or "timeline" (the timeline embed against TimelineJS), not "${only}"`,
  );
  process.exit(2);
}
const pages = only === 'timeline' ? [timelineEmbed] : allPages;

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
function printScroll(scroll: Record<string, ScrollResult>) {
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(
    `\n## Scroll through the story (412×823 at 2×, 4× CPU; targets: frames p50 ≤ 17 ms, p95 ≤ 33 ms during flights, no long task over 50 ms, painted layers at 1×, none beyond 1.5×/0.67×, CLS 0)\n`,
  );
  console.log(
    row([
      'edition',
      'steps',
      'flights',
      'flight frames',
      'p50',
      'p95',
      'max',
      'long tasks > 50 ms',
      'longest task',
      'bitmap scale (largest / smallest)',
      'frames beyond 1.5×/0.67×',
      'CLS',
      'canvas frames p50 / p95 / max (drawn by)',
    ]),
  );
  console.log(row(Array(13).fill('---')));
  for (const [lang, s] of Object.entries(scroll)) {
    console.log(
      row([
        lang,
        s.steps,
        s.flights,
        s.frame.count,
        ms(s.frame.p50),
        ms(s.frame.p95),
        ms(s.frame.max),
        s.longTasks,
        ms(s.longest),
        `${s.largestScale.toFixed(2)} / ${s.smallestScale.toFixed(2)}`,
        s.blurredFrames,
        s.cls.toFixed(3),
        `${ms(s.canvas.p50)} / ${ms(s.canvas.p95)} / ${ms(s.canvas.max)} (${s.canvas.drawer}, ${s.canvas.count} frames)`,
      ]),
    );
  }
  console.log(
    `\nFrame times are the page's own frames. Where a worker draws the flight canvas, its frames are listed apart: CDP throttles the page's main thread only, so the worker ran at this machine's full speed.`,
  );
}

console.log('Building…');
const started = performance.now();
const build = spawnSync('node_modules/.bin/astro', ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const dataset = validateDataset({
  events: read('events.json'),
  places: read('places.json'),
  figures: read('figures.json'),
  corrections: read('corrections.json'),
});
const timelineDir = writeTimelineJsPage(dataset.events, new Map(dataset.places.map((p) => [p.id, p])));
const server = await serveStatic({ '/': `${root}dist`, [timelineJs]: timelineDir }, port);

try {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietChromiumFlags });
  const weights = new Map<string, Weight>();
  const external = new Map<string, string[]>();
  if (only === 'scroll') {
    const scroll = {
      en: await scrollFlights(browser, `${origin}/`),
      fr: await scrollFlights(browser, `${origin}/fr/`),
    };
    await browser.close();
    printScroll(scroll);
    process.exit(0);
  }
  for (const path of [...pages, timelineJs]) {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    weights.set(path, pageWeight(await recordResources(page, origin + path)));
    external.set(path, outside);
    await page.close();
  }
  const scroll =
    only === 'timeline'
      ? undefined
      : (console.log('Scrolling through the story at 4× CPU throttling…'),
        { en: await scrollFlights(browser, `${origin}/`), fr: await scrollFlights(browser, `${origin}/fr/`) });
  await browser.close();

  console.log('Running Lighthouse (mobile)…');
  const lighthouse = new Map<string, LighthouseResult>();
  await withLighthouse(async (audit) => {
    for (const path of [...pages, timelineJs]) lighthouse.set(path, await audit(origin + path));
  });

  const kinds = ['html', 'css', 'js', 'image', 'data', 'font'] as const;
  console.log(`\n## Bytes per page (gzip; raw in brackets), Chromium at 412×823\n`);
  console.log(row(['page', ...kinds, 'total', 'requests', 'other origins', 'budget']));
  console.log(row(Array(kinds.length + 5).fill('---')));
  for (const [path, w] of weights) {
    const budget = path === timelineJs ? '—' : overBudget(w, budgetFor(path).limits).join('; ') || 'within';
    console.log(
      row([
        path === timelineJs ? 'TimelineJS (comparison)' : path,
        ...kinds.map((k) => (w[k].raw ? `${kilobytes(w[k].gzip)} (${kilobytes(w[k].raw)})` : '0')),
        `${kilobytes(w.total.gzip)} (${kilobytes(w.total.raw)})`,
        w.requests,
        external.get(path)!.length,
        budget,
      ]),
    );
  }
  const categories = [...new Set([...lighthouse.values()].flatMap((r) => Object.keys(r.scores)))];
  console.log(
    `\n## Lighthouse ${JSON.parse(readFileSync(new URL('../../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version} (mobile, simulated throttling)\n`,
  );
  console.log(row(['page', ...categories, 'LCP', 'TBT', 'CLS']));
  console.log(row(Array(categories.length + 4).fill('---')));
  for (const [path, r] of lighthouse) {
    console.log(
      row([
        path === timelineJs ? 'TimelineJS (comparison)' : path,
        ...categories.map((c) => r.scores[c] ?? '—'),
        `${(r.lcp / 1000).toFixed(2)} s`,
        `${Math.round(r.tbt)} ms`,
        r.cls.toFixed(3),
      ]),
    );
  }
  const tjs = weights.get(timelineJs)!;
  const ours = weights.get(timelineEmbed)!;
  const ratio = (a: number, b: number) => (a / b).toFixed(1);
  const [oursLh, tjsLh] = [lighthouse.get(timelineEmbed)!, lighthouse.get(timelineJs)!];
  console.log(`\n## Timeline embed against TimelineJS (targets: ≥ 5× lighter, LCP ≥ 2× faster, TBT 0)\n`);
  console.log(
    `- Bytes: ${kilobytes(ours.total.gzip)} against ${kilobytes(tjs.total.gzip)} gzip: ${(tjs.total.gzip / ours.total.gzip).toFixed(2)}× lighter; JavaScript ${kilobytes(ours.js.gzip)} against ${kilobytes(tjs.js.gzip)}.`,
  );
  console.log(
    `- LCP: ${(oursLh.lcp / 1000).toFixed(2)} s against ${(tjsLh.lcp / 1000).toFixed(2)} s: ${(tjsLh.lcp / oursLh.lcp).toFixed(2)}× faster; TBT ${Math.round(oursLh.tbt)} ms against ${Math.round(tjsLh.tbt)} ms.`,
  );
  if (!scroll) process.exit(0);
  const story = weights.get('/')!;
  console.log(`\n## Story against targets and against TimelineJS\n`);
  console.log(
    `- Story JavaScript: ${kilobytes(story.js.gzip)} gzip (target ≤ ${kilobytes(storyCeiling.js)}); all bytes: ${kilobytes(story.total.gzip)} (target ≤ ${kilobytes(storyCeiling.total)}).`,
  );
  console.log(
    `- TimelineJS page: ${kilobytes(tjs.total.gzip)} gzip in all, ${kilobytes(tjs.js.gzip)} of JavaScript: ${ratio(tjs.total.gzip, weights.get('/embed/coup-timeline/')!.total.gzip)}× the bytes of our timeline embed and ${ratio(tjs.js.gzip, weights.get('/embed/coup-timeline/')!.js.gzip)}× its JavaScript (our whole story: ${ratio(tjs.total.gzip, story.total.gzip)}×).`,
  );
  console.log(
    `- Lighthouse performance: our timeline embed ${lighthouse.get('/embed/coup-timeline/')!.scores.performance}, TimelineJS ${lighthouse.get(timelineJs)!.scores.performance} (ratio ${ratio(lighthouse.get('/embed/coup-timeline/')!.scores.performance!, lighthouse.get(timelineJs)!.scores.performance!)}).`,
  );
  console.log(`- Build: ${buildSeconds.toFixed(1)} s wall (astro build, ${pages.length}+ pages).`);
  printScroll(scroll);
} finally {
  server.close();
}
