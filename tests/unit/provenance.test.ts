import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceQuality, sourceType } from '../../src/lib/sources/quality.ts';
import { sourceName } from '../../src/lib/format/source.ts';
import { placeNote } from '../../src/lib/format/place-note.ts';
import { atomXml, escapeXml } from '../../src/lib/feeds/atom.ts';
import { correctionsFeed, updatesFeed } from '../../src/lib/feeds/dataset-feeds.ts';
import { acledTillaberiYears } from '../../src/lib/charts/acled-comparison.ts';
import { parseMeta } from '../../src/schema/meta.ts';
import { validateDataset } from '../../src/lib/dataset/validate-dataset.ts';
import { copy, events as rawEvents, figures, places } from './fixtures/dataset.ts';

const src = (url: string, publisher: string, extra: { agency?: string; date?: string | null } = {}) => ({
  url,
  publisher,
  title: 't',
  date: extra.date === undefined ? null : extra.date,
  agency: extra.agency,
});

test('sources are sorted into own pages, labelled agency copies, other outlets and aggregators', () => {
  assert.equal(sourceType(src('https://www.rfi.fr/fr/afrique/x', 'RFI')), 'own');
  assert.equal(sourceType(src('https://www.dakaractu.com/x', 'Dakaractu', { agency: 'AFP' })), 'agency-copy');
  assert.equal(sourceType(src('https://www.dakaractu.com/x', 'Dakaractu (AFP)')), 'agency-copy');
  assert.equal(sourceType(src('https://www.koaci.com/x', 'KOACI')), 'other-outlet');
  assert.equal(
    sourceType(src('https://pledgetimes.com/x', 'Pledge Times (AFP)')),
    'aggregator',
    'a scraper stays an aggregator whatever its label',
  );
  assert.equal(sourceType(src('https://en.wikipedia.org/wiki/X', 'Wikipedia')), 'aggregator');
  assert.equal(sourceType(src('http://52.18.3.246/?p=1', 'Unidentified news site')), 'aggregator');
  assert.equal(
    sourceType(src('https://www.dw.com/en/x', 'DW', { agency: 'AFP' })),
    'agency-copy',
    'the agency field wins over an own host',
  );
  assert.equal(
    sourceType(src('http://french.xinhuanet.com/x', 'Xinhua (French)', { agency: 'Xinhua' })),
    'own',
    'an agency on its own site is not a copy',
  );
});

test('sourceQuality counts each type, its share and how many are dated', () => {
  const { rows, total } = sourceQuality([
    src('https://www.rfi.fr/a', 'RFI', { date: '2024-01-01' }),
    src('https://dakaractu.com/a', 'Dakaractu', { agency: 'AFP', date: '2024-01-02' }),
    src('https://dakaractu.com/b', 'Dakaractu', { agency: 'AFP' }),
    src('https://koaci.com/a', 'KOACI'),
  ]);
  assert.deepEqual(
    rows.map((r) => [r.type, r.count, r.share, r.dated, r.datedShare]),
    [
      ['own', 1, 0.25, 1, 1],
      ['agency-copy', 2, 0.5, 1, 0.5],
      ['other-outlet', 1, 0.25, 0, 0],
      ['aggregator', 0, 0, 0, 0],
    ],
  );
  assert.deepEqual(total, { count: 4, share: 1, dated: 2, datedShare: 0.5 });
});

test('sourceName shows the agency a copy carries, once', () => {
  assert.equal(sourceName({ publisher: 'Dakaractu', agency: 'AFP' }), 'Dakaractu (AFP)');
  assert.equal(sourceName({ publisher: 'Dakaractu (AFP)', agency: 'AFP' }), 'Dakaractu (AFP)');
  assert.equal(sourceName({ publisher: 'KOACI' }), 'KOACI');
});

test('placeNote says how far a marker is from the site only beyond 30 km, in each language', () => {
  const note = {
    en: 'Koutougou, south-west of Torodi; shown at Torodi',
    fr: 'Koutougou, au sud-ouest de Torodi ; représenté à Torodi',
  };
  assert.equal(
    placeNote({ place_note: note, place_offset_km: 52 }, 'en'),
    'Koutougou, south-west of Torodi; shown at Torodi. The marker is about 52 km from where it happened.',
  );
  assert.equal(
    placeNote({ place_note: note, place_offset_km: 52 }, 'fr'),
    'Koutougou, au sud-ouest de Torodi ; représenté à Torodi. Le symbole se trouve à environ 52 km du lieu des faits.',
  );
  assert.equal(placeNote({ place_note: note, place_offset_km: 20 }, 'en'), note.en);
  assert.equal(placeNote({}, 'en'), undefined);
});

