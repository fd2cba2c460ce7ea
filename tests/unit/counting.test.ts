import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/lib/dataset/validate-dataset.ts';
import { countedClaim, pickCounted, victimGroups } from '../../src/lib/events/counting.ts';
import { incidentKilled, incidents } from '../../src/lib/events/incidents.ts';
import { sumKilled, sumQualifier } from '../../src/lib/events/stats.ts';
import { monthlyDeaths } from '../../src/lib/charts/monthly-deaths.ts';
import { reportedDeaths } from '../../src/lib/events/claims.ts';
import { eventSchema, type Claim, type EventInput } from '../../src/schema/event.ts';
import { copy, events as rawEvents, figures, places } from './fixtures/dataset.ts';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const data = validateDataset({
  events: read('data/events.json'),
  places: read('data/places.json'),
  figures: read('data/figures.json'),
  corrections: read('data/corrections.json'),
});

const claim = (killed: number, extra: Partial<Claim> = {}): Claim => ({
  group: 'soldiers',
  killed,
  qualifier: 'exact',
  claimed_by: { en: 'x', fr: 'x' },
  ...extra,
});

test('the rule picks the lowest toll, never a set-aside claim, and the first of a tie', () => {
  const [a, b, c] = [claim(30), claim(12), claim(12)];
  assert.equal(pickCounted([a, b, c]), b);
  assert.equal(pickCounted([claim(5, { not_counted: 'armed-group' }), a]), a);
  assert.equal(
    pickCounted([claim(5, { not_counted: 'superseded' }), claim(9, { not_counted: 'unattributed' })]),
    undefined,
  );
  assert.equal(pickCounted([{ ...claim(1), killed: undefined, wounded: 4 }]), undefined);
  assert.equal(countedClaim({ casualties: [claim(3, { group: 'militants' })] }, 'militants'), undefined);
});

test('every event of data/events.json flags exactly the claim the rule picks in each victim group', () => {
  const wrong: string[] = [];
  for (const event of data.events) {
    for (const group of victimGroups) {
      const claims = event.casualties.filter((c) => c.group === group);
      const flagged = claims.filter((c) => c.counted);
      const pick = pickCounted(claims);
      const expected = pick ? [pick] : [];
      if (flagged.length !== expected.length || flagged[0] !== expected[0])
        wrong.push(
          `${event.id} ${group}: flagged ${flagged.map((c) => c.killed).join(',') || 'none'}, rule picks ${pick?.killed ?? 'none'}`,
        );
    }
    if (event.casualties.some((c) => c.group === 'militants' && c.counted))
      wrong.push(`${event.id}: a militant claim is counted`);
  }
  assert.deepEqual(
    wrong,
    [],
    `run node_modules/.bin/node /tmp/apply-counted.mjs (or flag these by hand):\n${wrong.join('\n')}`,
  );
  const withDeaths = data.events.filter((e) =>
    e.casualties.some((c) => c.group !== 'militants' && c.killed !== undefined),
  );
  assert.ok(
    withDeaths.length > 40 && withDeaths.every((e) => e.casualties.some((c) => c.counted)),
    'every event with a death toll counts one claim',
  );
});

test('the schema refuses a counted flag on a claim the rule does not pick, naming where it should go', () => {
  const events = copy(rawEvents) as EventInput[];
  const ambush = events[2]!;
  ambush.casualties![1]!.counted = true; // Islamic State's 30, not the ministry's 23
  const result = eventSchema.safeParse(ambush);
  assert.equal(result.success, false);
  const issue = result.error!.issues.find((i) => i.path.join('.') === 'casualties.1.counted');
  assert.match(issue!.message, /picks casualties\[0\] \(23\)/);
  ambush.casualties![1]!.counted = undefined;
  ambush.casualties![2]!.counted = true;
  assert.match(eventSchema.safeParse(ambush).error!.issues[0]!.message, /never counted/);
  ambush.casualties![2]!.counted = undefined;
  ambush.casualties![0]!.counted = true;
  assert.equal(eventSchema.safeParse(ambush).success, true);
});

