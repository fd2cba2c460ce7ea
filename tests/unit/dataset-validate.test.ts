import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/lib/dataset/validate-dataset.ts';
import { parseJsonFile } from '../../src/lib/dataset/parse-json.ts';
import { DatasetError, formatProblem } from '../../src/lib/dataset/problems.ts';
import { copy, events, figures, places } from './fixtures/dataset.ts';

/** Runs the validator and returns its problems as the formatted lines a maintainer reads. */
function problems(raw: { events: unknown; places?: unknown; figures?: unknown; corrections?: unknown }): string[] {
  try {
    validateDataset({ places, figures, ...raw });
    return [];
  } catch (error) {
    assert.ok(error instanceof DatasetError, `expected a DatasetError, got ${error}`);
    return error.problems.map(formatProblem);
  }
}

function withEvent(change: (e: Record<string, unknown>) => void, index = 2) {
  const all = copy(events) as unknown as Record<string, unknown>[];
  change(all[index]!);
  return all;
}

test('validateDataset accepts the fixture and fills defaults', () => {
  const dataset = validateDataset({ events: copy(events), places: copy(places), figures: copy(figures) });
  assert.equal(dataset.events.length, 3);
  assert.deepEqual(dataset.events[0]!.casualties, []);
  assert.equal(dataset.events[2]!.casualties[0]!.qualifier, 'exact');
});

test('validateDataset names file, event and field for an impossible date', () => {
  const lines = problems({
    events: withEvent((e) => {
      e.date = '2024-02-30';
    }),
  });
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0]!, /^data\/events\.json › "2024-03-20-teguey-ambush" › date: must be a real date/);
});

test('validateDataset rejects an event without sources', () => {
  const lines = problems({
    events: withEvent((e) => {
      e.sources = [];
    }),
  });
  assert.deepEqual(lines, ['data/events.json › "2024-03-20-teguey-ambush" › sources: needs at least one source']);
});

test('validateDataset rejects a source without a URL, naming its index', () => {
  const lines = problems({
    events: withEvent((e) => {
      (e.sources as Record<string, unknown>[])[0]!.url = 'not a url';
    }),
  });
  assert.match(lines[0]!, /› sources\[0\]\.url: must be a full https:\/\/ URL/);
});

test('validateDataset refuses a bracketed note in a source title and accepts headline_missing', () => {
  // The fixture's events share one source object: give the changed event a source of its own.
  const withSource = (extra: Record<string, unknown>) =>
    withEvent((e) => {
      e.sources = [{ ...(e.sources as Record<string, unknown>[])[0]!, ...extra }];
    });
  const bracketed = problems({ events: withSource({ title: '[headline not captured] Soldiers killed near Teguey' }) });
  assert.equal(bracketed.length, 1, bracketed.join('\n'));
  assert.match(
    bracketed[0]!,
    /› sources\[0\]\.title: must be the headline as published, not a bracketed note: .*headline_missing: true/,
  );
  assert.deepEqual(
    problems({ events: withSource({ title: 'Soldiers killed near Teguey', headline_missing: true }) }),
    [],
  );
  const falsy = problems({ events: withSource({ headline_missing: false }) });
  assert.match(
    falsy[0]!,
    /› sources\[0\]\.headline_missing:/,
    'only `true` is written; a headline that exists needs no flag',
  );
  assert.deepEqual(
    problems({ events: withSource({ title: 'Niger : sept soldats tués près du Burkina', headline_from_url: true }) }),
    [],
  );
  const both = problems({ events: withSource({ headline_missing: true, headline_from_url: true }) });
  assert.equal(both.length, 1, both.join('\n'));
  assert.match(both[0]!, /› sources\[0\]\.headline_from_url: a title is either our description/);
});

test("validateDataset refuses a bracketed note in a context figure's source title", () => {
  const all = copy(figures) as unknown as Record<string, Record<string, unknown>>[];
  all[0]!.source!.title = '[headline not captured] US to withdraw troops';
  const lines = problems({ events: copy(events), figures: all });
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0]!, /^data\/figures\.json › .*source\.title: must be the headline as published/);
});

