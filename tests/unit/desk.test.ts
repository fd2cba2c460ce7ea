// The data desk's search and sort rules (src/lib/desk/), which the page's script applies to rows,
// and the one-function helpers they and the rest of src/lib share (folding, calendar days, rounding).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForSearch, slugify, stripAccents } from '../../src/lib/format/fold.ts';
import { matchesQuery, queryWords, searchWords } from '../../src/lib/desk/search.ts';
import { cellComparer, sortKey } from '../../src/lib/desk/sort.ts';
import { eventSearchWords } from '../../src/lib/desk/event-search-words.ts';
import { readDataset } from '../../src/lib/dataset/read-dataset.ts';
import { locales } from '../../src/lib/i18n/locales.ts';
import { dayNumber, isCalendarDay, utcDay } from '../../src/lib/time/calendar-day.ts';
import { round } from '../../src/lib/format/round.ts';

test('folding takes accents, case and apostrophe styles off, and slugs are plain ASCII words', () => {
  assert.equal(stripAccents('Tillabéri, Andéramboukane, Ménaka'), 'Tillaberi, Anderamboukane, Menaka');
  assert.equal(foldForSearch('TÉGUEY d’un cœur'), "teguey d'un coeur");
  assert.equal(slugify(' Bankilaré (N’Djamena) '), 'bankilare-n-djamena');
});

test('a query matches when each of its words is found, accents and case folded', () => {
  assert.deepEqual(queryWords('  Téguey  AMBUSH '), ['teguey', 'ambush']);
  const row = ['24 March 2024 Téguey, Tillabéri Attack on soldiers Ambush near Téguey'];
  assert.equal(matchesQuery(queryWords('teguey'), row), true);
  assert.equal(matchesQuery(queryWords('TEGUEY ambush'), row), true);
  assert.equal(matchesQuery(queryWords('teguey niamey'), row), false, 'every word must match');
  assert.equal(matchesQuery(queryWords('  '), row), true, 'an empty query shows every row');
  assert.equal(searchWords(['Téguey, Téguey.', 'L’embuscade (Téguey)']), "teguey l'embuscade");
});

test('numeric cells sort by value, words alphabetically, and empty cells last either way', () => {
  const cells = ['23 soldiers killed', '—', '9 soldiers killed', '1 200 civilians', '1,100 civilians', '100 militants'];
  assert.deepEqual([...cells].sort(cellComparer('en', true)), [
    '9 soldiers killed',
    '23 soldiers killed',
    '100 militants',
    '1,100 civilians',
    '1 200 civilians',
    '—',
  ]);
  assert.deepEqual([...cells].sort(cellComparer('en', false)), [
    '1 200 civilians',
    '1,100 civilians',
    '100 militants',
    '23 soldiers killed',
    '9 soldiers killed',
    '—',
  ]);
  assert.deepEqual(['Tillabéri', 'Tahoua', 'Téra', 'Ayorou'].sort(cellComparer('fr', true)), [
    'Ayorou',
    'Tahoua',
    'Téra',
    'Tillabéri',
  ]);
  assert.deepEqual(['2024-03-20', '2016-10-06', '2023-07-26'].sort(cellComparer('en', true)), [
    '2016-10-06',
    '2023-07-26',
    '2024-03-20',
  ]);
  assert.equal(sortKey(' 1\u202f200 killed '), '1200 killed');
  assert.equal(sortKey('2023 12 soldiers'), '2023 12 soldiers', 'only groups of three digits join');
});

test('every event of the dataset can be found by its place’s other spellings and by its title in each edition', async () => {
  const { events, places } = await readDataset(new URL('../../', import.meta.url));
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const locale of locales) {
    for (const e of events) {
      const place = byId.get(e.place)!;
      // What the row shows (its title and place) and what the server lists for it.
      const row = [e.text[locale].title, place.name, eventSearchWords(e, place, locale)];
      for (const name of [place.name, ...place.alt_names, place.admin1])
        assert.ok(matchesQuery(queryWords(stripAccents(name).toUpperCase()), row), `${locale} ${e.id}: "${name}"`);
      for (const text of Object.values(e.text))
        assert.ok(matchesQuery(queryWords(text.title), row), `${locale} ${e.id}: "${text.title}"`);
      for (const w of queryWords(e.text[locale].title))
        assert.ok(
          !eventSearchWords(e, place, locale).split(' ').includes(w),
          `${locale} ${e.id}: "${w}" is shown in the row already`,
        );
    }
  }
  const teguey = events.find((e) => e.place === 'teguey')!;
  assert.ok(
    matchesQuery(queryWords('Teguey embuscade'), [
      teguey.text.en.title,
      eventSearchWords(teguey, byId.get('teguey')!, 'en'),
    ]),
    'the French title is searchable from the English edition',
  );
});

test('calendar days are read as UTC midnight, checked, and counted apart in whole days', () => {
  assert.equal(utcDay('2023-07-26').toISOString(), '2023-07-26T00:00:00.000Z');
  assert.equal(isCalendarDay('2024-02-29'), true);
  assert.equal(isCalendarDay('2023-02-29'), false);
  assert.equal(isCalendarDay('2023-7-26'), false);
  assert.equal(dayNumber('2023-12-22') - dayNumber('2023-07-26'), 149);
  assert.equal(round(2.345678, 2), 2.35);
  assert.equal(round(-0.04, 1), -0);
});
