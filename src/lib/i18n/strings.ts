// Interface words per locale. Story prose lives in content/<lang>/; these are the words that
// components put around data (units, attributions, legend entries). Each edition's words are in
// its own file; TypeScript refuses one that lacks an entry.
import type { Locale } from '../../schema/localized.ts';
import type { CasualtyGroup, EventKind } from '../../schema/event.ts';
import type { Plural } from '../format/grammar.ts';
import type { EmbedWords } from '../embed/strings.ts';
import type { EventWords } from '../embed/event-words.ts';
import { byEdition } from './editions.ts';

export interface Strings {
  /** A colon as the language writes it, plain spaces only (French " :"; typography.ts makes the space no-break). */
  colon: string;
  /** A semicolon, likewise (French " ;"). */
  semicolon: string;
  site: {
    skipLink: string;
    navLabel: string;
    story: string;
    timeline: string;
    data: string;
    /** The language switcher's label for a link to this edition, in this edition's language (its name is in editions.ts). */
    readHere: string;
    footerAbout: string;
    footerCredits: string;
    methodology: string;
    corrections: string;
    downloads: string;
    embed: string;
  };
  corrections: { title: string; description: string; intro: string; seeAlso: string; none: string };
  embed: {
    eventsWithSources: string;
    mapEventsWithSources: string;
    readStory: string;
    download: string;
    or: string;
    options: string;
    optionsIntro: string;
    optionsLink: string;
    theme: string;
    view: string;
    dates: string;
    credit: { sources: string; others: string; boundaries: string };
  };
  embedList: {
    title: string;
    description: string;
    intro: string;
    formats: string;
    devSummary: string;
    devParams: string;
    devMessage: string;
    open: string;
    preview: string;
    code: string;
    copy: string;
    copied: string;
    copyByHand: string;
  };
  licenceNote: string;
  stepTable: string;
  stepTableCaption: string;
  /** Each group as a chart legend names it: "soldiers". */
  groups: Record<CasualtyGroup, string>;
  /** "{n} soldiers killed", per plural category (src/lib/format/grammar.ts); {n} includes any qualifier. */
  killed: Record<CasualtyGroup, Plural>;
  /** "{n} killed", without the group: a map callout's short figure, where the marker shows whose losses. */
  killedShort: Plural;
  /** After a death toll: "and {n} wounded". */
  wounded: Plural;
  /** When no death toll is given: "{n} soldiers wounded". */
  woundedOf: Record<CasualtyGroup, Plural>;
  accordingTo: string;
  near: string;
  noToll: string;
  qualifier: { 'at-least': string; about: string; 'more-than': string; nearly: string };
  kinds: Record<EventKind, string>;
  /** One or two words per kind, for the legend beside the sticky map. */
  kindsShort: Record<EventKind, string>;
  contested: string;
  columns: { date: string; place: string; event: string; casualties: string; sources: string };
  legend: { kinds: string; size: string; sizeNote: string; deaths: string };
  mapCredit: string;
  /** Map labels of areas that are not countries (country labels come from Intl: src/lib/map/area-labels.ts). */
  mapAreas: { tillaberi: string; nigerRiver: string };
  mapCreditShort: string;
  ui: {
    mapLabel: string;
    /** Before the callouts in a story step's text alternative: "On the map:". */
    onTheMap: string;
    timelineStart: string;
    timelineEnd: string;
    /** The end label where space is short. */
    timelineEndShort: string;
    before: string;
    after: string;
    timelineHeading: string;
    timelineIntro: string;
    aboutMapHeading: string;
    allEvents: string;
    dataPageNote: string;
    updated: string;
    inDataset: string;
  };
  charts: { monthsInFigures: string; deathsByMonth: string; month: string; deathsHeading: string; deathsIntro: string };
  /** Words around the counting rule, incidents, feeds and source records (issue 13). */
  provenance: {
    /** After the claim that sums, markers and charts count. */
    counted: string;
    /** Why a claim is shown but never counted. */
    notCounted: { superseded: string; partial: string; 'armed-group': string; unattributed: string };
    /** {km}: the distance from an approximate marker to the site, when over 30 km. */
    markerOffset: string;
    /** {events}: the titles of the other events of the same possible incident. */
    incident: string;
    /** Before the date the dataset was last checked against its sources, in the story's byline. */
    checked: string;
    /** A date known to a third of its month ({month}: month and year), for data/meta.json's reporting_until. */
    monthPart: { early: string; mid: string; late: string };
    /** Before that date in the byline: the reporting searched for events runs to it. */
    reportingUntil: string;
    feeds: {
      corrections: string;
      correctionsSubtitle: string;
      updates: string;
      updatesSubtitle: string;
      correction: string;
      follow: string;
      followUpdates: string;
    };
    sourceTable: {
      caption: string;
      type: string;
      count: string;
      share: string;
      dated: string;
      total: string;
      types: { own: string; 'agency-copy': string; 'other-outlet': string; aggregator: string };
    };
    acled: { caption: string; source: string; year: string; dataset: string; acled: string; note: string };
    /** After a source whose stored page shows no headline: its title is our description of the article. */
    headlineMissing: string;
    /** After a source whose headline was rebuilt from its page address, the stored page showing none. */
    headlineFromUrl: string;
  };
  data: {
    title: string;
    description: string;
    intro: string;
    downloads: string;
    filters: string;
    kind: string;
    country: string;
    from: string;
    to: string;
    search: string;
    any: string;
    shown: string;
    sortBy: string;
    /** The filter form's button: the table also updates as you type. */
    apply: string;
    caption: string;
  };
  /** The embed pages' own words (src/lib/embed/strings.ts). */
  embedPage: EmbedWords;
  /** The event pages' words (src/lib/embed/event-words.ts). */
  eventPage: EventWords;
}

/** Each edition's words, from its row of src/lib/i18n/editions.ts. */
export const strings: Record<Locale, Strings> = byEdition((e) => e.strings);
