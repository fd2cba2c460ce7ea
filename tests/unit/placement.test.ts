import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidates, labelBox, overlaps, placeLabels, type LabelItem } from '../../src/lib/map/placement.ts';
import { parsePosition, positionCode } from '../../src/lib/map/label-positions.ts';
import { textWidth } from '../../src/lib/map/text-width.ts';
import { symbolReach } from '../../src/lib/map/symbol-bounds.ts';

const frame = { width: 960, height: 720 };
const around = candidates(['r', 'l', 'u', 'd'], 0, 1);
const label = (
  key: string,
  x: number,
  y: number,
  rank: number,
  text = key,
  extra: Partial<LabelItem> = {},
): LabelItem => ({ key, x, y, rank, lines: [{ text }], fontSize: 12, dot: 2.5, candidates: around, ...extra });
const box = (item: LabelItem, placed: ReturnType<typeof placeLabels>) => labelBox(item, placed.get(item.key)!, 1);

test('placeLabels puts a lone label at its first candidate, right of its dot', () => {
  const placed = placeLabels({ frame, scale: 1, items: [label('Niamey', 400, 300, 1)], obstacles: [] });
  assert.deepEqual(placed.get('Niamey'), { dir: 'r', level: 0 });
});

test('placeLabels moves a label to the left when a higher-ranked one takes the right', () => {
  const a = label('Ouallam', 400, 300, 1);
  const b = label('Tillabéri', 380, 300, 2);
  const placed = placeLabels({ frame, scale: 1, items: [b, a], obstacles: [] });
  assert.deepEqual(placed.get('Ouallam'), { dir: 'r', level: 0 });
  assert.equal(placed.get('Tillabéri')?.dir, 'l');
  assert.equal(overlaps(box(a, placed), box(b, placed)), false);
});

test('placeLabels drops the lower-ranked label when every candidate collides', () => {
  const a = label('Dori', 400, 300, 1, 'A long name that covers everything around');
  const b = label('Djibo', 402, 300, 2);
  const placed = placeLabels({ frame, scale: 1, items: [a, b], obstacles: [] });
  assert.ok(placed.has('Dori'));
  assert.equal(placed.has('Djibo'), false);
});

test('placeLabels keeps labels off shown markers', () => {
  const marker = { x0: 405, y0: 285, x1: 460, y1: 315 }; // a large marker right of the dot
  const placed = placeLabels({ frame, scale: 1, items: [label('Inatès', 400, 300, 1)], obstacles: [marker] });
  assert.notEqual(placed.get('Inatès')?.dir, 'r');
  assert.equal(overlaps(box(label('Inatès', 400, 300, 1), placed), marker), false);
});

test('placeLabels keeps labels inside the frame edge', () => {
  const gao = label('Gao', 940, 6, 1);
  const placed = placeLabels({ frame, scale: 1, items: [gao], obstacles: [] });
  // Right would leave the frame at the side, left and up at the top: below fits.
  assert.deepEqual(placed.get('Gao'), { dir: 'd', level: 0 });
  assert.equal(placeLabels({ frame, scale: 1, items: [label('Gao', 955, 6, 1)], obstacles: [] }).has('Gao'), false);
});

test('placeLabels never covers the dot of another place: a country name moves off a village', () => {
  const country = label('NIGER', 400, 300, 1, 'NIGER', {
    dot: 0,
    candidates: [
      { dir: 'c', level: 0 },
      { dir: 'u', level: 2 },
    ],
    fontSize: 30,
  });
  const village = label('Sanam', 400, 300, 2);
  const placed = placeLabels({ frame, scale: 1, items: [country, village], obstacles: [] });
  assert.deepEqual(placed.get('NIGER'), { dir: 'u', level: 2 });
  assert.ok(placed.has('Sanam'));
});

