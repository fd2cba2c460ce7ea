import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import { svgDocument, svgToPng } from '../../src/lib/images/render.ts';
import { xmlSafeAttributes } from '../../src/lib/format/xml.ts';

const hostile = '(first toll <20) & "quoted" > الجيش';

/** A marker as MapSvg.astro writes it, serialised by Astro's own attribute and text escaping. */
function astroMarkup(label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60"><a href="/data/#x"${addAttribute(label, 'aria-label')}><path d="M10,10h20v20h-20z"></path></a><text x="10" y="50">${escapeHTML(label)}</text></svg>`;
}

test('a "<" in a claimant reaches the standalone SVG escaped, and resvg renders the PNG', () => {
  const doc = svgDocument(astroMarkup(hostile));
  assert.match(doc, /aria-label="\(first toll &lt;20\) &amp; &quot;quoted&quot; &gt; الجيش"/);
  const png = Buffer.from(svgToPng(doc, 200));
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
});

test('Astro alone leaves "<" raw in attributes, which resvg refuses (why xmlSafeAttributes exists)', () => {
  assert.throws(
    () => svgToPng(`<?xml version="1.0" encoding="UTF-8"?>\n${astroMarkup(hostile)}`, 200),
    /SVG data parsing failed/,
  );
});

test('xmlSafeAttributes leaves text, styles and already-escaped values as they are', () => {
  const markup =
    '<svg><style>.a > .b { fill: red }</style><g class="x" data-v="a &amp; b"><text x="1">a &lt;b&gt;</text></g><br/></svg>';
  assert.equal(xmlSafeAttributes(markup), markup);
  assert.equal(xmlSafeAttributes('<a title="1 < 2 > 0" href="/x">t</a>'), '<a title="1 &lt; 2 &gt; 0" href="/x">t</a>');
});
