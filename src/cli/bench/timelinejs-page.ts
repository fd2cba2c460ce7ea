// The comparison: the coup-to-withdrawal events of our dataset in a TimelineJS timeline (the
// Knight Lab library many newsrooms embed), built from npm and served locally like our pages.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import { timelineSpan } from '../../lib/timeline/layout.ts';
import { eventsBetween } from '../../lib/events/select.ts';
import { attributedClaim } from '../../lib/format/claims.ts';
import { chartById, chartDescription } from '../../lib/embed/charts.ts';

/** The same chart as our /embed/coup-timeline/: its title and description, dates from the data. */
const chart = chartById('coup-timeline');

/** Our events in TimelineJS's JSON format, with the same text, claims and sources as our timeline. */
export function timelineJsData(events: readonly NigerEvent[], places: ReadonlyMap<string, Place>) {
  const span = timelineSpan(events);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return {
    title: { text: { headline: escape(chart.title.en), text: escape(chartDescription(chart, span, 'en')) } },
    events: eventsBetween(events, span).map((e) => {
      const [year, month, day] = e.date.split('-');
      const claims = e.casualties.map((c) => `<li>${escape(attributedClaim(c, 'en'))}</li>`).join('');
      const sources = e.sources
        .map((s) => `<li><a href="${escape(s.url)}">${escape(s.publisher)}: ${escape(s.title)}</a></li>`)
        .join('');
      return {
        start_date: { year, month, day },
        text: {
          headline: escape(e.text.en.title),
          text: `<p>${escape(e.text.en.summary)}</p><p>${escape(places.get(e.place)?.name ?? '')}</p><ul>${claims}</ul><ul>${sources}</ul>`,
        },
      };
    }),
  };
}

/** Writes a folder with the TimelineJS page and the library's own files; returns its path. */
export function writeTimelineJsPage(events: readonly NigerEvent[], places: ReadonlyMap<string, Place>): string {
  const require = createRequire(import.meta.url);
  const library = join(require.resolve('@knight-lab/timelinejs/package.json'), '..', 'dist');
  const dir = mkdtempSync(join(tmpdir(), 'timelinejs-'));
  mkdirSync(join(dir, 'lib'));
  cpSync(library, join(dir, 'lib'), { recursive: true });
  writeFileSync(join(dir, 'timeline.json'), JSON.stringify(timelineJsData(events, places)));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${chart.title.en} (TimelineJS)</title>
<meta name="description" content="The coup-to-withdrawal events of the Three Borders dataset rendered with TimelineJS, for comparison.">
<link rel="stylesheet" href="lib/css/timeline.css"></head>
<body style="margin:0"><main><h1 style="font:1rem sans-serif;margin:.5rem">${chart.title.en}</h1>
<div id="timeline-embed" style="width:100%;height:600px"></div></main>
<script src="lib/js/timeline.js"></script>
<script>fetch('timeline.json').then(function (r) { return r.json(); }).then(function (data) {
  new TL.Timeline('timeline-embed', data, { script_path: 'lib/js/', font: null });
});</script></body></html>
`,
  );
  return dir;
}
