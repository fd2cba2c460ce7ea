// The quick start must work on whatever Node a newcomer has: the `node` devDependency pins the
// Node every npm script runs on. These keep package.json, .nvmrc and that pin telling one story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const nvmrc = readFileSync(new URL('.nvmrc', root), 'utf8').trim();

test('the node devDependency is an exact version of .nvmrc major', () => {
  const pin: string = pkg.devDependencies.node;
  assert.match(pin, /^\d+\.\d+\.\d+$/, 'pin an exact version, so every machine runs the same Node');
  assert.equal(pin.split('.')[0], nvmrc);
});

test('npm scripts run on the pinned Node, not the machine’s own', () => {
  assert.equal(process.versions.node, pkg.devDependencies.node);
});

test('the pinned Node satisfies engines', () => {
  const [major, minor] = pkg.devDependencies.node.split('.').map(Number);
  const ok = pkg.engines.node.split('||').some((range: string) => {
    const m = range.trim().match(/^(\^|>=)(\d+)\.(\d+)\.\d+$/);
    assert.ok(m, `engines range ${range} not understood by this test`);
    const [, op, a, b] = m!;
    if (op === '^') return major === Number(a) && minor >= Number(b);
    return major > Number(a) || (major === Number(a) && minor >= Number(b));
  });
  assert.ok(ok, `node ${pkg.devDependencies.node} is outside engines ${pkg.engines.node}`);
});

test('install scripts the pin needs are allowed', () => {
  assert.equal(pkg.allowScripts?.node, true);
});
