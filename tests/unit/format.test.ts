import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDataset } from '../../src/lib/dataset/validate-dataset.ts';
import { formatCount, formatNumber } from '../../src/lib/format/numbers.ts';
import { datetimeAttribute, formatDate, formatMonthPart, formatShortDate } from '../../src/lib/format/dates.ts';
import { documentTitle, titleLimit } from '../../src/lib/format/page-title.ts';
import { attributedClaim, casualtyPhrase, claimsPhrase } from '../../src/lib/format/claims.ts';
import { eventLabel, placePhrase, tollPhrase } from '../../src/lib/format/event-label.ts';
import { localize } from '../../src/lib/format/localize.ts';
import type { Localized } from '../../src/schema/localized.ts';
import { countryName } from '../../src/lib/format/country.ts';
import { readFileSync } from 'node:fs';
import { copy, events as rawEvents, figures, places } from './fixtures/dataset.ts';

const { events, places: placeList } = validateDataset({ events: copy(rawEvents), places, figures });
const ambush = events[2]!;
const teguey = placeList.find((p) => p.id === 'teguey')!;

test('formatNumber groups thousands per locale', () => {
  assert.equal(formatNumber(23000, 'en'), '23,000');
  assert.equal(formatNumber(23000, 'fr').replace(/\s/g, ' '), '23 000');
});

test('formatCount writes millions as words and smaller counts in full', () => {
  assert.equal(formatCount(72_000_000, 'en'), '72 million');
  assert.equal(formatCount(2_600_000, 'fr').replace(/\s/g, ' '), '2,6 millions');
  assert.equal(formatCount(459_585, 'en'), '459,585');
});

test('formatDate writes calendar days whatever the time zone', () => {
  assert.equal(formatDate('2023-12-22', 'en'), '22 December 2023');
  assert.equal(formatDate('2023-12-22', 'fr'), '22 décembre 2023');
  assert.equal(formatDate('2022-07-01', 'en', 'month'), 'July 2022');
  assert.equal(formatShortDate('2023-07-26', 'en'), '26 Jul');
  assert.equal(datetimeAttribute('2022-07-01', 'month'), '2022-07');
});

test('casualtyPhrase joins killed and wounded with qualifiers', () => {
  assert.equal(casualtyPhrase(ambush.casualties[0]!, 'en'), '23 soldiers killed and 17 wounded');
  assert.equal(casualtyPhrase(ambush.casualties[1]!, 'en'), 'at least 30 soldiers killed');
  assert.equal(casualtyPhrase({ ...ambush.casualties[0]!, killed: 1, wounded: undefined }, 'en'), '1 soldier killed');
  assert.equal(casualtyPhrase({ ...ambush.casualties[0]!, killed: undefined, wounded: 4 }, 'en'), '4 soldiers wounded');
});

test('attributedClaim always names the claimant', () => {
  assert.equal(
    attributedClaim(ambush.casualties[0]!, 'en'),
    "23 soldiers killed and 17 wounded, according to Niger's defence ministry",
  );
});

test('eventLabel gives figure, date, place and claimant for an attack', () => {
  assert.equal(
    eventLabel(ambush, teguey, 'en'),
    "23 soldiers killed and 17 wounded, 20 March 2024, near Téguey, according to Niger's defence ministry",
  );
});

test('eventLabel gives title, date and place for a political event', () => {
  assert.equal(eventLabel(events[0]!, { name: 'Niamey' }, 'en'), 'Coup in Niamey, 26 July 2023, Niamey');
});

test('eventLabel and attributedClaim read as French in the French edition', () => {
  assert.equal(
    eventLabel(ambush, teguey, 'fr'),
    '23 soldats tués et 17 blessés, 20 mars 2024, près de Téguey, selon le ministère nigérien de la Défense',
  );
  assert.equal(eventLabel(events[0]!, { name: 'Niamey' }, 'fr'), 'Coup d’État à Niamey, 26 juillet 2023, Niamey');
});