test('validateDataset rejects coordinates out of range in places', () => {
  const bad = copy(places);
  bad[1]!.lat = 114.6;
  const lines = problems({ events: copy(events), places: bad });
  assert.deepEqual(lines, ['data/places.json › "teguey" › lat: latitude must be between -90 and 90']);
});

test('validateDataset rejects duplicate ids', () => {
  const all = copy(events);
  all.push(copy(events[2]!));
  const lines = problems({ events: all });
  assert.ok(
    lines.some((l) => /"2024-03-20-teguey-ambush" › id: duplicate id: items 3 and 4 share it/.test(l)),
    lines.join('\n'),
  );
});

test('validateDataset rejects an unknown place', () => {
  const lines = problems({
    events: withEvent((e) => {
      e.place = 'atlantis';
    }),
  });
  assert.deepEqual(lines, [
    'data/events.json › "2024-03-20-teguey-ambush" › place: unknown place "atlantis": add it to data/places.json or use an existing id',
  ]);
});

test('validateDataset rejects unknown fields by name', () => {
  const lines = problems({
    events: withEvent((e) => {
      e.deaths = 23;
    }),
  });
  assert.deepEqual(lines, ['data/events.json › "2024-03-20-teguey-ambush": unknown field(s) "deaths"']);
});

test('validateDataset rejects a claim without claimant or figure', () => {
  const lines = problems({
    events: withEvent((e) => {
      e.casualties = [
        { group: 'soldiers', claimed_by: { en: 'x', fr: 'x' } },
        { group: 'civilians', killed: 3 },
      ];
    }),
  });
  assert.ok(
    lines.some((l) => l.endsWith('casualties[0]: a claim needs a `killed` or a `wounded` figure')),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l.includes('casualties[1].claimed_by')),
    lines.join('\n'),
  );
});

test('validateDataset rejects an unknown kind and a non-kebab id', () => {
  const lines = problems({
    events: withEvent((e) => {
      e.kind = 'battle';
      e.id = 'Teguey Ambush';
    }),
  });
  assert.ok(
    lines.some((l) => l.includes('"Teguey Ambush" › id: must be kebab-case')),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l.includes('"Teguey Ambush" › kind:')),
    lines.join('\n'),
  );
});

test('validateDataset rejects events out of date order', () => {
  const all = copy(events).reverse();
  const lines = problems({ events: all });
  assert.ok(lines[0]!.includes('events must be sorted by date'), lines.join('\n'));
});

test('validateDataset rejects a claim source that is not one of the event sources', () => {
  const lines = problems({
    events: withEvent((e) => {
      (e.casualties as Record<string, unknown>[])[0]!.source = 'https://elsewhere.org/';
    }),
  });
  assert.deepEqual(lines, [
    'data/events.json › "2024-03-20-teguey-ambush" › casualties[0].source: must be the URL of one of this event\'s sources',
  ]);
});

test('validateDataset rejects an empty file and a non-array', () => {
  assert.deepEqual(problems({ events: [] }), ['data/events.json: is empty: expected at least one record']);
  assert.deepEqual(problems({ events: { events: [] } }), ['data/events.json: must hold a JSON array of records']);
});

test('validateDataset reports an item without id by its position', () => {
  const lines = problems({
    events: withEvent((e) => {
      delete e.id;
    }),
  });
  assert.ok(
    lines.some((l) => l.startsWith('data/events.json › "item 3 (no id)" › id:')),
    lines.join('\n'),
  );
});

test('parseJsonFile names the file and the line of a syntax error', () => {
  assert.throws(
    () => parseJsonFile('[\n  {"id": "a",}\n]', 'data/events.json'),
    (error: DatasetError) => {
      assert.match(error.message, /data\/events\.json: is not valid JSON \(line 2, column \d+\)/);
      return true;
    },
  );
});

