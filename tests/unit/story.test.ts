import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { stepState } from '../../src/lib/story/step-state.ts';
import { statValue } from '../../src/lib/story/stat.ts';
import { stepInView } from '../../src/lib/story/step-in-view.ts';
import { storyFocusIds, storyStepKeys } from '../../src/lib/story/story-focus.ts';
import { readDataset } from '../../src/lib/dataset/read-dataset.ts';
import { headlineClaim, victimGroups } from '../../src/lib/events/claims.ts';
import { stepAnchor, storySteps } from '../../src/lib/story/steps.ts';
import { locales } from '../../src/lib/i18n/locales.ts';
import { validateDataset } from '../../src/lib/dataset/validate-dataset.ts';
import { copy, events as rawEvents, figures as rawFigures, places } from './fixtures/dataset.ts';

const known = { placeIds: new Set(['niamey', 'teguey']), eventIds: new Set(['2024-03-20-teguey-ambush']) };
const file = 'content/en/story.mdx';
const step = { view: 'tri-border', from: '2023-07-26', to: '2023-12-22', alt: 'The map shows attacks.' };

test('stepState turns valid step props into a map state', () => {
  assert.deepEqual(stepState({ ...step, highlight: ['teguey'] }, known, file), {
    view: 'tri-border',
    from: '2023-07-26',
    to: '2023-12-22',
    highlight: ['teguey'],
    focus: [],
  });
});

test('stepState names the file, the value found and a hint for an unknown view', () => {
  assert.throws(
    () => stepState({ ...step, view: 'sahara' }, known, file),
    (e: Error) => {
      assert.match(e.message, /^content\/en\/story\.mdx <Step view="sahara"/);
      assert.match(e.message, /unknown view "sahara"\n {2}Hint: use one of west-africa, niger, tri-border/);
      return true;
    },
  );
});

test('stepState rejects unknown places and events, reversed dates and missing alt', () => {
  assert.throws(() => stepState({ ...step, highlight: ['atlantis'] }, known, file), /unknown place "atlantis"/);
  assert.throws(() => stepState({ ...step, focus: ['nope'] }, known, file), /unknown event "nope"/);
  assert.throws(() => stepState({ ...step, from: '2024-01-01' }, known, file), /is after/);
  assert.throws(() => stepState({ ...step, alt: ' ' }, known, file), /no alt text/);
  assert.throws(
    () => stepState({ ...step, highlight: 'teguey' as unknown as string[] }, known, file),
    /must be a list of ids/,
  );
});

const dataset = validateDataset({ events: copy(rawEvents), places, figures: rawFigures });
const data = { events: dataset.events, figures: new Map(dataset.figures.map((f) => [f.id, f])) };

test('statValue reads figures, counts, sums and days from the data', () => {
  assert.deepEqual(statValue({ figure: 'french-troops-2023' }, data, file), { value: 1500, qualifier: 'exact' });
  assert.equal(statValue({ count: 'events', from: '2023-01-01', to: '2023-12-31' }, data, file).value, 2);
  assert.equal(
    statValue(
      { count: 'events', kind: 'attack-on-soldiers political', from: '2023-01-01', to: '2024-12-31' },
      data,
      file,
    ).value,
    2,
  );
  assert.equal(
    statValue({ sum: 'killed', group: 'soldiers', from: '2024-01-01', to: '2024-12-31' }, data, file).value,
    23,
  );
  assert.equal(statValue({ days: true, from: '2023-07-26', to: '2023-12-22' }, data, file).value, 149);
});

test('statValue takes an event id for either end of a range and reads its date', () => {
  assert.equal(statValue({ days: true, from: '2023-07-26-coup', to: '2023-09-24-announcement' }, data, file).value, 60);
  assert.equal(statValue({ days: true, from: '2023-07-26-coup', to: '2023-08-31' }, data, file).value, 36);
  assert.equal(
    statValue({ count: 'events', from: '2023-07-26-coup', to: '2024-03-20-teguey-ambush' }, data, file).value,
    3,
  );
  assert.throws(
    () => statValue({ days: true, from: '2023-07-26-putsch', to: '2023-12-22' }, data, file),
    /unknown event "2023-07-26-putsch"/,
  );
  assert.throws(
    () => statValue({ days: true, from: '2024-03-20-teguey-ambush', to: '2023-07-26-coup' }, data, file),
    /is after/,
  );
});

test('statValue refuses to sum militant claims and explains why', () => {
  assert.throws(
    () => statValue({ sum: 'killed', group: 'militants', from: '2024-01-01', to: '2024-12-31' }, data, file),
    /never summed/,
  );
});

