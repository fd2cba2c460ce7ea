// The table of editions is the one place a language is declared: a dry run with a third edition
// ("ha", Hausa, as a fixture) shows the routes, the switcher, the metadata, Astro's i18n config,
// the budgets and the schema's required languages all follow from one more row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { editions, type Edition } from '../../src/lib/i18n/editions.ts';
import { editionRoutes } from '../../src/lib/i18n/routes.ts';
import { alternateLinks, openGraphLocales, switcherLinks } from '../../src/lib/i18n/edition-links.ts';
import { astroI18n } from '../../src/lib/i18n/astro-i18n.ts';
import { budgetFor } from '../../src/lib/perf/budgets.ts';
import { perEdition } from '../../src/schema/localized.ts';
import { z } from 'astro/zod';

const withHausa: readonly Edition[] = [
  ...editions,
  {
    code: 'ha',
    name: 'Hausa',
    lang: 'ha',
    hreflang: 'ha',
    ogLocale: 'ha_NE',
    intl: 'ha-NE',
    prefix: '/ha',
    typography: 'plain',
    strings: editions[0].strings,
  },
];

test('the site has its two editions, English at the root', () => {
  assert.deepEqual(
    editions.map((e) => [e.code, e.prefix]),
    [
      ['en', ''],
      ['fr', '/fr'],
    ],
  );
  assert.deepEqual(astroI18n(), {
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  });
});

test('a third row gives the new edition its routes and static paths', () => {
  const routes = editionRoutes<string>(withHausa);
  assert.equal(routes.localePath('ha', '/data/#x'), '/ha/data/#x');
  assert.equal(routes.pathLocale('/ha/embed/coup-timeline/'), 'ha');
  assert.equal(routes.pathLocale('/hausa/'), 'en');
  assert.equal(routes.twinPath('/ha/methodology/', 'fr'), '/fr/methodology/');
  assert.equal(routes.twinPath('/fr/', 'ha'), '/ha/');
  assert.deepEqual(
    routes.editionPaths({}, { chart: 'x' }).map((p) => [p.params.lang, p.props.locale]),
    [
      [undefined, 'en'],
      ['fr', 'fr'],
      ['ha', 'ha'],
    ],
  );
  assert.throws(() => routes.localePath('xx', '/'), /No edition "xx"/);
});

test('a third row puts the new edition in every switcher and every page head', () => {
  assert.deepEqual(
    switcherLinks('/data/', withHausa).map((l) => `${l.name} ${l.lang} ${l.path}`),
    ['Français fr /fr/data/', 'Hausa ha /ha/data/'],
  );
  assert.deepEqual(
    switcherLinks('/ha/data/', withHausa).map((l) => l.path),
    ['/data/', '/fr/data/'],
  );
  assert.deepEqual(alternateLinks('/ha/', withHausa), [
    { hreflang: 'en', path: '/' },
    { hreflang: 'fr', path: '/fr/' },
    { hreflang: 'ha', path: '/ha/' },
    { hreflang: 'x-default', path: '/' },
  ]);
  assert.deepEqual(openGraphLocales('ha', withHausa), { locale: 'ha_NE', alternates: ['en_GB', 'fr_FR'] });
  assert.deepEqual(openGraphLocales('fr'), { locale: 'fr_FR', alternates: ['en_GB'] });
});

test('a third row reaches Astro\u2019s i18n config and the budgets', () => {
  assert.deepEqual(astroI18n(withHausa).locales, ['en', 'fr', 'ha']);
  assert.equal(budgetFor('/ha/data/', withHausa).name, 'data desk');
  assert.equal(budgetFor('/ha/embed/withdrawal-map/', withHausa).name, 'map embeds');
  assert.throws(() => budgetFor('/ha/data/'), /matches 0 budgets/);
});

test('a third row makes its text required in every localized field', () => {
  const field = perEdition(
    z.string().min(1),
    withHausa.map((e) => e.code),
  );
  assert.ok(field.safeParse({ en: 'Ambush', fr: 'Embuscade', ha: 'Kwanton bauna' }).success);
  const missing = field.safeParse({ en: 'Ambush', fr: 'Embuscade' });
  assert.equal(missing.success, false);
  assert.deepEqual(
    missing.error!.issues.map((i) => i.path.join('.')),
    ['ha'],
  );
});

/** Every .ts, .astro and .mjs file of the site's code. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? codeFiles(path) : /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

test('no code names an edition: languages come from the table, words from the strings files', () => {
  // The table and the strings files are where languages are named; the command-line benchmark
  // measures the two editions' stories by their addresses.
  const allowed = new Set(['src/lib/i18n/editions.ts', 'src/cli/bench.ts']);
  const branching =
    /locale\s*[!=]==?\s*'[a-z]{2}'|'[a-z]{2}'\s*[!=]==?\s*locale|\bprefix\w*\s*[:=]\s*\{[^}]*\ben:|['"]\/fr\b|\b(?:en|fr)_(?:GB|FR)\b|'(?:en-GB|fr-FR)'/;
  const found = [...codeFiles('src'), 'astro.config.mjs']
    .filter((path) => !allowed.has(path) && !/strings-[a-z]{2}\.ts$/.test(path))
    .flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, i) => ({ path, line, n: i + 1 })),
    )
    .filter(({ line }) => branching.test(line) || /i18n:\s*\{\s*locales:\s*\[/.test(line))
    .map(({ path, n, line }) => `${path}:${n}: ${line.trim().slice(0, 100)}`);
  assert.deepEqual(found, []);
});
