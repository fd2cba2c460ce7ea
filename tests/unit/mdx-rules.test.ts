import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mdxError, mdxProblems } from '../../src/lib/mdx/content-rules.ts';
import { contentGuard } from '../../src/lib/mdx/content-guard.ts';

const front = '---\ntitle: T\n---\n\n';
const lines = (source: string) => mdxProblems(front + source).map((p) => `${p.line}: ${p.message}`);

test('raw <script>, inline event handlers and javascript: links are refused with their line', () => {
  assert.match(lines('Text.\n\n<script>alert(1)</script>\n')[0]!, /^7: <script> is not allowed in content/);
  assert.match(lines('A <b onclick="steal()">bold</b> word.\n')[0]!, /^5: <b onclick=…> is an inline event handler/);
  assert.match(
    lines('<img src="x.png" onError="x()" alt="" />\n')[0]!,
    /^5: <img onError=…> is an inline event handler/,
  );
  assert.match(
    lines('[x](https://ok.example) <a href="javascript:alert(1)">y</a>\n')[0]!,
    /^5: <a href="javascript:alert\(1\)…"> links to a script/,
  );
  assert.match(lines('<iframe src="https://evil.example"></iframe>\n')[0]!, /^5: <iframe> is not allowed/);
  assert.match(lines('<div dangerouslySetInnerHTML={{ __html: "<b>x</b>" }} />\n')[0]!, /dangerouslySetInnerHTML/);
});

test('an unknown component is named with its line; the page components pass', () => {
  assert.deepEqual(
    lines('<Stat count="events" /> and <When event="x" />.\n\n<Step step="niger-niamey" alt="a">\n\nHi\n\n</Step>\n'),
    [],
  );
  assert.match(
    lines('Intro.\n\n<Chart id="x" />\n')[0]!,
    /^7: unknown component <Chart>: use one of <Step>, <Stat>, <Claim>, <When>/,
  );
});

test('a step repeated in the same file is caught, naming both lines', () => {
  const step = '<Step step="niger-niamey" alt="a">\n\nText.\n\n</Step>\n\n';
  assert.deepEqual(lines(step + step), [
    '11: this <Step> places the same step as line 5: each step is placed once (its anchor names one place); add a new step to src/lib/story/steps.ts for a second scene',
  ]);
  assert.deepEqual(lines(step + step.replace('niger-niamey', 'niger-niamey-2')), []);
});

test('the committed content passes, and the Sätteri plugin throws naming the .mdx file and line', () => {
  for (const file of ['en/story', 'fr/story', 'en/methodology', 'fr/methodology']) {
    assert.deepEqual(
      mdxProblems(readFileSync(new URL(`../../content/${file}.mdx`, import.meta.url), 'utf8')),
      [],
      file,
    );
  }
  const ctx = {
    sourceFormat: 'mdx',
    source: `${front}<script>x</script>\n`,
    fileURL: new URL('../../content/en/story.mdx', import.meta.url),
    data: {},
  } as const;
  assert.throws(() => contentGuard(ctx as never), /content\/en\/story\.mdx:5: <script> is not allowed/);
  assert.equal(contentGuard({ ...ctx, source: `${front}Fine.\n` } as never), null);
  assert.match(mdxError('a.mdx', [{ line: 3, message: 'm' }]).message, /^1 problem\(s\) in a\.mdx:\n {2}a\.mdx:3: m$/);
});

test('astro.config.mjs runs contentGuard on every .mdx file through the Markdown processor', () => {
  const config = readFileSync(new URL('../../astro.config.mjs', import.meta.url), 'utf8');
  assert.match(config, /processor: satteri\(\{[^}]*mdastPlugins: \[contentGuard\]/);
});