test('tollPhrase gives the headline figures with claimants, "no toll" for a quiet attack, nothing otherwise', () => {
  assert.equal(tollPhrase(ambush, 'en'), "23 soldiers killed and 17 wounded, according to Niger's defence ministry");
  assert.equal(tollPhrase({ ...ambush, casualties: [] }, 'fr'), 'aucun bilan publié');
  assert.equal(tollPhrase(events[0]!, 'en'), '');
});

test('placePhrase says "near" only for approximate places', () => {
  assert.equal(placePhrase(ambush, teguey, 'en'), 'near Téguey');
  assert.equal(placePhrase(events[0]!, { name: 'Niamey' }, 'en'), 'Niamey');
});

test('localize refuses to fall back to English', () => {
  assert.equal(localize({ en: 'x', fr: 'y' }, 'fr'), 'y');
  assert.throws(() => localize({ en: 'x' } as unknown as Localized, 'fr'), /Missing fr text/);
});

test('claimsPhrase attributes once when the claimant is shared, else each figure', () => {
  const [ministry, is] = ambush.casualties;
  assert.equal(
    claimsPhrase([ministry!, { ...ministry!, group: 'civilians', killed: 2, wounded: undefined }], 'en'),
    "23 soldiers killed and 17 wounded and 2 civilians killed, according to Niger's defence ministry",
  );
  assert.equal(
    claimsPhrase([ministry!, is!], 'en'),
    "23 soldiers killed and 17 wounded, according to Niger's defence ministry; at least 30 soldiers killed, according to Islamic State (claim)",
  );
});

test("countryName names countries in the reader's language and refuses unknown codes", () => {
  assert.equal(countryName('BFA', 'en'), 'Burkina Faso');
  assert.equal(countryName('TCD', 'fr'), 'Tchad');
  assert.equal(countryName('FRA', 'en'), 'France');
  assert.throws(() => countryName('XXX', 'en'), /No country name for "XXX"/);
});

test('every country in the dataset has a name in both languages', () => {
  for (const p of JSON.parse(readFileSync(new URL('../../data/places.json', import.meta.url), 'utf8')) as {
    country: string;
  }[]) {
    assert.ok(countryName(p.country, 'fr').length > 2, p.country);
  }
});

test('formatMonthPart says which third of the month, in each language', () => {
  const en = { early: 'early {month}', mid: 'mid-{month}', late: 'late {month}' };
  const fr = { early: 'début {month}', mid: 'la mi-{month}', late: 'fin {month}' };
  assert.equal(formatMonthPart('2026-03-12', 'en', en), 'mid-March 2026');
  assert.equal(formatMonthPart('2026-03-10', 'en', en), 'early March 2026');
  assert.equal(formatMonthPart('2026-03-21', 'en', en), 'late March 2026');
  assert.equal(formatMonthPart('2026-03-12', 'fr', fr), 'la mi-mars 2026');
});

test('documentTitle adds the site name where it fits and cuts a long headline at a word', () => {
  assert.equal(documentTitle('Data and sources'), 'Data and sources · Three Borders');
  const sixty = 'Justice ministry gives first findings on the airport attack';
  assert.equal(documentTitle(sixty), sixty);
  const long = 'Le ministère de la Justice livre les premiers résultats de l’enquête sur l’attaque de l’aéroport';
  const cut = documentTitle(long);
  assert.ok(cut.length <= titleLimit, cut);
  assert.ok(cut.endsWith('…') && long.startsWith(cut.slice(0, -1)), cut);
  assert.ok(!/\s…$/.test(cut));
});

test('documentTitle counts an apostrophe as the HTML writes it', () => {
  assert.equal(
    documentTitle("Niger and Benin expel each other's diplomatic staff"),
    "Niger and Benin expel each other's diplomatic staff",
  );
});
