// Chart text as a reader sees it: the deaths-by-month chart's axis and rule labels measured in
// CSS px as rendered (font size times the SVG's scale on screen), on phones and wider, in the
// story and in its embed, in both languages. The wide frame alone drew them about 4 px tall at 320 px.
import { test, expect } from '@playwright/test';

const sizes = async (page: import('@playwright/test').Page) =>
  page
    .locator('.deaths-chart')
    .first()
    .evaluate((figure) => {
      const shown = [...figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')].filter(
        (svg) => svg.getBoundingClientRect().width > 0,
      );
      return shown
        .flatMap((svg) => {
          const scale = svg.getScreenCTM()!.a;
          return [...svg.querySelectorAll('text')].map((t) => ({
            text: t.textContent,
            px: parseFloat(getComputedStyle(t).fontSize) * scale,
          }));
        })
        .concat(shown.length === 1 ? [] : [{ text: `${shown.length} charts shown`, px: 0 }]);
    });

for (const width of [320, 360, 375, 412, 768, 1280]) {
  for (const path of ['/embed/deaths-by-month/', '/fr/embed/deaths-by-month/']) {
    test(`${path} at ${width} px: one chart, every label at least 10 CSS px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const labels = await sizes(page);
      expect(labels.length).toBeGreaterThan(10);
      for (const l of labels) expect(l.px, `"${l.text}"`).toBeGreaterThanOrEqual(10);
    });
  }
}

test('in the story on a 320-px phone the chart labels are at least 10 CSS px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  await page.locator('.deaths-chart').first().scrollIntoViewIfNeeded();
  for (const l of await sizes(page)) expect(l.px, `"${l.text}"`).toBeGreaterThanOrEqual(10);
});
