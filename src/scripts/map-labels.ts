// labelPlacement(map, state): what switches each of the map's labels and callouts to the server's
// placement for `state` (map-element.ts applies it a few labels a frame). No geometry is computed here; the browser only copies position codes into attributes.
//
// CONTRACT (with map-element.ts and scrolly.ts):
// - Every label, place name and callout is a group `.lbl` in the SVG, in a fixed order
//   (area names, places, callouts: src/lib/map/label-layout.ts labelKeys). Its base-frame anchor is
//   in data-x/data-y and map-element.ts positions the group with transform="translate(sx sy)" in
//   screen units, moving it per frame (translate only). Everything the placement decides stays
//   inside that group: data-a / data-b / data-c hold the position code per frame class (desktop,
//   small tablet, phone; "-" = left out in that class), which map-labels.css turns into the text's
//   offset, anchor and leader; class `is-off` hides a label in every class.
// - Placement of a state: `state.labels`, copied by scrolly.ts from the step's `data-labels`
//   (written by Step.astro). Format: three space-separated groups, one per frame class in the order
//   a b c; each group is a run of 4-character tokens, the label's index in base 36 (2 characters)
//   then its position code (direction letter, distance digit; an upper-case letter or a letter
//   for the distance marks a callout's shorter forms: label-positions.ts), or "-" when no label is shown.
// - Without `state.labels`, the story step whose data attributes match the state; failing that
//   (an embed's URL parameters), the SVG's `data-view-labels` gives, per
//   view, a placement that keeps clear of every marker the view can show.
// - Highlight rings and markers stay with map-element.ts; this only touches `.lbl` groups.
import type { MapState } from '../lib/map/state.ts';

const classes = ['a', 'b', 'c'] as const;

function decode(encoded: string): Map<number, string>[] {
  return encoded.split(' ').map((group) => {
    const codes = new Map<number, string>();
    for (let i = 0; i + 4 <= group.length; i += 4)
      codes.set(parseInt(group.slice(i, i + 2), 36), group.slice(i + 2, i + 4));
    return codes;
  });
}

/** The placement written on the story step that shows this state, when the caller did not pass it. */
function stepLabels(map: HTMLElement, state: MapState): string | undefined {
  const same = (s: HTMLElement) =>
    s.dataset.view === state.view &&
    s.dataset.from === state.from &&
    s.dataset.to === state.to &&
    s.dataset.highlight === state.highlight.join(' ') &&
    s.dataset.focus === state.focus.join(' ');
  return [...(map.closest('tb-scrolly')?.querySelectorAll<HTMLElement>('.step[data-labels]') ?? [])].find(same)?.dataset
    .labels;
}

/**
 * For `state`, a function that gives the i-th `.lbl` group its position codes and shows or hides
 * it, touching only attributes that change; undefined when no placement is known.
 */
export function labelPlacement(map: HTMLElement, state: MapState): ((el: SVGElement, i: number) => void) | undefined {
  const svg = map.querySelector<SVGSVGElement>('svg.map');
  if (!svg) return undefined;
  let encoded = state.labels ?? stepLabels(map, state);
  if (!encoded) {
    try {
      encoded = (JSON.parse(svg.dataset.viewLabels ?? '{}') as Record<string, string>)[state.view];
    } catch {
      encoded = undefined;
    }
  }
  if (!encoded) return undefined;
  const groups = decode(encoded);
  return (el, i) => {
    let shown = false;
    classes.forEach((fc, k) => {
      const code = groups[k]?.get(i) ?? '-';
      if (code !== '-') shown = true;
      if (el.getAttribute(`data-${fc}`) !== code) el.setAttribute(`data-${fc}`, code);
    });
    el.classList.toggle('is-off', !shown);
  };
}
