// Plurals, lists and first-of-month dates come from Intl with each edition's words: no branch on
// the language in the formatting code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim } from '../../src/schema/event.ts';
import { casualtyPhrase, claimsPhrase } from '../../src/lib/format/claims.ts';
import { andList, plural } from '../../src/lib/format/grammar.ts';
import { formatDate, formatShortDate } from '../../src/lib/format/dates.ts';

const claim = (extra: Partial<Claim>): Claim =>
  ({ group: 'civilians', qualifier: 'exact', claimed_by: { en: 'the army', fr: 'l’armée' }, ...extra }) as Claim;

test('one wounded is singular in French: "58 civils tués et 1 blessé"', () => {
  assert.equal(casualtyPhrase(claim({ killed: 58, wounded: 1 }), 'fr'), '58 civils tués et 1 blessé');
  assert.equal(casualtyPhrase(claim({ killed: 58, wounded: 1 }), 'en'), '58 civilians killed and 1 wounded');
  assert.equal(casualtyPhrase(claim({ killed: 1, wounded: 2 }), 'fr'), '1 civil tué et 2 blessés');
  assert.equal(casualtyPhrase(claim({ group: 'soldiers', wounded: 1 }), 'fr'), '1 soldat blessé');
  assert.equal(casualtyPhrase(claim({ group: 'soldiers', wounded: 1 }), 'en'), '1 soldier wounded');
  assert.equal(casualtyPhrase(claim({ killed: 1, qualifier: 'at-least' }), 'fr'), 'au moins 1 civil tué');
  // French counts zero as singular, English as plural, as Intl.PluralRules says.
  assert.equal(casualtyPhrase(claim({ killed: 0 }), 'fr'), '0 civil tué');
  assert.equal(casualtyPhrase(claim({ killed: 0 }), 'en'), '0 civilians killed');
});

test('lists are joined as each language joins them', () => {
  assert.equal(andList(['a', 'b', 'c'], 'en'), 'a, b and c');
  assert.equal(andList(['a', 'b', 'c'], 'fr'), 'a, b et c');
  const shared = [claim({ group: 'soldiers', killed: 90 }), claim({ killed: 50, qualifier: 'about' })];
  assert.equal(claimsPhrase(shared, 'fr'), '90 soldats tués et environ 50 civils tués, selon l’armée');
  assert.equal(plural({ other: '{n} x' }, 1, 'en'), '1 x');
});

test('French dates write the first of the month as an ordinal: "1er décembre 2023"', () => {
  assert.equal(formatDate('2023-12-01', 'fr'), '1er décembre 2023');
  assert.equal(formatShortDate('2023-12-01', 'fr'), '1er déc.');
  assert.equal(formatDate('2023-12-02', 'fr'), '2 décembre 2023');
  assert.equal(formatDate('2023-12-01', 'en'), '1 December 2023');
  assert.equal(formatDate('2023-12-01', 'fr', 'month'), 'décembre 2023');
});
