// The names on an event's locator map: the event's place (always), the country names of its area
// and the nearby towns, placed by the map's own rules (placement.ts): each name tries its positions
// in order and takes the first clear of the frame's edge, the inset, the marker and every name
// already placed; a town or country with no free position is left out.
import type { Locale } from '../../schema/localized.ts';
import type { Place } from '../../schema/place.ts';
import { localize } from '../format/localize.ts';
import type { Box as GeoBox } from '../geo/box.ts';
import { areaLabels, areaLabelText } from './area-labels.ts';
import { locatorProjection } from './locator.ts';
import { fixedTextAttributes, type Position } from './label-positions.ts';
import { candidates, placeLabels, type LabelItem } from './placement.ts';
import { views } from './views.ts';
import { round } from '../format/round.ts';

export const locatorFonts = { event: 15, place: 12, country: 13 } as const;
/** The ring around the event's marker, and a town's dot. */
export const locatorRadius = { halo: 12, dot: 2.5 } as const;

export interface LocatorLabel {
  key: string;
  kind: 'event' | 'place' | 'country';
  text: string;
  /** The anchor (the place's point), and the text's offset from it. */
  x: number;
  y: number;
  dot: boolean;
  attrs: { x: number; y: number; 'text-anchor': 'start' | 'middle' | 'end' };
  fontSize: number;
  bold: boolean;
  letterSpacing: number;
}

interface Input {
  box: GeoBox;
  size: { width: number; height: number };
  /** The inset's rectangle on the main map, which no name may cover. */
  inset: { x: number; y: number; width: number; height: number };
  event: { place: Pick<Place, 'id' | 'name' | 'lon' | 'lat'> };
  places: readonly Pick<Place, 'id' | 'name' | 'lon' | 'lat' | 'rank'>[];
  locale: Locale;
}

const triBorder = views['tri-border'].bbox;

export function locatorLabels({ box, size, inset, event, places, locale }: Input): LocatorLabel[] {
  const projection = locatorProjection(box, size, 0);
  const at = (lon: number, lat: number) => {
    const [x, y] = projection([lon, lat]) ?? [NaN, NaN];
    return { x: round(x, 1), y: round(y, 1) };
  };
  const within = (p: { x: number; y: number }) => p.x >= 0 && p.y >= 0 && p.x <= size.width && p.y <= size.height;
  const items: (LabelItem & { kind: LocatorLabel['kind'] })[] = [];
  const here = at(event.place.lon, event.place.lat);
  items.push({
    key: `e:${event.place.id}`,
    kind: 'event',
    ...here,
    rank: 0,
    lines: [{ text: event.place.name, bold: true }],
    fontSize: locatorFonts.event,
    dot: 0,
    candidates: candidates(['r', 'l', 'p', 'q', 'x', 'y', 'u', 'd'], 1, 4),
    required: true,
  });
  // The tri-border box names its three countries; a box elsewhere the countries of the wide map.
  const countryView = box === triBorder ? 'tri-border' : 'west-africa';
  areaLabels
    .filter((a) => a.kind === 'country' && a.views.includes(countryView))
    .forEach((a, i) => {
      const p = at(a.lon, a.lat);
      if (within(p))
        items.push({
          key: `a${i}`,
          kind: 'country',
          ...p,
          rank: 20,
          lines: [{ text: localize(areaLabelText(a.names), locale), bold: true }],
          fontSize: locatorFonts.country,
          letterSpacing: 0.12,
          dot: 0,
          candidates: [{ dir: 'c', level: 0 }, ...candidates(['u', 'd', 'r', 'l'], 1, 1)],
        });
    });
  for (const place of places) {
    if (
      place.id === event.place.id ||
      place.rank > 2 ||
      (place.lon === event.place.lon && place.lat === event.place.lat)
    )
      continue;
    const p = at(place.lon, place.lat);
    if (within(p))
      items.push({
        key: `p:${place.id}`,
        kind: 'place',
        ...p,
        rank: 30 + place.rank,
        lines: [{ text: place.name }],
        fontSize: locatorFonts.place,
        dot: locatorRadius.dot,
        candidates: candidates(['r', 'l', 'p', 'q', 'x', 'y', 'u', 'd'], 0, 1),
      });
  }
  // The marker's ring is an obstacle rather than the event's dot: a place on the frame's edge keeps its name.
  const r = locatorRadius.halo;
  const obstacles = [
    { x0: inset.x - 2, y0: inset.y - 2, x1: inset.x + inset.width + 2, y1: inset.y + inset.height + 2 },
    { x0: here.x - r, y0: here.y - r, x1: here.x + r, y1: here.y + r },
  ];
  const placed = placeLabels({ frame: size, scale: 1, items, obstacles, margin: 3 });
  return items.flatMap((item): LocatorLabel[] => {
    const pos: Position | undefined = placed.get(item.key);
    if (!pos) return [];
    return [
      {
        key: item.key,
        kind: item.kind,
        text: item.lines[0]!.text,
        x: item.x,
        y: item.y,
        dot: item.kind === 'place',
        attrs: fixedTextAttributes(pos, item.fontSize, 1, 1),
        fontSize: item.fontSize,
        bold: item.lines[0]!.bold === true,
        letterSpacing: item.letterSpacing ?? 0,
      },
    ];
  });
}