test('the committed dataset is valid', () => {
  const read = (f: string) => JSON.parse(readFileSync(new URL(`../../data/${f}`, import.meta.url), 'utf8'));
  const dataset = validateDataset({
    events: read('events.json'),
    places: read('places.json'),
    figures: read('figures.json'),
    corrections: read('corrections.json'),
  });
  assert.ok(dataset.events.length >= 60);
  assert.ok(dataset.events.every((e) => e.sources.length >= 1));
});

test('validateDataset accepts an empty corrections log and rejects a correction of an unknown event', () => {
  assert.deepEqual(problems({ events: copy(events), corrections: [] }), []);
  const correction = {
    id: '2026-12-01-fix',
    date: '2026-12-01',
    event: 'nope',
    what: { en: 'Toll updated', fr: 'Bilan mis à jour' },
    why: { en: 'Ministry revised it', fr: 'Le ministère l’a révisé' },
  };
  assert.deepEqual(problems({ events: copy(events), corrections: [correction] }), [
    'data/corrections.json › "2026-12-01-fix" › event: unknown event "nope"',
  ]);
});

test('validateDataset reports an unknown place even when the same event has other problems', () => {
  const lines = problems({
    events: withEvent((e) => {
      e.place = 'teguei';
      e.date = '2024-02-31';
    }),
  });
  assert.ok(
    lines.some((l) => l.includes('› date: must be a real date')),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l.includes('› place: unknown place "teguei"')),
    lines.join('\n'),
  );
});

test('validateDataset names every missing French field: the edition is complete or the build fails', () => {
  const lines = problems({
    events: withEvent((e) => {
      delete (e.text as Record<string, unknown>).fr;
      delete (e.casualties as Record<string, Record<string, unknown>>[])[0]!.claimed_by!.fr;
    }),
  });
  assert.deepEqual(lines, [
    'data/events.json › "2024-03-20-teguey-ambush" › text.fr: Invalid input: expected object, received undefined',
    'data/events.json › "2024-03-20-teguey-ambush" › casualties[0].claimed_by.fr: Invalid input: expected string, received undefined',
  ]);
});

// Hostile and careless input (issue 14): each rule names file › id › field and says what to do.

/** The fixture's events share one source object: give the changed event a copy of its own. */
function withSource(change: (s: Record<string, unknown>) => void) {
  return withEvent((e) => {
    const own = { ...(e.sources as Record<string, unknown>[])[0]! };
    change(own);
    e.sources = [own];
  });
}

test('source URLs: https only; other schemes refused by name; http only with http_only', () => {
  for (const url of [
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/x',
  ]) {
    // (The claim citing the old URL is reported too: it must cite one of the event's sources.)
    const lines = problems({
      events: withSource((s) => {
        s.url = url;
      }),
    }).filter((l) => l.includes('sources[0].url'));
    assert.equal(lines.length, 1, `${url}: ${lines.join('\n')}`);
    assert.match(
      lines[0]!,
      new RegExp(
        `^data/events\\.json › "2024-03-20-teguey-ambush" › sources\\[0\\]\\.url: uses the "${url.split(':')[0]}:" scheme: only https:// links are published`,
      ),
    );
  }
  const http = problems({
    events: withSource((s) => {
      s.url = 'http://example.org/story';
    }),
  });
  assert.ok(
    http.some((l) =>
      /sources\[0\]\.url: is http:\/\/, not https:\/\/: use the https:\/\/ address .* or add "http_only": true/.test(l),
    ),
    http.join('\n'),
  );
  const flagged = withSource((s) => {
    s.url = 'http://example.org/story';
    s.http_only = true;
  });
  (flagged[2]!.casualties as Record<string, unknown>[])[0]!.source = 'http://example.org/story';
  assert.deepEqual(problems({ events: flagged }), []);
  assert.match(
    problems({
      events: withSource((s) => {
        s.http_only = true;
      }),
    })[0]!,
    /"http_only": true is set but the url is not http:\/\/: remove the flag/,
  );
  const place = copy(places);
  place[0]!.source_url = 'javascript:alert(1)';
  assert.match(
    problems({ events: copy(events), places: place })[0]!,
    /^data\/places\.json › "niamey" › source_url: uses the "javascript:" scheme/,
  );
});