test('statValue rejects unknown figures, kinds and ambiguous props', () => {
  assert.throws(() => statValue({ figure: 'nope' }, data, file), /unknown figure "nope"/);
  assert.throws(
    () => statValue({ count: 'events', kind: 'battle', from: '2023-01-01', to: '2023-12-31' }, data, file),
    /unknown kind "battle"/,
  );
  assert.throws(() => statValue({ figure: 'french-troops-2023', days: true }, data, file), /exactly one of/);
  assert.throws(() => statValue({ count: 'events' }, data, file), /from and to are required/);
});

test('stepInView is the last step whose top crossed the line, the first while none has', () => {
  assert.equal(stepInView([500, 1400, 2300], 400), 0); // above the first step
  assert.equal(stepInView([-200, 399, 1300], 400), 1);
  assert.equal(stepInView([-200, 400, 1300], 400), 1); // on the line counts
  assert.equal(stepInView([-2000, -1100, -200], 400), 2); // below the last step (End key)
  assert.equal(stepInView([-900, 10, 900], 400), 1); // between two steps, under a heading
});

// Steps once (issue 15): both editions place the same steps of src/lib/story/steps.ts, in the same
// order, and the anchors readers link to stay the ones published.
const publishedAnchors = [
  'step-west-africa-niamey',
  'step-niger-niamey',
  'step-tri-border-ayorou',
  'step-tillaberi-tillaberi',
  'step-tri-border-tongo-tongo-ambush',
  'step-tillaberi-chinegodar-camp-attack',
  'step-tillaberi-last-barkhane-troops-leave-mali-for-niger',
  'step-niamey-niamey',
  'step-west-africa-abuja',
  'step-tri-border-koutougou-ambush',
  'step-niamey-niamey-air-base-101',
  'step-niger-bamako',
  'step-tillaberi-tabatol-takanamat-ambushes',
  'step-withdrawal-route-ouallam',
  'step-niamey-last-french-troops-leave-niger',
  'step-tillaberi-teguey-bankilare-ambush',
  'step-niger-niamey-2',
  'step-tri-border-fambita-mosque-attack',
  'step-tillaberi-niamey-airport-air-base-101-attack',
];

test('every edition places the same steps, in the same order, each once, and every step of the table is placed', () => {
  const keysOf = (lang: string) =>
    storyStepKeys(readFileSync(new URL(`../../content/${lang}/story.mdx`, import.meta.url), 'utf8'));
  const en = keysOf('en');
  for (const lang of locales)
    assert.deepEqual(
      keysOf(lang),
      en,
      `content/${lang}/story.mdx places the steps of content/en/story.mdx, in its order`,
    );
  assert.equal(new Set(en).size, en.length, 'each step is placed once');
  assert.deepEqual(
    [...en].sort(),
    Object.keys(storySteps).sort(),
    'every step of src/lib/story/steps.ts is placed, and only those',
  );
  for (const lang of locales) {
    for (const [tag] of readFileSync(new URL(`../../content/${lang}/story.mdx`, import.meta.url), 'utf8').matchAll(
      /<Step\b[^>]*>/g,
    )) {
      assert.deepEqual(
        [...tag.matchAll(/\s([a-z]+)=/g)].map((m) => m[1]).sort(),
        ['alt', 'step'],
        `content/${lang}/story.mdx ${tag.slice(0, 60)}…: a step's map state is written in src/lib/story/steps.ts only`,
      );
    }
  }
});

test('the published #step- anchors are kept: a step key is never renamed or removed', () => {
  const anchors = Object.keys(storySteps).map((k) => stepAnchor(k as keyof typeof storySteps));
  for (const a of publishedAnchors)
    assert.ok(anchors.includes(a), `#${a} was published: keep its step in src/lib/story/steps.ts`);
  for (const a of anchors) assert.match(a, /^step-[a-z0-9-]{1,55}$/);
});

test('every story callout that quotes one claimant has the claimant’s short form, for the phone callout', async () => {
  const { events } = await readDataset(new URL('../../', import.meta.url));
  const missing: string[] = [];
  for (const lang of locales) {
    const mdx = readFileSync(new URL(`../../content/${lang}/story.mdx`, import.meta.url), 'utf8');
    for (const id of storyFocusIds(mdx)) {
      const event = events.find((e) => e.id === id)!;
      const claims = victimGroups.map((g) => headlineClaim(event, g)).filter((c) => c !== undefined);
      if (new Set(claims.map((c) => c.claimed_by.en)).size !== 1) continue;
      if (!claims.some((c) => c.claimed_by_short)) missing.push(`${id} (${claims[0]!.claimed_by.en})`);
    }
  }
  assert.deepEqual(missing, [], 'add claimed_by_short to these claims in data/events.json');
});
