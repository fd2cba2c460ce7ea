// The stylesheet of a static chart image: plain values only, and map strokes divided by the
// view's zoom (there is no non-scaling-stroke in image renderers).
import { eventKinds } from '../../schema/event.ts';
import { palette as c } from './palette.ts';
import { round } from '../format/round.ts';

/** The smallest text in an image 960 px wide: 11 px when it is shown 600 px wide (a newsletter column). */
export const imageMinFont = 18;

export function imageStyle({ zoom = 1 } = {}): string {
  const w = (px: number) => round(px / zoom, 4);
  return [
    `text { font-family: 'DejaVu Sans', sans-serif; fill: ${c.ink}; }`,
    `.img-bg { fill: ${c.paper}; }`,
    `.img-title { font-size: 28px; font-weight: bold; }`,
    `.img-desc, .img-credit, .img-legend { font-size: ${imageMinFont}px; fill: ${c['ink-soft']}; }`,
    `.img-credit { font-size: ${imageMinFont}px; }`,
    `.is-off { display: none; }`,
    `.map-sea { fill: ${c.sea}; } .map-land { fill: ${c.land}; } .map-niger { fill: ${c['niger-fill']}; }`,
    `.map-borders { fill: none; stroke: ${c.border}; stroke-width: ${w(1.2)}; stroke-linejoin: round; }`,
    `.map-region-borders { fill: none; stroke: ${c['region-border']}; stroke-width: ${w(0.8)}; stroke-dasharray: ${w(3)} ${w(2)}; }`,
    `.map-river { fill: none; stroke: ${c.river}; stroke-width: ${w(0.8)}; } .map-river-niger { stroke-width: ${w(2)}; } .map-lake { fill: ${c.river}; }`,
    `.map text, .chart-svg text, .timeline-svg text { paint-order: stroke; stroke: ${c.paper}; stroke-width: 3px; stroke-linejoin: round; }`,
    `.area-label { font-size: ${imageMinFont}px; font-weight: bold; fill: ${c['ink-soft']}; text-anchor: middle; letter-spacing: 1.5px; }`,
    `.area-label-region, .area-label-water { font-style: italic; font-weight: normal; letter-spacing: 0; }`,
    `.place text { font-size: ${imageMinFont}px; } .place-left text { text-anchor: end; } .place-dot { fill: ${c.ink}; } .place-ring { display: none; }`,
    `.place.is-highlighted .place-ring { display: inline; fill: none; stroke: ${c.ink}; stroke-width: 1.5; } .place.is-highlighted text { font-weight: bold; }`,
    `.marker path { stroke: ${c.paper}; stroke-width: 1; fill-opacity: 0.85; }`,
    ...eventKinds.map((k) => `.kind-${k} { fill: ${c[`kind-${k}`]}; }`),
    `.scale-bar path { fill: none; stroke: ${c.ink}; stroke-width: 1.5; } .scale-bar text { font-size: ${imageMinFont}px; text-anchor: middle; }`,
    `.y-tick line { stroke: ${c.rule}; } .y-tick text { text-anchor: end; font-size: ${imageMinFont}px; fill: ${c['ink-soft']}; } .x-tick { text-anchor: middle; font-size: ${imageMinFont}px; }`,
    `.baseline { stroke: ${c.ink}; } .bar-soldiers { fill: ${c['kind-attack-on-soldiers']}; } .bar-civilians { fill: ${c['kind-attack-on-civilians']}; }`,
    `.rule line { stroke: ${c.ink}; stroke-dasharray: 3 3; } .rule text { font-weight: bold; font-size: ${imageMinFont}px; }`,
    `.timeline-axis, .timeline-tick line { stroke: ${c['ink-soft']}; stroke-width: 1.5; } .timeline-tick text { text-anchor: middle; font-size: ${imageMinFont}px; fill: ${c['ink-soft']}; }`,
    `.timeline-end { font-size: ${imageMinFont}px; font-weight: bold; } .timeline-band { display: none; } .timeline-mark { stroke: ${c.paper}; stroke-width: 1; }`,
  ].join('\n');
}