test('dates after the build date are refused, for events, their end, their sources and figures', () => {
  const today = '2024-06-01';
  const run = (raw: Parameters<typeof validateDataset>[0]) => {
    try {
      validateDataset(raw, { today });
      return [];
    } catch (error) {
      return (error as DatasetError).problems.map(formatProblem);
    }
  };
  assert.deepEqual(run({ events: copy(events), places, figures }), []);
  const late = copy(events);
  late[2]!.date_end = '2031-01-01';
  late[2]!.sources = [{ ...late[2]!.sources[0]!, date: '2099-01-01' }];
  const lines = run({ events: late, places, figures });
  assert.deepEqual(lines, [
    'data/events.json › "2024-03-20-teguey-ambush" › date_end: 2031-01-01 is after the build date (2024-06-01): give the last day known so far, or leave date_end out',
    'data/events.json › "2024-03-20-teguey-ambush" › sources[0].date: 2099-01-01 is after the build date (2024-06-01): correct the publication date shown on the page',
  ]);
  const future = copy(events);
  future.push({ ...copy(events[2]!), id: '2031-01-01-future', date: '2031-01-01', casualties: [] });
  assert.ok(
    run({ events: future, places, figures }).some((l) =>
      l.startsWith('data/events.json › "2031-01-01-future" › date: 2031-01-01 is after the build date'),
    ),
  );
  const figure = copy(figures);
  figure[0]!.as_of = '2030-01-01';
  assert.match(
    run({ events: copy(events), places, figures: figure })[0]!,
    /^data\/figures\.json › "french-troops-2023" › as_of: 2030-01-01 is after the build date/,
  );
});

test('the same event under two ids is refused, naming both; events without deaths are not compared', () => {
  const twice = copy(events);
  twice.push({ ...copy(events[2]!), id: '2024-03-20-teguey-ambush-again', text: copy(events[1]!.text) });
  const lines = problems({ events: twice });
  assert.deepEqual(lines, [
    'data/events.json › "2024-03-20-teguey-ambush-again" › id: looks like the same event as "2024-03-20-teguey-ambush" (same date 2024-03-20, place "teguey" and counted deaths soldiers 23, civilians 0): merge the two into one event and move the other\'s sources into it',
  ]);
  const announcements = copy(events);
  announcements.splice(2, 0, { ...copy(events[1]!), id: '2023-09-24-second-announcement' });
  assert.deepEqual(problems({ events: announcements }), []);
});

test('places: duplicates (same coordinates, or same name within 10 km) and 0,0 are refused', () => {
  const dup = copy(places);
  dup.push({ ...copy(places[1]!), id: 'teguey-2', name: 'Teguey', alt_names: [], lat: 14.66 });
  assert.deepEqual(problems({ events: copy(events), places: dup }), [
    'data/places.json › "teguey-2" › id: duplicates place "teguey" (same name, 0.7 km apart): keep one place, point its events at it, and list the other spelling in alt_names',
  ]);
  const zero = copy(places);
  zero.push({ ...copy(places[0]!), id: 'nowhere', name: 'Nowhere', lat: 0, lon: 0 });
  assert.deepEqual(problems({ events: copy(events), places: zero }), [
    'data/places.json › "nowhere" › lat: is 0,0 (in the Gulf of Guinea): the coordinates are missing; copy them from source_url',
  ]);
});

