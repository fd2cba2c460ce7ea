// French spacing is set by one function at render time (src/lib/format/typography.ts), never typed:
// the rules hold for every French string, chart text, data field and page once typeset
// (invisible-spaces.test.ts checks that none is typed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { typeset, typesetMarkup } from '../../src/lib/format/typography.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { charts } from '../../src/lib/embed/charts.ts';
import { formatNumber, formatPercent } from '../../src/lib/format/numbers.ts';

const narrow = '\u202f';
const noBreak = '\u00a0';
const show = (text: string) => text.replace(/\u202f/g, '⍽').replace(/\u00a0/g, '°');

/** Where typeset French text breaks a rule, as "rule: …context…". */
function frenchProblems(text: string): string[] {
  const rules: [string, RegExp][] = [
    ['a plain or wide space before ; : ! ?', /[ \u00a0][;:!?]/g],
    // A colon right after a word may be code or an English title ("counted: true", "Niger: …").
    ['no narrow space before ; ! ? ending a phrase', /[^\u202f;:!?»)\s][;!?](?=\s|$)/g],
    ['« without a narrow space after it', /«(?!\u202f)/g],
    ['» without a narrow space before it', /(?<!\u202f)»/g],
    ['thousands not set with a narrow space', /\d[ \u00a0]\d{3}(?!\d)/g],
  ];
  return rules.flatMap(([rule, pattern]) =>
    [...text.matchAll(pattern)].map((m) => `${rule}: “${show(text.slice(Math.max(0, m.index - 25), m.index + 10))}”`),
  );
}

/** Text without its code examples (HTML <code>, Markdown backticks), which keep their spacing. */
const withoutCode = (text: string) => text.replace(/<code>[\s\S]*?<\/code>|`[^`]*`/g, '');

/** Every string in a value: object leaves, array items, and what word functions return for a sample. */
function leaves(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function')
    return [{ path, text: String((value as (x: unknown) => unknown)(path.endsWith('kmAway') ? 52 : 'Téguey')) }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [];
}

/** Every French value of a data file: the `fr` of each localized field, at any depth. */
function frenchFields(value: unknown, path: string): { path: string; text: string }[] {
  if (Array.isArray(value))
    return value.flatMap((v, i) => frenchFields(v, `${path}[${(v as { id?: string })?.id ?? i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'fr' ? leaves(v, `${path}.fr`) : frenchFields(v, `${path}.${k}`),
  );
}

test('French typesetting: narrow no-break spaces before ; : ! ? and inside guillemets', () => {
  assert.equal(show(typeset('Sources : AFP ; RFI ! Pourquoi ?', 'fr')), 'Sources⍽: AFP⍽; RFI⍽! Pourquoi⍽?');
  assert.equal(show(typeset('« armée » et «armée»', 'fr')), '«⍽armée⍽» et «⍽armée⍽»');
  assert.equal(show(typeset('3 200 morts, à 52 km, 12 % des cas', 'fr')), '3⍽200 morts, à 52°km, 12°% des cas');
  // Only a space that is there becomes no-break: addresses, times and English titles keep theirs.
  assert.equal(
    typeset('https://example.org/?a=1 à 10:30, "Niger: army says"', 'fr'),
    'https://example.org/?a=1 à 10:30, "Niger: army says"',
  );
  assert.equal(typeset('en 2023 2024', 'fr'), 'en 2023 2024');
  // Typesetting twice changes nothing; typed no-break spaces end up as the rules want them.
  const once = typeset('Bilan : 23 ; « x »', 'fr');
  assert.equal(typeset(once, 'fr'), once);
  assert.equal(typeset(`Tongo Tongo${narrow}; repère${noBreak}:`, 'fr'), `Tongo Tongo${narrow}; repère${narrow}:`);
  // English is left as written.
  assert.equal(typeset('Sources : x ; « y »', 'en'), 'Sources : x ; « y »');
});

test('typesetMarkup sets text and reader-facing attributes, never code, tags or other attributes', () => {
  const html =
    '<p title="a : b" data-alt="c ; d" class="x : y">Voir : <code>{ a : b }</code> <a href="/x?y=1 ;">lien</a> ! <textarea>x ; y</textarea></p>' +
    '<meta name="description" content="A : b"><meta http-equiv="content-security-policy" content="a ; b">';
  assert.equal(
    show(typesetMarkup(html, 'fr')),
    '<p title="a⍽: b" data-alt="c⍽; d" class="x : y">Voir⍽: <code>{ a : b }</code> <a href="/x?y=1 ;">lien</a>⍽! <textarea>x ; y</textarea></p>' +
      '<meta name="description" content="A⍽: b"><meta http-equiv="content-security-policy" content="a ; b">',
  );
  assert.equal(show(typesetMarkup('<em>«x</em>»', 'fr')), '<em>«⍽x</em>⍽»');
  assert.equal(typesetMarkup(html, 'en'), html);
});

test('Intl already writes French numbers with narrow spaces, which typesetting keeps', () => {
  for (const text of [formatNumber(23000, 'fr'), formatPercent(0.123, 'fr')]) assert.equal(typeset(text, 'fr'), text);
  assert.equal(show(formatNumber(23000, 'fr')), '23⍽000');
});

test('every French string, chart text and data field follows the French rules once typeset', () => {
  const texts = [
    ...leaves(strings.fr, 'strings-fr'),
    ...charts.flatMap((c) => frenchFields(c, `charts.ts ${c.id}`)),
    ...['events', 'places', 'figures', 'corrections'].flatMap((file) =>
      frenchFields(JSON.parse(readFileSync(`data/${file}.json`, 'utf8')), `data/${file}.json`),
    ),
  ];
  assert.ok(texts.length > 500, `only ${texts.length} French texts found`);
  // Some strings hold HTML (<code> examples): they are typeset as the page typesets them.
  const problems = texts.flatMap(({ path, text }) =>
    frenchProblems(withoutCode(typesetMarkup(text, 'fr'))).map((p) => `${path}: ${p}`),
  );
  assert.deepEqual(problems, []);
});

test('the French pages follow the French rules once typeset', () => {
  for (const file of readdirSync('content/fr').filter((f) => f.endsWith('.mdx'))) {
    // Prose only: front matter quotes, imports and component tags are code.
    const prose = readFileSync(join('content/fr', file), 'utf8')
      .replace(/^---[\s\S]*?---/, '')
      .replace(/^import .*$/gm, '');
    assert.deepEqual(
      frenchProblems(withoutCode(typesetMarkup(prose, 'fr'))).map((p) => `content/fr/${file}: ${p}`),
      [],
    );
  }
});
