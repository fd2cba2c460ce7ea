// The labels of one map state, placed for every frame class: the model's area names, place names
// and callouts become placement items (ranked, with candidates), the shown markers and the scale
// bar become obstacles, and the result is written as a compact string for the browser
// (src/scripts/map-labels.ts reads it; the format is documented there).
import type { MapModel } from './model.ts';
import type { MapState } from './state.ts';
import { markerShown, placeLabelShown, shownInView } from './state.ts';
import { frame } from './frame-size.ts';
import { frameClasses, type FrameClass } from './frame-classes.ts';
import { toScreen, zoomTransform } from './transform.ts';
import { symbolReach } from './symbol-bounds.ts';
import { candidates, placeLabels, type Box, type LabelItem, type Placement } from './placement.ts';
import { gap, positionCode, type Position } from './label-positions.ts';
import type { Locale } from '../../schema/localized.ts';
import { localize } from '../format/localize.ts';

/** Font sizes before the frame class's scale; map-labels.css uses the same. */
export const fontSizes = { place: 12, area: 13, callout: 11 } as const;
export const dotRadius = { plain: 2.5, highlighted: 9 } as const;

const placeDirections = ['r', 'l', 'p', 'q', 'x', 'y', 'u', 'd'] as const;
// A country or region name pushed far from its point lands on a neighbour (BÉNIN over Burkina Faso at
// phone scale): it may move one step at most, or it is left out.
const areaCandidates: Position[] = [{ dir: 'c', level: 0 }, ...candidates(['u', 'd', 'r', 'l'], 1, 1)];
const calloutCandidates = candidates(['r', 'l', 'p', 'q', 'x', 'y', 'u', 'd'], 0, 9);

/** Every label element of the map, in the order MapSvg draws them: the index is its id. */
export function labelKeys(model: MapModel): string[] {
  return [
    ...model.areaLabels.map((_, i) => `a${i}`),
    ...model.labels.map((p) => `p:${p.id}`),
    ...model.callouts.map((c) => `c:${c.id}`),
  ];
}

export function labelItems(model: MapModel, state: MapState, locale: Locale, fc: FrameClass): LabelItem[] {
  const t = zoomTransform(model.zoomViews[state.view]);
  const at = (x: number, y: number) => {
    const [sx, sy] = toScreen(x, y, t);
    return { x: sx, y: sy };
  };
  const out: LabelItem[] = [];
  model.areaLabels.forEach((a, i) => {
    if (!shownInView(a.views, state)) return;
    const country = a.kind === 'country';
    out.push({
      key: `a${i}`,
      ...at(a.x, a.y),
      rank: country ? 20 : 45,
      lines: [{ text: localize(a.text, locale), bold: country }],
      fontSize: fontSizes.area,
      letterSpacing: country ? 0.12 : 0.02,
      dot: 0,
      candidates: areaCandidates,
    });
  });
  const called = new Set(model.callouts.filter((c) => state.focus.includes(c.id)).map((c) => c.place));
  for (const p of model.labels) {
    if (!placeLabelShown(p, state) || called.has(p.id)) continue;
    const highlighted = state.highlight.indexOf(p.id);
    const rank = highlighted >= 0 ? 10 + highlighted / 100 : p.rank === 1 ? 30 : p.rank === 2 ? 40 : 50;
    out.push({
      key: `p:${p.id}`,
      ...at(p.x, p.y),
      rank,
      lines: [{ text: p.name, bold: highlighted >= 0 }],
      fontSize: fontSizes.place,
      dot: highlighted >= 0 ? dotRadius.highlighted : dotRadius.plain,
      candidates: placeCandidates(model, state, p, fc),
    });
  }
  state.focus.forEach((id, i) => {
    const c = model.callouts.find((k) => k.id === id);
    if (c)
      out.push({
        key: `c:${id}`,
        ...at(c.x, c.y),
        rank: i / 100,
        lines: c.lines,
        ...(c.shortLines ? { shortLines: c.shortLines } : {}),
        compactLines: c.lines.slice(0, 1),
        fontSize: fontSizes.callout,
        dot: 0,
        candidates: calloutCandidates,
        required: true,
      });
  });
  return out;
}

/**
 * A place name sits just clear of the largest marker on its point, never further: a name far from
 * its dot, without a leader, would seem to name something else.
 */
function placeCandidates(
  model: MapModel,
  state: MapState,
  place: { x: number; y: number },
  fc: FrameClass,
): Position[] {
  let reach = 0;
  for (const m of model.markers) {
    if (Math.abs(m.x - place.x) > 0.5 || Math.abs(m.y - place.y) > 0.5 || !markerShown(m.date, state)) continue;
    const r = symbolReach(m.kind);
    reach = Math.max(reach, Math.max(r.x, r.y) * m.r * fc.marker);
  }
  let level = 0;
  while (level < 3 && gap(level) * fc.label * 0.71 < reach) level++;
  return candidates(placeDirections, level, level + 1);
}

export function labelObstacles(model: MapModel, state: MapState, fc: FrameClass): Box[] {
  const t = zoomTransform(model.zoomViews[state.view]);
  const boxes: Box[] = [];
  for (const m of model.markers) {
    if (!markerShown(m.date, state)) continue;
    const [x, y] = toScreen(m.x, m.y, t);
    const reach = symbolReach(m.kind);
    // The stroke (2 px when focused) around the symbol's own box.
    const rx = reach.x * m.r * fc.marker + 1.5,
      ry = reach.y * m.r * fc.marker + 1.5;
    if (x + rx < 0 || y + ry < 0 || x - rx > frame.width || y - ry > frame.height) continue;
    boxes.push({ x0: x - rx, y0: y - ry, x1: x + rx, y1: y + ry });
  }
  const bar = model.scaleBars[state.view];
  const left = frame.width - 24 - bar.length,
    top = frame.height - 28;
  const text = 11 * fc.bar;
  // The bar keeps its length (its km figure); its text, centred above it, grows with the frame class.
  boxes.push({
    x0: left + Math.min(0, bar.length / 2 - 3 * text),
    y0: top - 6 - 1.1 * text,
    x1: frame.width - 22,
    y1: top + 8,
  });
  return boxes;
}

export function placeState(model: MapModel, state: MapState, locale: Locale, fc: FrameClass): Placement {
  return placeLabels({
    frame,
    scale: fc.label,
    items: labelItems(model, state, locale, fc),
    obstacles: labelObstacles(model, state, fc),
  });
}

/** One placement per frame class, keyed by the class id. */
export function placeStateForAll(
  model: MapModel,
  state: MapState,
  locale: Locale,
): Record<FrameClass['id'], Placement> {
  return Object.fromEntries(frameClasses.map((fc) => [fc.id, placeState(model, state, locale, fc)])) as Record<
    FrameClass['id'],
    Placement
  >;
}

/**
 * "<class a> <class b> <class c>": per class, the shown labels as 4-character tokens, the label's
 * index in base 36 (2 characters) and its position code, e.g. "0ar1" is label 10, to the right.
 */
export function encodePlacements(keys: readonly string[], placements: Record<FrameClass['id'], Placement>): string {
  return frameClasses
    .map((fc) => {
      const p = placements[fc.id];
      return (
        keys
          .map((k, i) => {
            const pos = p.get(k);
            return pos ? i.toString(36).padStart(2, '0') + positionCode(pos) : '';
          })
          .join('') || '-'
      );
    })
    .join(' ');
}

export function stateLabels(model: MapModel, state: MapState, locale: Locale): string {
  return encodePlacements(labelKeys(model), placeStateForAll(model, state, locale));
}
