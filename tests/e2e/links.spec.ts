// Every internal link, image, script and stylesheet in dist/ resolves, fragments included
// (/data/#<event-id> must name a row). linkinator (npm run test:dist) checks files and servers;
// this adds the fragments it does not follow across pages.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { builtPages } from './helpers.ts';

const dist = new URL('../../dist/', import.meta.url);

function fileFor(path: string): URL {
  const clean = decodeURIComponent(path.replace(/^\//, ''));
  return new URL(clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean, dist);
}

function idsOf(file: URL): Set<string> {
  return new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

test('every internal link and asset in dist/ resolves, and every fragment names an element', () => {
  const ids = new Map<string, Set<string>>();
  const broken: string[] = [];
  let checked = 0;
  for (const page of builtPages()) {
    const html = readFileSync(fileFor(page), 'utf8');
    for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      if (/^(https?:|mailto:|data:)/.test(value!) || value === '') continue;
      const url = new URL(value!.replace(/&amp;/g, '&'), `http://site${page}`);
      const file = fileFor(url.pathname);
      checked += 1;
      if (!existsSync(file)) {
        broken.push(`${page}: ${attr}="${value}" (no ${url.pathname})`);
        continue;
      }
      if (url.hash && file.pathname.endsWith('.html')) {
        if (!ids.has(file.href)) ids.set(file.href, idsOf(file));
        if (!ids.get(file.href)!.has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${page}: ${attr}="${value}" (no element ${url.hash})`);
      }
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});