test('events linked as one incident are counted once, with the larger toll', () => {
  const events = copy(rawEvents) as EventInput[];
  const twin = copy(events[2]!);
  twin.id = '2024-03-20-teguey-ambush-second-report';
  twin.casualties = [{ group: 'soldiers', killed: 10, claimed_by: { en: 'the army', fr: 'l’armée' } }];
  events.push(twin);
  const separate = validateDataset({ events: copy(events), places, figures }).events;
  const all = { from: '2000-01-01', to: '2100-01-01' };
  assert.equal(sumKilled(separate, all, 'soldiers'), 33);
  events[2]!.incident = 'teguey-2024';
  twin.incident = 'teguey-2024';
  const linked = validateDataset({ events, places, figures }).events;
  assert.equal(sumKilled(linked, all, 'soldiers'), 23);
  assert.equal(sumQualifier(linked, all, 'soldiers'), 'exact');
  assert.equal(monthlyDeaths(linked, '2024-03-01', '2024-03-31')[0]!.soldiers, 23);
  assert.deepEqual(linked.map(reportedDeaths), [0, 0, 23, 10], 'each marker still shows its own report');
  twin.incident = undefined;
  assert.throws(
    () => incidents(validateDataset({ events, places, figures }).events),
    /"teguey-2024" is on this event only/,
  );
});

test('Chatoumane and Pételkolé are one incident and December 2024 counts it once', () => {
  const linked = data.events.filter((e) => e.incident === '2024-12-10-chatoumane-petelkole').map((e) => e.id);
  assert.deepEqual(linked, ['2024-12-10-chatoumane-attack', '2024-12-10-petelkole-position-attack']);
  const incident = incidents(data.events).find((i) => i.id === '2024-12-10-chatoumane-petelkole')!;
  const [chatoumane, petelkole] = incident.events.map((e) => countedClaim(e, 'soldiers')!.killed!) as [number, number];
  assert.equal(incidentKilled(incident, 'soldiers'), Math.max(chatoumane, petelkole));
  const december = monthlyDeaths(data.events, '2024-12-01', '2024-12-31')[0]!;
  const separately = data.events
    .filter((e) => e.date.startsWith('2024-12'))
    .reduce((s, e) => s + (countedClaim(e, 'soldiers')?.killed ?? 0), 0);
  assert.equal(december.soldiers, separately - Math.min(chatoumane, petelkole));
});

test('every event has the day it entered the dataset, no later than today', () => {
  const today = new Date().toISOString().slice(0, 10);
  const missing = data.events.filter((e) => e.added === undefined || e.added > today).map((e) => e.id);
  assert.deepEqual(
    missing,
    [],
    'give each event an `added` date (YYYY-MM-DD): /tmp/apply-counted.mjs sets it from git history',
  );
});

test('a sentence quotes the counted claim, every claim, or the one claimant it names', async () => {
  const { claimsToQuote } = await import('../../src/lib/events/claims.ts');
  const kandadji = data.events.find((e) => e.id === '2023-09-28-kandadji-attack')!;
  assert.deepEqual(
    claimsToQuote(kandadji, 'soldiers').map((c) => c.counted),
    [true],
  );
  assert.equal(
    claimsToQuote(kandadji, 'soldiers', { all: true }).length,
    kandadji.casualties.filter((c) => c.group === 'soldiers').length,
  );
  assert.match(claimsToQuote(kandadji, 'soldiers', { by: 'defence minister' })[0]!.claimed_by.en, /defence minister/);
  assert.throws(() => claimsToQuote(kandadji, 'soldiers', { by: 'nobody' }), /matches 0 of the soldiers claims/);
});

test('the schema refuses Wikipedia as a claimant', () => {
  const event = copy(rawEvents)[2]! as EventInput;
  event.casualties![0]!.claimed_by = { en: 'English-language Wikipedia', fr: 'Wikipédia en anglais' };
  const issue = eventSchema.safeParse(event).error?.issues.find((i) => i.path.join('.') === 'casualties.0.claimed_by');
  assert.match(issue!.message, /Wikipedia is never a claimant/);
});