test('Atom feeds escape every text and give whole days as RFC 3339 times', () => {
  assert.equal(escapeXml(`a & b <c> "d" 'e'\u0001`), 'a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;');
  const xml = atomXml({
    id: 'https://x.org/f.xml',
    title: 'T & <U>',
    subtitle: 's',
    updated: '2026-12-01',
    self: 'https://x.org/f.xml',
    alternate: 'https://x.org/',
    lang: 'en',
    entries: [
      {
        id: 'https://x.org/#a',
        title: 'Ambush <near> "Téguey"',
        updated: '2026-11-30',
        link: 'https://x.org/?a=1&b=2',
        summary: 'x',
      },
    ],
  });
  assert.match(
    xml,
    /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/,
  );
  assert.match(xml, /<title>T &amp; &lt;U&gt;<\/title>/);
  assert.match(xml, /<updated>2026-11-30T00:00:00Z<\/updated>/);
  assert.match(xml, /href="https:\/\/x.org\/\?a=1&amp;b=2"/);
  assert.doesNotMatch(xml.replace(/&(amp|lt|gt|quot|apos);/g, ''), /&|<[^?/a-z]/);
  assert.throws(
    () =>
      atomXml({
        id: 'x',
        title: 't',
        subtitle: 's',
        updated: '1 Dec',
        self: 'x',
        alternate: 'x',
        lang: 'en',
        entries: [],
      }),
    /YYYY-MM-DD/,
  );
});

test('the feeds list corrections and added events newest first, in the edition asked', () => {
  const raw = copy(rawEvents);
  raw[0]!.added = '2026-11-24';
  raw[2]!.added = '2026-12-01';
  const { events } = validateDataset({ events: raw, places, figures });
  const site = new URL('https://three-borders.example.org');
  const updates = updatesFeed(events, '2026-12-01', site, 'fr');
  assert.deepEqual(
    updates.entries.map((e) => e.id),
    [
      'https://three-borders.example.org/fr/data/#2024-03-20-teguey-ambush',
      'https://three-borders.example.org/fr/data/#2023-07-26-coup',
    ],
  );
  assert.equal(updates.updated, '2026-12-01');
  assert.match(updates.entries[0]!.title, /^20 mars 2024 : Embuscade près de Téguey$/);
  const byId = new Map(events.map((e) => [e.id, e]));
  const log = [
    {
      id: '2026-11-30-a',
      date: '2026-11-30',
      what: { en: 'Old.', fr: 'Ancien.' },
      why: { en: 'Because.', fr: 'Parce que.' },
    },
    {
      id: '2026-12-01-b',
      date: '2026-12-01',
      event: '2024-03-20-teguey-ambush',
      what: { en: 'New.', fr: 'Nouveau.' },
      why: { en: 'Why.', fr: 'Pourquoi.' },
    },
  ];
  const corrections = correctionsFeed(log, byId, '2026-10-01', site, 'en');
  assert.deepEqual(
    corrections.entries.map((e) => [e.id, e.title]),
    [
      ['https://three-borders.example.org/corrections/#2026-12-01-b', 'Correction: Ambush near Téguey'],
      ['https://three-borders.example.org/corrections/#2026-11-30-a', 'Correction, 30 November 2026'],
    ],
  );
  assert.equal(
    correctionsFeed([], byId, '2026-10-01', site, 'en').updated,
    '2026-10-01',
    'an empty log is dated by the last check',
  );
});

test('ACLED yearly totals for Tillabéri sit beside the dataset count for the same region and year', () => {
  const raw = copy(rawEvents);
  const teguey = { ...places[1]!, admin1: 'Tillabéri' };
  const {
    events,
    figures: figs,
    places: ps,
  } = validateDataset({
    events: raw,
    places: [places[0]!, teguey, places[2]!],
    figures: [
      ...figures,
      { ...figures[0]!, id: 'acled-deaths-tillaberi-2024', value: 1000, qualifier: 'about', as_of: '2024-12-31' },
      { ...figures[0]!, id: 'acled-deaths-tillaberi-q1-2024', value: 394, as_of: '2024-03-31' },
    ],
  });
  const years = acledTillaberiYears(figs, events, new Map(ps.map((p) => [p.id, p])));
  assert.deepEqual(
    years.map((y) => [y.year, y.acled.value, y.dataset.value]),
    [['2024', 1000, 23]],
  );
});

test('data/meta.json is validated with the file and field named', () => {
  const meta = { checked: '2026-12-01', reporting_until: '2026-03-12' };
  assert.deepEqual(parseMeta(meta), meta);
  assert.throws(() => parseMeta({ ...meta, checked: '1 December' }), /data\/meta.json › checked/);
  assert.throws(() => parseMeta({ checked: '2026-12-01' }), /data\/meta.json › reporting_until/);
});
