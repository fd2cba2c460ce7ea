import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildMapModel } from '../../src/lib/map/model.ts';
import {
  encodePlacements,
  labelItems,
  labelKeys,
  placeStateForAll,
  stateLabels,
} from '../../src/lib/map/label-layout.ts';
import { calloutLines, calloutSentence, calloutShortLines } from '../../src/lib/map/callouts.ts';
import { frameClasses } from '../../src/lib/map/frame-classes.ts';
import { labelCss } from '../../src/lib/map/label-css.ts';
import { storyFocusIds, storyStepKeys } from '../../src/lib/story/story-focus.ts';
import { validateDataset } from '../../src/lib/dataset/validate-dataset.ts';
import { copy, events as rawEvents, figures, places } from './fixtures/dataset.ts';

const { events, places: placeList } = validateDataset({ events: copy(rawEvents), places, figures });
const topology = JSON.parse(readFileSync(new URL('../../data/geo/west-africa.topo.json', import.meta.url), 'utf8'));
const ambush = '2024-03-20-teguey-ambush';
const model = buildMapModel({ topology, events, places: placeList, locale: 'en', callouts: [ambush] });
const state = {
  view: 'tri-border' as const,
  from: '2024-01-01',
  to: '2024-12-31',
  highlight: ['teguey'],
  focus: [ambush],
};

test('calloutLines says place, figure and claimant, in each language', () => {
  const event = events.find((e) => e.id === ambush)!;
  const place = placeList.find((p) => p.id === 'teguey')!;
  assert.deepEqual(
    calloutLines(event, place, 'en').map((l) => l.text),
    ['Near Téguey', '23 soldiers killed', "(Niger's defence ministry)"],
  );
  assert.equal(calloutLines(event, place, 'en')[0]!.bold, true);
  assert.deepEqual(
    calloutLines(event, place, 'fr')
      .map((l) => l.text)
      .slice(0, 2),
    ['Près de Téguey', '23 soldats tués'],
  );
  assert.equal(calloutSentence(event, place, 'en'), "Near Téguey, 23 soldiers killed (Niger's defence ministry)");
});

test('calloutShortLines keeps the figure with the short claimant, in each language; the alt keeps the full sentence', () => {
  const event = structuredClone(events.find((e) => e.id === ambush)!);
  event.casualties[0]!.claimed_by_short = { en: 'defence ministry', fr: 'ministère de la Défense' };
  const place = placeList.find((p) => p.id === 'teguey')!;
  assert.deepEqual(
    calloutShortLines(event, place, 'en')?.map((l) => l.text),
    ['Near Téguey', '23 killed', '(defence ministry)'],
  );
  assert.equal(calloutShortLines(event, place, 'en')?.[0]!.bold, true);
  assert.deepEqual(
    calloutShortLines(event, place, 'fr')?.map((l) => l.text),
    ['Près de Téguey', '23 tués', '(ministère de la Défense)'],
  );
  assert.equal(calloutSentence(event, place, 'en'), "Near Téguey, 23 soldiers killed (Niger's defence ministry)");
  assert.equal(
    calloutSentence(event, place, 'fr'),
    'Près de Téguey, 23 soldats tués (le ministère nigérien de la Défense)',
  );
});

test('calloutShortLines joins a figure and claimant that fit one line, and keeps the group where the marker does not say it', () => {
  const event = structuredClone(events.find((e) => e.id === ambush)!);
  const place = placeList.find((p) => p.id === 'teguey')!;
  event.casualties[0]!.claimed_by_short = { en: 'army', fr: 'l’armée' };
  assert.deepEqual(
    calloutShortLines(event, place, 'en')?.map((l) => l.text),
    ['Near Téguey', '23 killed (army)'],
  );
  assert.deepEqual(
    calloutShortLines({ ...event, kind: 'attack-on-civilians' }, place, 'fr')?.map((l) => l.text),
    ['Près de Téguey', '23 soldats tués', '(l’armée)'],
  );
});

test('calloutShortLines falls back to the full claimant, and gives no short form without a figure', () => {
  const event = events.find((e) => e.id === ambush)!;
  const place = placeList.find((p) => p.id === 'teguey')!;
  assert.deepEqual(
    calloutShortLines(event, place, 'en')?.map((l) => l.text),
    ['Near Téguey', '23 killed', "(Niger's defence ministry)"],
  );
  const coup = events.find((e) => e.id === '2023-07-26-coup')!;
  assert.equal(
    calloutShortLines(
      coup,
      placeList.find((p) => p.id === 'niamey')!,
      'en',
    ),
    undefined,
  );
});

test('buildMapModel gives a callout its short form, tried by the placement after the full one', () => {
  const withShort = structuredClone(events);
  withShort.find((e) => e.id === ambush)!.casualties[0]!.claimed_by_short = {
    en: 'defence ministry',
    fr: 'ministère de la Défense',
  };
  const m = buildMapModel({ topology, events: withShort, places: placeList, locale: 'fr', callouts: [ambush] });
  assert.deepEqual(
    m.callouts[0]!.shortLines?.map((l) => l.text),
    ['Près de Téguey', '23 tués', '(ministère de la Défense)'],
  );
  const item = labelItems(m, state, 'fr', frameClasses[2]!).find((i) => i.key === `c:${ambush}`)!;
  assert.deepEqual(item.shortLines, m.callouts[0]!.shortLines);
  assert.deepEqual(item.compactLines, m.callouts[0]!.lines.slice(0, 1));
});

