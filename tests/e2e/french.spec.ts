// The French edition: every page has its twin in the other language, pages say which language
// they are in and link to each other, and French pages format dates and numbers the French way.
import { test, expect } from '@playwright/test';
import { builtPages, sampledPages, watchPage } from './helpers';

const pages = builtPages();
const english = pages.filter((p) => !p.startsWith('/fr/'));
const french = pages.filter((p) => p.startsWith('/fr/'));

test('every English page has a French twin and every French page an English one', () => {
  expect(english.length).toBeGreaterThanOrEqual(9);
  expect(french.map((p) => p.slice(3))).toEqual(english);
});

for (const path of sampledPages()) {
  test(`${path} declares its language, links to its twin and names both editions in hreflang`, async ({ page }) => {
    await page.goto(path);
    const isFrench = path.startsWith('/fr/');
    const twin = isFrench ? path.slice(3) : `/fr${path}`;
    await expect(page.locator('html')).toHaveAttribute('lang', isFrench ? 'fr' : 'en');
    const hreflang = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`),
      );
    const enPath = isFrench ? twin : path;
    expect(hreflang.sort()).toEqual([`en ${enPath}`, `fr /fr${enPath}`, `x-default ${enPath}`].sort());
    // Embeds have no site chrome, so no switcher: a reader changes language on the site itself.
    if (!path.includes('/embed/') || path.endsWith('/embed/')) {
      const switcher = page.locator(`a[hreflang="${isFrench ? 'en' : 'fr'}"]`).first();
      await expect(switcher).toHaveAttribute('href', twin);
    }
  });
}

test('the French story formats dates and numbers in French, with no console error', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await page.goto('/fr/');
  await expect(page.locator('h1')).toContainText('Trois frontières');
  const timeline = page.locator('#timeline');
  await expect(timeline.locator('time[datetime="2023-07-26"]').first()).toHaveText('26 juillet 2023');
  await expect(timeline.locator('time[datetime="2023-12-22"]').first()).toHaveText('22 décembre 2023');
  // 1,500 French troops: grouped with a narrow no-break space, as French typography requires.
  const stats = await page.locator('.stat').allTextContents();
  expect(stats).toContain('1\u202f500');
  expect(stats.join(' ')).not.toMatch(/\d,\d{3}/);
  await expect(page.locator('#timeline .claim').first()).toContainText('selon');
  await expect(page.locator('.timeline-strip .timeline-end').first()).toContainText('26 juil.');
  await expect(page.locator('tb-map .marker').first()).toHaveAttribute(
    'aria-label',
    / (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
  );
  expect(problems).toEqual([]);
});

test('French pages link within the French edition', async ({ page }) => {
  for (const path of ['/fr/', '/fr/data/', '/fr/methodology/']) {
    await page.goto(path);
    const internal = await page
      .locator('a[href^="/"]:not([hreflang]):not([download])')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
    expect(internal.length).toBeGreaterThan(0);
    expect(
      internal.filter((href) => !href.startsWith('/fr/')),
      path,
    ).toEqual([]);
  }
});

test('French embeds, images and oEmbed are in French', async ({ page, request }) => {
  await page.goto('/fr/embed/coup-timeline/');
  await expect(page.locator('h1')).toHaveText('Du coup d’État au retrait français');
  await expect(page.locator('.embed-credit').last()).toContainText('Sources\u202f:');
  const svg = await (await request.get('/fr/embed/coup-timeline/chart.svg')).text();
  expect(svg).toContain('Du coup d’État au retrait français');
  const oembed = await (await request.get('/fr/embed/coup-timeline/oembed.json')).json();
  expect(oembed.html).toContain('/fr/embed/coup-timeline/');
  expect(oembed.thumbnail_url).toMatch(/\/fr\/embed\/coup-timeline\/chart\.png$/);
});

// French spacing is set at render time (src/lib/format/typography.ts, run by src/middleware.ts):
// whatever wrote the text (strings, MDX, data, Intl), no plain space is left before ; : ! ?.
const plainSpaceBefore = /[ \u00a0][;:!?]|«(?!\u202f)|(?<!\u202f)»/;
test('French pages, images and feeds are typeset: narrow no-break spaces before ; : ! ? and inside guillemets', async ({
  page,
  request,
}) => {
  for (const path of [
    '/fr/',
    '/fr/data/',
    '/fr/methodology/',
    '/fr/embed/',
    '/fr/embed/withdrawal-map/',
    `/fr/events/${french.find((p) => p.startsWith('/fr/events/'))!.split('/')[3]}/`,
  ]) {
    await page.goto(path);
    const texts = await page.evaluate(() => {
      const skip = 'code, pre, textarea, script, style';
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (!n.parentElement?.closest(skip)) found.push(n.textContent ?? '');
      for (const el of document.querySelectorAll(
        '[aria-label], [alt], [title], [data-alt], meta[name="description"], meta[property^="og:"]',
      )) {
        for (const a of ['aria-label', 'alt', 'title', 'data-alt'])
          if (el.hasAttribute(a) && el.tagName !== 'LINK') found.push(el.getAttribute(a)!);
        if (el.tagName === 'META') found.push(el.getAttribute('content')!);
      }
      return found;
    });
    expect(
      texts.filter((t) => plainSpaceBefore.test(t)).map((t) => t.trim().slice(0, 120)),
      path,
    ).toEqual([]);
  }
  await page.goto('/fr/data/');
  await expect(page.locator('main')).toContainText('58 civils tués et 1 blessé');
  await page.goto('/fr/corrections/');
  await expect(page.locator('main time').filter({ hasText: /^1er / }).first()).toBeVisible();
  for (const path of ['/fr/embed/withdrawal-map/chart.svg', '/fr/updates.xml']) {
    const body = await (await request.get(path)).text();
    expect(body.replace(/<[^>]*>/g, ' ').match(/.{30}[ \u00a0][;:!?].{0,10}/g), path).toBeNull();
  }
  const oembed = await (await request.get('/fr/embed/withdrawal-map/oembed.json')).json();
  expect(oembed.title).not.toMatch(plainSpaceBefore);
});
