// Every chart that can be embedded: the same components render it in the story, on its embed
// page and as a static image. A data table, like the map views: each spec names its kind (what
// body draws it, src/lib/embed/chart-kinds.ts), the events it draws and, for a map, its state.
// A new map embed is one entry here.
import type { Locale, Localized } from '../../schema/localized.ts';
import type { NigerEvent } from '../../schema/event.ts';
import type { MapState } from '../map/state.ts';
import { eventsBetween } from '../events/select.ts';
import { formatDate } from '../format/dates.ts';
import { editionPaths } from '../i18n/routes.ts';
import { localize } from '../format/localize.ts';
import type { ChartKind } from './chart-kinds.ts';
import { timelineSpan } from '../timeline/layout.ts';

/** What a chart's functions are given: the dataset's events, the coup-to-withdrawal span, the newest event's date. */
export interface ChartContext {
  events: readonly NigerEvent[];
  span: { from: string; to: string };
  latest: string;
}

/** What every kind's body component (src/components/charts/) is given. */
export interface ChartBodyProps {
  chart: ChartSpec;
  locale: Locale;
  context: ChartContext;
  /** In a static image: the site's address, for marker links. */
  image?: { site: string };
}

export interface ChartSpec {
  id: string;
  kind: ChartKind;
  title: Localized;
  /** May name {start} and {end}: the dates of the coup and the last French departure, read from the data. */
  description: Localized;
  /** Height over width of the whole embed page at 640 px wide, for iframes without the loader. */
  aspect: number;
  /** A line under the chart explaining what needs explaining. */
  note?: Localized;
  /**
   * Height in CSS px of the iframe when nothing sizes it (no script, style stripped): the whole
   * embed page (title, chart, credit line) at 375 px wide, the widest common phone, measured by
   * tests/e2e/embed-hosts.spec.ts, which fails when a chart outgrows it from 320 to 375 px.
   */
  phoneHeight: number;
  /** Size of the static PNG and SVG, in pixels (the 2x PNG doubles it). */
  image: { width: number; height: number };
  /** False when no chart@2x.png is built (event locator maps: one per event and edition). */
  retina?: boolean;
  /** The events it draws, for its source line and its table; by default those from the coup to the withdrawal. */
  events?: (c: ChartContext) => NigerEvent[];
  /** A map's state on its embed page and in its image (view, dates, highlighted places). */
  mapState?: (c: ChartContext) => MapState;
}

const sinceCoup = ({ events, span, latest }: ChartContext) => eventsBetween(events, { from: span.from, to: latest });