test('an id must start with its date (or its month, for an event dated to the month)', () => {
  const lines = problems({
    events: withEvent((e) => {
      e.id = '2024-03-21-teguey-ambush';
    }),
  });
  assert.deepEqual(lines, [
    'data/events.json › "2024-03-21-teguey-ambush" › id: must start with the event\'s date "2024-03-20-": rename the id, or correct the date; if the date itself was corrected, keep the id and log the change in data/corrections.json with "event": "2024-03-21-teguey-ambush"',
  ]);
  const correction = {
    id: '2024-04-01-date',
    date: '2024-04-01',
    event: '2024-03-21-teguey-ambush',
    what: { en: 'Date corrected', fr: 'Date corrigée' },
    why: { en: 'The ministry gave the 20th', fr: 'Le ministère a donné le 20' },
  };
  assert.deepEqual(
    problems({
      events: withEvent((e) => {
        e.id = '2024-03-21-teguey-ambush';
      }),
      corrections: [correction],
    }),
    [],
  );
  assert.deepEqual(
    problems({
      events: withEvent((e) => {
        e.id = '2024-03-teguey-ambush';
        e.date = '2024-03-01';
        e.date_precision = 'month';
      }),
    }),
    [],
  );
});

test('text has a stated limit per field; names refuse bidi and zero-width characters; RTL text passes', () => {
  const long = problems({
    events: withEvent((e) => {
      (e.text as { en: { title: string } }).en.title = 'x'.repeat(5000);
    }),
  });
  assert.deepEqual(long, [
    'data/events.json › "2024-03-20-teguey-ambush" › text.en.title: is longer than 120 characters: shorten it (the limit keeps the page readable on a 320 px phone)',
  ]);
  for (const [char, code] of [
    ['\u202E', 'U+202E'],
    ['\u200B', 'U+200B'],
    ['\u2066', 'U+2066'],
    ['\uFEFF', 'U+FEFF'],
  ] as const) {
    const lines = problems({
      events: withEvent((e) => {
        (e.casualties as { claimed_by: { en: string } }[])[0]!.claimed_by.en = `Niger${char}'s army`;
      }),
    });
    assert.deepEqual(lines, [
      `data/events.json › "2024-03-20-teguey-ambush" › casualties[0].claimed_by.en: contains an invisible or bidirectional control character (${code}): retype the name without it`,
    ]);
  }
  const place = copy(places);
  place[1]!.name = 'Té\u200Dguey';
  assert.match(
    problems({ events: copy(events), places: place })[0]!,
    /places\.json › "teguey" › name: contains an invisible/,
  );
  const rtl = problems({
    events: withEvent((e) => {
      (e.casualties as { claimed_by: { en: string; fr: string } }[])[0]!.claimed_by = {
        en: 'الجيش <20> & "army"',
        fr: 'l’armée <20> & « armée »',
      };
      e.actors = [{ en: 'جماعة نصرة الإسلام', fr: 'جماعة نصرة الإسلام' }];
    }),
  });
  assert.deepEqual(rtl, []);
});

test('a negative figure says what a number of people must be', () => {
  const lines = problems({
    events: withEvent((e) => {
      (e.casualties as Record<string, unknown>[])[0]!.killed = -3;
    }),
  });
  assert.deepEqual(lines, [
    'data/events.json › "2024-03-20-teguey-ambush" › casualties[0].killed: must be 0 or more: a number of people cannot be negative',
  ]);
});

test('parseJsonFile names a BOM and gives line and column for a trailing comma and a missing comma', () => {
  const message = (text: string) => {
    try {
      parseJsonFile(text, 'data/events.json');
      return '';
    } catch (e) {
      return (e as Error).message;
    }
  };
  assert.match(
    message('\uFEFF[{"id": "a"}]'),
    /data\/events\.json: is not valid JSON \(line 1, column 1\): the file starts with a byte-order mark \(BOM, U\+FEFF\): save it as UTF-8 without BOM/,
  );
  assert.match(
    message('[\n  {"id": "a"},\n  {"id": "b"},\n]'),
    /\(line 3, column 14\): trailing comma before "\]": remove this comma/,
  );
  assert.match(
    message('[\n  {"id": "a"}\n  {"id": "b"}\n]'),
    /\(line 3, column 3\): expected "," or "\]", found "\{" \(a comma is missing before it\)/,
  );
  assert.deepEqual(parseJsonFile('[{"id": "a"}]', 'x.json'), [{ id: 'a' }]);
});

