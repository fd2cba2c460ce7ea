// Byte budgets, gzipped, per page and per kind of asset: the one place these numbers live. The
// test suite (tests/e2e/budgets.spec.ts) fails when a page goes over, and `npm run bench` prints
// each page against them. The story's ceilings come from our readers' networks: at most 40 KB of
// JavaScript and 250 KB in all; the tighter figures below keep today's pages from drifting.
// The whole site shares one stylesheet (about 4 KB), cached after the first page.
// Page patterns are written for the default edition's paths; every other edition's twin of a page
// (/fr/data/ for /data/) has the same budget, whatever editions src/lib/i18n/editions.ts lists.
import type { AssetType } from './page-weight.ts';
import { charts } from '../embed/charts.ts';
import type { ChartKind } from '../embed/chart-kinds.ts';
import { editions, type Edition } from '../i18n/editions.ts';
import { editionRoutes } from '../i18n/routes.ts';

export type Limits = Partial<Record<AssetType | 'total', number>>;

export const storyCeiling = { js: 40_000, total: 250_000 } as const;

/** The embed pages of each kind of chart, by the ids in src/lib/embed/charts.ts (locators: /embed/event/<id>/). */
function embedPages(kind: ChartKind): RegExp {
  if (kind === 'locator') return /^\/embed\/event\/[a-z0-9-]+\/$/;
  const ids = charts.filter((c) => c.kind === kind).map((c) => c.id);
  return new RegExp(`^\\/embed\\/(${ids.join('|') || '(?!)'})\\/$`);
}

/** Embed pages are held to their kind's limits. */
function embedLimits(): Record<ChartKind, Limits> {
  return {
    // Map embeds jump between states, yet ship the story's map element with its flight canvas (0.8 KB).
    map: { html: 78_000, css: 6_000, js: 10_000, image: 1_000, font: 0, data: 0, total: 90_000 },
    // The timeline carries its events as a short list linking to their pages (the figures and
    // sources are there): at least 5 times lighter than TimelineJS with the same events.
    timeline: { html: 6_000, css: 6_000, js: 2_000, image: 1_000, font: 0, data: 0, total: 14_000 },
    // Chart embeds ship only the frame script (its resize dialects and theme), not the map's.
    bars: { html: 21_000, css: 6_000, js: 2_000, image: 1_000, font: 0, data: 0, total: 28_000 },
    // One event's static locator map, its claims and sources.
    locator: { html: 20_000, css: 6_000, js: 2_000, image: 1_000, font: 0, data: 0, total: 26_000 },
  };
}

export const budgets: readonly { name: string; pages: RegExp; limits: Limits }[] = [
  // The story: its HTML holds the whole map, its text alternative and the timeline.
  {
    name: 'story',
    pages: /^\/$/,
    limits: { html: 80_000, css: 6_000, js: 12_000, image: 1_000, font: 0, data: 0, total: 95_000 },
  },
  // Its rows list the words search finds them by beyond their text (other spellings, the other edition's title): about 3 KB.
  {
    name: 'data desk',
    pages: /^\/data\/$/,
    limits: { html: 45_000, css: 6_000, js: 2_000, image: 1_000, font: 0, data: 0, total: 53_000 },
  },
  // The methodology carries the source-quality table and the notes on headline-less sources (6.05 KB in French on 2 December 2026).
  {
    name: 'methodology',
    pages: /^\/methodology\/$/,
    limits: { html: 7_000, css: 6_000, js: 0, image: 1_000, font: 0, data: 0, total: 13_000 },
  },
  // The corrections log grows with every correction (31 on 1 December 2026, about 8 KB).
  {
    name: 'corrections',
    pages: /^\/corrections\/$/,
    limits: { html: 16_000, css: 6_000, js: 0, image: 1_000, font: 0, data: 0, total: 22_000 },
  },
  // The embed list's previews are iframes: each is an embed page with its own budget below.
  {
    name: 'embed list',
    pages: /^\/embed\/$/,
    limits: { html: 6_000, css: 6_000, js: 2_000, image: 1_000, font: 0, data: 0, total: 14_000 },
  },
  // One event each: a static locator map, its claims and sources, its code to embed.
  {
    name: 'event pages',
    pages: /^\/events\/[a-z0-9-]+\/$/,
    limits: { html: 22_000, css: 6_000, js: 2_000, image: 1_000, font: 0, data: 0, total: 28_000 },
  },
  ...Object.entries(embedLimits()).map(([kind, limits]) => ({
    name: `${kind} embeds`,
    pages: embedPages(kind as ChartKind),
    limits,
  })),
];

/** The budget a page is held to; every page must have exactly one. */
export function budgetFor(path: string, table: readonly Edition[] = editions) {
  const page = editionRoutes<string>(table).twinPath(path, table[0]!.code);
  const matching = budgets.filter((b) => b.pages.test(page));
  if (matching.length !== 1)
    throw new Error(
      `${path} matches ${matching.length} budgets (${matching.map((b) => b.name).join(', ') || 'none'}): add it to src/lib/perf/budgets.ts`,
    );
  return matching[0]!;
}

/** Each kind over its limit, as "html: 130.2 KB > 125.0 KB". */
export function overBudget(weight: Partial<Record<keyof Limits, { gzip: number }>>, limits: Limits): string[] {
  return (Object.entries(limits) as [keyof Limits, number][])
    .filter(([type, limit]) => (weight[type]?.gzip ?? 0) > limit)
    .map(([type, limit]) => `${type}: ${(weight[type]!.gzip / 1000).toFixed(1)} KB > ${(limit / 1000).toFixed(1)} KB`);
}