export const charts = [
  {
    id: 'tri-border-map',
    kind: 'map',
    events: sinceCoup,
    mapState: ({ span, latest }) => ({ view: 'tri-border', from: span.from, to: latest, highlight: [], focus: [] }),
    phoneHeight: 672,
    title: {
      en: 'Attacks and key events in the tri-border area since the coup',
      fr: 'Attaques et faits marquants aux trois frontières depuis le coup d’État',
    },
    description: {
      en: 'Events in the Niger–Mali–Burkina Faso border area since the coup of {start}. Marker area shows reported deaths of soldiers and civilians.',
      fr: 'Les événements survenus dans la zone frontalière Niger–Mali–Burkina Faso depuis le coup d’État du {start}. La surface des symboles représente les morts recensés parmi les soldats et les civils.',
    },
    aspect: 1.05,
    image: { width: 960, height: 900 },
  },
  {
    id: 'coup-timeline',
    kind: 'timeline',
    phoneHeight: 436,
    title: { en: 'From the coup to the French withdrawal', fr: 'Du coup d’État au retrait français' },
    description: {
      en: 'Every event in the Three Borders dataset from the coup of {start} to the departure of the last French troops on {end}.',
      fr: 'Tous les événements de la base Three Borders, du coup d’État du {start} au départ des derniers soldats français, le {end}.',
    },
    aspect: 0.62,
    image: { width: 960, height: 460 },
  },
  {
    id: 'withdrawal-map',
    kind: 'map',
    mapState: ({ span }) => ({
      view: 'withdrawal-route',
      from: span.from,
      to: span.to,
      highlight: ['niamey-air-base-101', 'ouallam', 'ayorou', 'n-djamena'],
      focus: [],
    }),
    phoneHeight: 718,
    note: {
      en: "The roads the convoys took to N'Djamena were not published, so no route is drawn. France's second forward base, Tabarey-Barey, has no published coordinates; it lies near Ayorou.",
      fr: 'L’itinéraire des convois vers N’Djamena n’a pas été rendu public : aucun tracé n’est donc dessiné. La seconde base avancée française, Tabarey-Barey, n’a pas de coordonnées publiées ; elle se trouve près d’Ayorou.',
    },
    title: { en: "France's military withdrawal from Niger", fr: 'Le retrait militaire français du Niger' },
    description: {
      en: 'French bases in Niger, N’Djamena in Chad where the withdrawing convoys went, and the events from the coup to the last departure.',
      fr: 'Les bases françaises au Niger, N’Djamena, au Tchad, où se sont rendus les convois du retrait, et les événements du coup d’État au dernier départ.',
    },
    aspect: 1.05,
    image: { width: 960, height: 900 },
  },
  {
    id: 'deaths-by-month',
    kind: 'bars',
    events: ({ events }) => [...events],
    phoneHeight: 920,
    title: { en: 'Reported deaths by month', fr: 'Morts recensés par mois' },
    description: {
      en: 'Soldiers and civilians killed in the events of this dataset, not all the deaths of the war, by month: for each event the lowest toll given by an identified party, two reports of one attack counted once. The coup and the French withdrawal are marked.',
      fr: 'Soldats et civils tués lors des événements de cette base, pas tous les morts de la guerre, par mois : pour chaque événement, le bilan le plus bas donné par une partie identifiée, deux récits d’une même attaque comptés une fois. Le coup d’État et le retrait français sont signalés.',
    },
    aspect: 0.78,
    image: { width: 960, height: 680 },
  },
] as const satisfies readonly ChartSpec[];

export type ChartId = (typeof charts)[number]['id'];

export function chartById(id: string): ChartSpec {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart "${id}". Charts: ${charts.map((c) => c.id).join(', ')}`);
  return chart;
}

/** getStaticPaths entries for a chart route in every edition: /embed/<id>/… and /fr/embed/<id>/…. */
export function chartEditionPaths() {
  return charts.flatMap((chart) => editionPaths({ chart: chart as ChartSpec }, { chart: chart.id }));
}

/** What every chart's functions read, from the dataset's events. */
export function chartContext(events: readonly NigerEvent[]): ChartContext {
  return { events, span: timelineSpan(events), latest: events.at(-1)?.date ?? '' };
}

/** The events a chart draws. */
export function chartEvents(chart: Pick<ChartSpec, 'id' | 'events'>, c: ChartContext): NigerEvent[] {
  return chart.events ? chart.events(c) : eventsBetween(c.events, c.span);
}

/** The chart's map state, for charts of kind map. */
export function chartMapState(
  chart: Pick<ChartSpec, 'id' | 'kind' | 'mapState'>,
  c: ChartContext,
): MapState | undefined {
  if (chart.kind === 'map' && !chart.mapState)
    throw new Error(`Chart "${chart.id}" is a map without a mapState in src/lib/embed/charts.ts: give it one`);
  return chart.mapState?.(c);
}

/** The description with {start} and {end} filled in from the dataset's coup and withdrawal dates. */
export function chartDescription(
  chart: Pick<ChartSpec, 'description'>,
  span: { from: string; to: string },
  locale: Locale,
): string {
  return localize(chart.description, locale)
    .replace('{start}', formatDate(span.from, locale))
    .replace('{end}', formatDate(span.to, locale));
}
