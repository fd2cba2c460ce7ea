import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy, headerRules, headersFile, patternMatches } from '../../src/lib/security/headers.ts';

test('public/_headers is what `npm run headers` writes from src/lib/security/headers.ts', () => {
  const committed = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
  assert.equal(committed, headersFile(), 'public/_headers is out of date: run `npm run headers`');
});

test('contentSecurityPolicy allows nothing inline and no other origin, and frames only embeds', () => {
  for (const policy of [contentSecurityPolicy("'self'"), contentSecurityPolicy('*')]) {
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|https?:/);
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.match(policy, /default-src 'self'/);
  }
  assert.match(contentSecurityPolicy("'self'"), /frame-ancestors 'self'/);
  assert.match(contentSecurityPolicy('*'), /frame-ancestors \*/);
});

test('headerRules gives each page exactly one policy: reading pages framed by us only, embeds by anyone', () => {
  const policiesFor = (path: string) =>
    headerRules()
      .filter((r) => patternMatches(r.path, path) && r.headers['Content-Security-Policy'])
      .map((r) => r.headers['Content-Security-Policy']!);
  for (const path of ['/', '/index.html', '/data/', '/fr/', '/fr/index.html', '/fr/methodology/', '/corrections/']) {
    assert.deepEqual(policiesFor(path), [contentSecurityPolicy("'self'")], path);
  }
  for (const path of ['/embed/tri-border-map/', '/fr/embed/coup-timeline/']) {
    assert.deepEqual(policiesFor(path), [contentSecurityPolicy('*')], path);
  }
  assert.deepEqual(policiesFor('/_astro/x.js'), []);
});

test('patternMatches reads exact paths and trailing splats', () => {
  assert.equal(patternMatches('/', '/'), true);
  assert.equal(patternMatches('/', '/data/'), false);
  assert.equal(patternMatches('/data/*', '/data/events.csv'), true);
  assert.equal(patternMatches('/embed/*', '/embed.js'), false);
});