test('a place note that puts the site more than 30 km from the marker town needs place_offset_km, and must agree with it', () => {
  const note = (en: string) =>
    withEvent((e) => {
      e.place_note = { en, fr: en };
    });
  const missing = problems({ events: note('Koutougou, 52 km south-west of Téguey; shown at Téguey') });
  assert.equal(missing.length, 1, missing.join('\n'));
  assert.match(
    missing[0]!,
    /"2024-03-20-teguey-ambush" › place_offset_km: place_note puts the site 52 km from Téguey, where the marker is: set "place_offset_km": 52/,
  );
  assert.deepEqual(
    problems({
      events: withEvent((e) => {
        e.place_note = { en: 'More than 45 km north of Teguey; shown at Téguey', fr: 'x' };
        e.place_offset_km = 45;
      }),
    }),
    [],
    'an alt name of the marker place counts',
  );
  const disagree = problems({
    events: withEvent((e) => {
      e.place_note = { en: 'About 60 km from Téguey', fr: 'x' };
      e.place_offset_km = 30;
    }),
  });
  assert.match(disagree[0] ?? '', /place_offset_km: is 30 km, but place_note puts the site 60 km from Téguey/);
  assert.deepEqual(
    problems({ events: note('About 20 km from Téguey; 120 km west of Niamey') }),
    [],
    'within 30 km of the marker, or far from another town, is not a marker distance',
  );
});

test('in the committed dataset, the markers known to be far from the site say how far in both languages', async () => {
  const { placeNote } = await import('../../src/lib/format/place-note.ts');
  const read = (f: string) => JSON.parse(readFileSync(new URL(`../../data/${f}`, import.meta.url), 'utf8'));
  const real = validateDataset({
    events: read('events.json'),
    places: read('places.json'),
    figures: read('figures.json'),
    corrections: read('corrections.json'),
  });
  // Distances from the audit (AUDIT-2026-12.md §4) and, for Eknewane, a stored protection report.
  const far: Record<string, number> = {
    '2021-08-16-darey-daye-field-workers-killed': 40,
    '2021-11-02-adab-dab-self-defence-group-ambush': 55,
    '2023-08-15-koutougou-ambush': 52,
    '2025-09-15-takoubatt-baptism-attack': 60,
    '2024-09-18-eknewane-position-attack': 45,
    '2025-05-25-eknewane-base-attack': 45,
  };
  for (const [id, km] of Object.entries(far)) {
    const event = real.events.find((e) => e.id === id);
    assert.ok(event, id);
    assert.equal(event.place_offset_km, km, id);
    assert.match(
      placeNote(event, 'en') ?? '',
      new RegExp(`The marker is about ${km} km from where it happened\\.$`),
      id,
    );
    assert.match(
      placeNote(event, 'fr') ?? '',
      new RegExp(`Le symbole se trouve à environ ${km} km du lieu des faits\\.$`),
      id,
    );
  }
});

test('validateDataset names file, event and field for a short claimant longer than the claimant or missing its French', () => {
  const lines = problems({
    events: withEvent((e) => {
      const [first, second] = e.casualties as Record<string, unknown>[];
      first!.claimed_by_short = { en: 'the defence ministry of Niger', fr: 'ministère de la Défense' };
      second!.claimed_by_short = { en: 'IS' };
    }),
  });
  assert.deepEqual(lines, [
    'data/events.json › "2024-03-20-teguey-ambush" › casualties[0].claimed_by_short.en: is longer than claimed_by ("Niger\'s defence ministry"): the short form must be shorter, or leave it out',
    'data/events.json › "2024-03-20-teguey-ambush" › casualties[1].claimed_by_short.fr: Invalid input: expected string, received undefined',
  ]);
});