test('calloutLines gives a non-violent event its title', () => {
  const coup = events.find((e) => e.id === '2023-07-26-coup')!;
  assert.deepEqual(
    calloutLines(
      coup,
      placeList.find((p) => p.id === 'niamey')!,
      'en',
    ).map((l) => l.text),
    ['Niamey', 'Coup in Niamey'],
  );
});

test('buildMapModel carries a callout per named event on the map, and fails on an unknown one', () => {
  assert.deepEqual(
    model.callouts.map((c) => c.id),
    [ambush],
  );
  assert.throws(
    () => buildMapModel({ topology, events, places: placeList, locale: 'en', callouts: ['no-such-event'] }),
    /unknown event "no-such-event"/,
  );
});

test('labelItems leaves out the label of a place its callout already names', () => {
  const keys = labelItems(model, state, 'en', frameClasses[0]!).map((i) => i.key);
  assert.ok(keys.includes(`c:${ambush}`));
  assert.equal(keys.includes('p:teguey'), false);
  assert.ok(labelItems(model, { ...state, focus: [] }, 'en', frameClasses[0]!).some((i) => i.key === 'p:teguey'));
});

test('placeStateForAll places the callout in every frame class, clear of its marker', () => {
  const placed = placeStateForAll(model, state, 'en');
  for (const fc of frameClasses) {
    const p = placed[fc.id].get(`c:${ambush}`);
    assert.ok(p, fc.id);
    assert.ok(p.level > 0, `${fc.id}: a callout beside a marker needs a gap`);
  }
});

test('encodePlacements writes base-36 indices and position codes per frame class', () => {
  const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
  const encoded = encodePlacements(keys, {
    a: new Map([
      ['k0', { dir: 'r', level: 0 }],
      ['k37', { dir: 'q', level: 2, compact: true }],
    ]),
    b: new Map([['k2', { dir: 'x', level: 3, short: true }]]),
    c: new Map([['k1', { dir: 'd', level: 1 }]]),
  });
  assert.equal(encoded, '00r011Q2 02xd 01d1');
  assert.match(stateLabels(model, state, 'en'), /^(\S+) (\S+) (\S+)$/);
  assert.equal(labelKeys(model).at(-1), `c:${ambush}`);
});

test('storyFocusIds reads the focus of the steps the MDX places, in order, once each', () => {
  const mdx =
    '<Step step="tri-border-tongo-tongo-ambush" alt="x">\ntext\n</Step>\n<Step alt="y" step="tillaberi-teguey-bankilare-ambush">\n<Step step="niger-niamey" alt="z">\n<Step step="tri-border-tongo-tongo-ambush" alt="again">';
  assert.deepEqual(storyStepKeys(mdx), [
    'tri-border-tongo-tongo-ambush',
    'tillaberi-teguey-bankilare-ambush',
    'niger-niamey',
    'tri-border-tongo-tongo-ambush',
  ]);
  assert.deepEqual(storyFocusIds(mdx), [
    '2017-10-04-tongo-tongo-ambush',
    '2019-12-10-inates-camp-attack',
    '2024-03-20-teguey-bankilare-ambush',
    '2024-12-10-chatoumane-attack',
  ]);
  assert.deepEqual(storyFocusIds('<Step step="no-such-step" alt="z">'), []);
});

test('map-labels.css holds the position rules generated from the placement tables', () => {
  const css = readFileSync(new URL('../../src/styles/map-labels.css', import.meta.url), 'utf8');
  const block = /\/\* generated: node src\/lib\/map\/label-css\.ts \*\/\n([\s\S]*)\n\/\* end generated \*\//.exec(
    css,
  )?.[1];
  assert.equal(
    block,
    labelCss(),
    'src/styles/map-labels.css is stale: replace the generated block with the output of `node src/lib/map/label-css.ts`',
  );
});

test('frame classes agree with the marker and scale-bar sizes of map.css', () => {
  const css = readFileSync(new URL('../../src/styles/map.css', import.meta.url), 'utf8');
  const sizes = [
    ...css.matchAll(
      /(?:@container \(max-width: (\d+)px\)\s*\{\s*)?\.map\s*\{\s*--s: ([\d.]+);\s*--ms: ([\d.]+);\s*\}/g,
    ),
  ].map((m) => ({ maxWidth: m[1] ? Number(m[1]) : Infinity, bar: Number(m[2]), marker: Number(m[3]) }));
  assert.deepEqual(
    sizes,
    frameClasses.map(({ maxWidth, bar, marker }) => ({ maxWidth, bar, marker })),
  );
});

test('placeStateForAll keeps country and region names next to their point, in every view and frame class', () => {
  for (const view of ['west-africa', 'niger', 'tri-border', 'tillaberi', 'withdrawal-route'] as const) {
    const placed = placeStateForAll(
      model,
      { view, from: '2015-01-01', to: '2026-12-31', highlight: [], focus: [] },
      'fr',
    );
    for (const [fc, placement] of Object.entries(placed)) {
      for (const [key, at] of placement) {
        if (key.startsWith('a')) assert.ok(at.level <= 1, `${view} (${fc}): ${key} pushed to level ${at.level}`);
      }
    }
  }
});
