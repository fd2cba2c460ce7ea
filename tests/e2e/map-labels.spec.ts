// The map at rest: after each story step lands, and on the embeds and the no-JavaScript story, no
// visible label overlaps another, sits under a shown marker or is cut by the map's frame. Measured
// with the browser's own boxes (getBoundingClientRect), at two phone sizes and a desktop.
import { test, expect, type Page } from '@playwright/test';
import { charts } from '../../src/lib/embed/charts.ts';
import { stepsOf } from './helpers.ts';

const sizes = [
  { name: 'phone 360', width: 360, height: 740 },
  { name: 'phone 412', width: 412, height: 823 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

interface Counts {
  overlaps: number;
  underMarkers: number;
  cutByEdge: number;
  problems: string[];
}

/** Counts collisions among the visible labels of the first map on the page. */
async function measure(page: Page): Promise<Counts> {
  return page
    .locator('tb-map')
    .first()
    .evaluate((map) => {
      const visible = (el: Element) => {
        for (let e: Element | null = el; e && e !== map; e = e.parentElement) {
          const cs = getComputedStyle(e);
          if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
        }
        return true;
      };
      const frame = map.getBoundingClientRect();
      // Half a pixel of slack: anti-aliased edges that merely touch are not a collision. What lies
      // wholly outside the frame is clipped away, not cut: only what the reader can see counts.
      const hit = (a: DOMRect, b: DOMRect) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      const name = (el: Element) => (el.textContent ?? '').trim().slice(0, 40);
      const labels = [...map.querySelectorAll('.place text, .area-label, .area-label text, .callout text')]
        .filter((el) => el.tagName === 'text' && visible(el))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && hit(box, frame));
      const markers = [...map.querySelectorAll('.marker:not(.is-off) path')]
        .filter(visible)
        .map((el) => el.getBoundingClientRect())
        .filter((box) => hit(box, frame));
      const problems: string[] = [];
      let overlaps = 0,
        underMarkers = 0,
        cutByEdge = 0;
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1))
          if (hit(a.box, b.box)) {
            overlaps++;
            problems.push(`"${name(a.el)}" overlaps "${name(b.el)}"`);
          }
        if (markers.some((m) => hit(a.box, m))) {
          underMarkers++;
          problems.push(`"${name(a.el)}" under a marker`);
        }
        const { box } = a;
        if (
          box.left < frame.left - 0.5 ||
          box.right > frame.right + 0.5 ||
          box.top < frame.top - 0.5 ||
          box.bottom > frame.bottom + 0.5
        ) {
          cutByEdge++;
          problems.push(`"${name(a.el)}" cut by the edge`);
        }
      });
      return { overlaps, underMarkers, cutByEdge, problems };
    });
}

const add = (a: Counts, b: Counts): Counts => ({
  overlaps: a.overlaps + b.overlaps,
  underMarkers: a.underMarkers + b.underMarkers,
  cutByEdge: a.cutByEdge + b.cutByEdge,
  problems: [...a.problems, ...b.problems],
});
const none = (): Counts => ({ overlaps: 0, underMarkers: 0, cutByEdge: 0, problems: [] });
const report = (what: string, c: Counts) =>
  console.log(`${what}: ${c.overlaps} overlaps, ${c.underMarkers} under markers, ${c.cutByEdge} cut by the edge`);

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const lang of ['', 'fr/']) {
      test(`/${lang}: every step at rest has no colliding label and a callout per focus event`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(`/${lang}`);
        const steps = await stepsOf(page);
        let total = none();
        const forms: string[] = [];
        for (const [i, step] of steps.entries()) {
          await page
            .locator('.step')
            .nth(i)
            .evaluate((el) => el.scrollIntoView({ block: 'center' }));
          await expect(page.locator('.step').nth(i)).toHaveClass(/is-active/);
          await expect(page.locator('tb-map')).toHaveAttribute('data-view', step.view!);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const counts = await measure(page);
          total = add(total, { ...counts, problems: counts.problems.map((p) => `step ${i} (${step.view}): ${p}`) });
          for (const id of (step.focus ?? '').split(' ').filter(Boolean)) {
            const callout = page.locator(`.callout[data-callout="${id}"] text`);
            await expect(callout, `step ${i}: callout for ${id}`).toBeVisible();
            // A figure is a claim: whichever form the callout takes, a figure shows with its claimant.
            const shown = await callout.evaluate((t) =>
              [...t.querySelectorAll('tspan')]
                .filter((s) => getComputedStyle(s).display !== 'none')
                .map((s) => s.textContent ?? ''),
            );
            const after = shown.slice(1);
            if (after.some((l) => /\d/.test(l)))
              expect(
                after.some((l) => l.includes('(')),
                `step ${i}: ${id} shows a figure without its claimant: ${shown.join(' / ')}`,
              ).toBe(true);
            forms.push(shown.length === 1 ? 'place' : after.some((l) => l.includes('(')) ? 'claim' : 'text');
          }
        }
        console.log(
          `${size.name} /${lang} callouts: ${forms.filter((f) => f === 'claim').length} with figure and claimant, ${forms.filter((f) => f === 'place').length} place name only, of ${forms.length}`,
        );
        report(`${size.name} /${lang} story, ${steps.length} steps`, total);
        expect(total.problems).toEqual([]);
      });
    }

    // Every map embed, from the chart table: a new map spec is checked without touching this file.
    for (const path of charts
      .filter((c) => c.kind === 'map')
      .flatMap((c) => [`/embed/${c.id}/`, `/fr/embed/${c.id}/`])) {
      test(`${path} at rest has no colliding label`, async ({ page }) => {
        await page.goto(path);
        const counts = await measure(page);
        report(`${size.name} ${path}`, counts);
        expect(counts.problems).toEqual([]);
      });
    }

    test('the story without JavaScript shows a map with no colliding label and the callouts in the markup', async ({
      browser,
    }) => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: size.width, height: size.height },
      });
      const page = await context.newPage();
      for (const lang of ['', 'fr/']) {
        await page.goto(`/${lang}`);
        const counts = await measure(page);
        report(`${size.name} /${lang} without JavaScript`, counts);
        expect(counts.problems).toEqual([]);
        // Every focus event of every step has its callout drawn in the SVG, and in the step's text alternative.
        const steps = await stepsOf(page);
        for (const step of steps) {
          for (const id of (step.focus ?? '').split(' ').filter(Boolean)) {
            const lines = await page.locator(`.callout[data-callout="${id}"] tspan`).allTextContents();
            expect(lines.length, `callout for ${id}`).toBeGreaterThanOrEqual(2);
            // The alt says what the callout says: its place and its figure or title.
            expect(step.alt, `the step's alt carries the callout of ${id}`).toContain(lines[0]!);
            expect(step.alt, `the step's alt carries the callout of ${id}`).toContain(
              lines[1]!.split(' ').slice(0, 2).join(' '),
            );
          }
        }
      }
      await context.close();
    });
  });
}