test('placeLabels gives a crowded callout its short form rather than dropping it', () => {
  const marker = { x0: 0, y0: 0, x1: 960, y1: 280 }; // everything above the callout is taken
  const callout = label('c', 480, 300, 0, 'Inatès', {
    required: true,
    dot: 0,
    lines: [
      { text: 'Inatès', bold: true },
      { text: '71 soldiers killed' },
      { text: "(Niger's defence ministry)" },
      { text: 'and more text' },
      { text: 'and more' },
    ],
    compactLines: [{ text: 'Inatès', bold: true }],
    candidates: candidates(['u'], 0, 3),
  });
  const placed = placeLabels({ frame: { width: 960, height: 400 }, scale: 1, items: [callout], obstacles: [marker] });
  assert.equal(placed.get('c')?.compact, true);
});

test('placeLabels tries a callout in full, then its short form, then its place name alone', () => {
  const full = [{ text: 'Inatès', bold: true }, { text: '71 soldiers killed' }, { text: "(Niger's defence ministry)" }];
  const short = [{ text: 'Inatès', bold: true }, { text: '71 killed (defence' }, { text: 'ministry)' }];
  const callout = (room: number) => {
    const item = label('c', 480, 300, 0, 'Inatès', {
      required: true,
      dot: 0,
      lines: full,
      shortLines: short,
      compactLines: full.slice(0, 1),
      candidates: [{ dir: 'r', level: 0 }],
    });
    // A wall right of the anchor, `room` units away: only text narrower than that fits.
    const wall = { x0: 480 + room, y0: 0, x1: 960, y1: 400 };
    return placeLabels({ frame: { width: 960, height: 400 }, scale: 1, items: [item], obstacles: [wall] }).get('c');
  };
  const width = (lines: { text: string; bold?: boolean }[]) =>
    Math.max(...lines.map((l) => textWidth(l.text, { size: 12, bold: l.bold })));
  assert.deepEqual(callout(width(full) + 10), { dir: 'r', level: 0 });
  assert.deepEqual(callout(width(short) + 10), { dir: 'r', level: 0, short: true });
  assert.deepEqual(callout(width(full.slice(0, 1)) + 10), { dir: 'r', level: 0, compact: true });
});

test('placeLabels grows boxes with the frame class scale: a phone fits fewer labels', () => {
  const items = Array.from({ length: 12 }, (_, i) =>
    label(`Place ${i}`, 100 + (i % 4) * 100, 100 + Math.floor(i / 4) * 45, i),
  );
  const desktop = placeLabels({ frame, scale: 1.15, items, obstacles: [] }).size;
  const phone = placeLabels({ frame, scale: 2.5, items, obstacles: [] }).size;
  assert.equal(desktop, 12);
  assert.ok(phone < desktop, `${phone} on a phone`);
});

test('textWidth is wider for bold, letter-spaced and wide-lettered text', () => {
  assert.ok(textWidth('Niamey', { size: 12, bold: true }) > textWidth('Niamey', { size: 12 }));
  assert.ok(textWidth('MALI', { size: 13, letterSpacing: 0.12 }) > textWidth('MALI', { size: 13 }));
  assert.ok(textWidth('Ménaka', { size: 12 }) > textWidth('Tillia', { size: 12 }));
  assert.equal(textWidth('Gao', { size: 24 }), 2 * textWidth('Gao', { size: 12 }));
});

test('positionCode and parsePosition round-trip, upper case for the compact form, a letter level for the short one', () => {
  for (const p of [
    { dir: 'r', level: 0 },
    { dir: 'y', level: 9 },
    { dir: 'p', level: 3, compact: true },
    { dir: 'c', level: 0, short: true },
    { dir: 'x', level: 9, short: true },
  ] as const) {
    assert.deepEqual(parsePosition(positionCode(p)), p);
  }
  assert.equal(positionCode({ dir: 'q', level: 2, compact: true }), 'Q2');
  assert.equal(positionCode({ dir: 'q', level: 2, short: true }), 'qc');
  assert.equal(parsePosition('z1'), undefined);
  assert.equal(parsePosition('Qc'), undefined);
  assert.equal(parsePosition('rk'), undefined);
});

test('symbolReach measures each symbol: a diamond reaches further up than a circle of the same area', () => {
  assert.ok(Math.abs(symbolReach('attack-on-soldiers').x - 1) < 1e-6);
  assert.ok(symbolReach('attack-on-civilians').y > 1.2);
  assert.ok(symbolReach('diplomatic').x < 1);
});
