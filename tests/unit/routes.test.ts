import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editionPaths, localePath, pathLocale, twinPath } from '../../src/lib/i18n/routes.ts';

test('localePath puts French pages under /fr and leaves English at the root', () => {
  assert.equal(localePath('en', '/data/#2023-07-26-coup'), '/data/#2023-07-26-coup');
  assert.equal(localePath('fr', '/data/#2023-07-26-coup'), '/fr/data/#2023-07-26-coup');
  assert.equal(localePath('fr', '/'), '/fr/');
  assert.throws(() => localePath('fr', 'data/'), /starting with "\/"/);
});

test('pathLocale and twinPath find the same page in the other edition', () => {
  assert.equal(pathLocale('/fr/embed/coup-timeline/'), 'fr');
  assert.equal(pathLocale('/fraud/'), 'en');
  assert.equal(twinPath('/embed/coup-timeline/', 'fr'), '/fr/embed/coup-timeline/');
  assert.equal(twinPath('/fr/embed/coup-timeline/', 'en'), '/embed/coup-timeline/');
  assert.equal(twinPath('/fr/', 'en'), '/');
  assert.equal(twinPath('/fr', 'en'), '/');
  assert.equal(twinPath('/', 'en'), '/');
});

test('editionPaths gives one page per edition with an empty prefix for English', () => {
  assert.deepEqual(editionPaths({ chart: 'x' }), [
    { params: { lang: undefined }, props: { chart: 'x', locale: 'en' } },
    { params: { lang: 'fr' }, props: { chart: 'x', locale: 'fr' } },
  ]);
  assert.deepEqual(
    editionPaths({}, { chart: 'x' }).map((p) => p.params),
    [
      { lang: undefined, chart: 'x' },
      { lang: 'fr', chart: 'x' },
    ],
  );
});
