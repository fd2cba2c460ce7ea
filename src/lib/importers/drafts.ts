// What both importers share: turning a mapped row into a draft event, finding the place or
// proposing one, and flagging possible duplicates of events already in the dataset.
import type { EventInput, NigerEvent } from '../../schema/event.ts';
import { eventSchema } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import { distanceKm, PlaceIndex, proposePlace, uniquePlaceId, type RowLocation } from './places.ts';
import { problemsFromZod } from '../dataset/problems.ts';
import type { Rejected } from './rows.ts';
import { locales, type Locale } from '../i18n/locales.ts';

/** A draft's text fields hold English only; French is written by the reviewer. */
type EnglishOnly<T> =
  T extends Record<Locale, infer E>
    ? { en: E } & Partial<Record<Exclude<Locale, 'en'>, never>>
    : T extends readonly (infer U)[]
      ? EnglishOnly<U>[]
      : T extends object
        ? { [K in keyof T]: EnglishOnly<T[K]> }
        : T;
export type DraftEvent = EnglishOnly<EventInput>;

/** Marks a draft so that it can never be mistaken for reviewed copy. */
export const draftPrefix = 'DRAFT, review before publishing: ';

/** Deaths in one row from which a figure is flagged for review: larger than any event in the dataset. */
export const implausibleDeaths = 1000;

/** Text cut to `max` characters, so a long export cell still makes a valid draft. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export interface Mapped {
  sourceId: string;
  event: Omit<DraftEvent, 'id' | 'place'>;
  location: RowLocation;
}

export interface Review {
  file: string;
  row: number;
  draft: string;
  column: string;
  message: string;
}

export interface ImportResult {
  drafts: DraftEvent[];
  new_places: Place[];
  duplicates: { draft: string; of: string; days: number; km: number }[];
  rejected: Rejected[];
  /** Drafts kept but flagged: figures too large to be plausible without checking. */
  review: Review[];
}

/**
 * Drafts carry English only: the French is written by a person during review, and the build fails
 * until it is. To check everything else in a draft, validate a copy whose missing French values
 * repeat the English.
 */
function withFrenchPlaceholders<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withFrenchPlaceholders) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, withFrenchPlaceholders(v)]);
  const copy = Object.fromEntries(entries) as Record<string, unknown>;
  if ('en' in copy) for (const locale of locales) if (!(locale in copy)) copy[locale] = copy.en;
  return copy as T;
}

/** A field path ending in, or passing through, an edition other than English: "text.fr.title". */
const translated = new RegExp(`(^|\\.)(${locales.filter((l) => l !== 'en').join('|')})($|\\.)`);

const DAY = 86_400_000;

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice of a
 * string as a pointer into its parent, so keeping one short id from each chunk of a streamed file
 * would keep every 1 MB chunk alive; only what outlives a row is detached.
 */
function detach(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function detachPlace(place: Place): Place {
  return Object.fromEntries(Object.entries(place).map(([k, v]) => [k, typeof v === 'string' ? detach(v) : v])) as Place;
}

function shiftDate(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10);
}

/**
 * Turns mapped rows into drafts one at a time, so an export of any size is streamed: places are
 * matched through a grid index, existing events are looked up by date, and only the (small) lists
 * of places, duplicates, rejections and flags are kept.
 */
export class DraftCollector {
  readonly result: Omit<ImportResult, 'drafts'> = { new_places: [], duplicates: [], rejected: [], review: [] };
  private readonly index: PlaceIndex;
  private readonly placeOf: Map<string, Place>;
  private readonly eventsByDate = new Map<string, NigerEvent[]>();
  private readonly draftIds = new Set<string>();
  private readonly includeDuplicates: boolean;
  private readonly file: string;

  constructor(
    existing: { events: readonly NigerEvent[]; places: readonly Place[] },
    { includeDuplicates = false, file = 'export' } = {},
  ) {
    this.includeDuplicates = includeDuplicates;
    this.file = file;
    this.index = new PlaceIndex(existing.places);
    this.placeOf = new Map(existing.places.map((p) => [p.id, p]));
    for (const e of existing.events) this.eventsByDate.set(e.date, [...(this.eventsByDate.get(e.date) ?? []), e]);
  }

  reject(rows: Rejected[]): void {
    for (const r of rows) this.result.rejected.push({ ...r, message: detach(r.message) });
  }

  private place(m: Mapped): Place {
    const found = this.index.nearest(m.location);
    if (found) return found;
    const id = uniquePlaceId(m.location.name, m.location.lat, m.location.lon, (x) => this.placeOf.has(x));
    const place = detachPlace(
      proposePlace({
        ...m.location,
        id,
        note: `Proposed by the importer from ${this.file}; check the name, coordinates and precision.`,
      }),
    );
    this.result.new_places.push(place);
    this.index.add(place);
    this.placeOf.set(place.id, place);
    return place;
  }

  private duplicateOf(draft: DraftEvent, m: Mapped): { event: NigerEvent; days: number; km: number } | undefined {
    for (const days of [0, -1, 1]) {
      for (const e of this.eventsByDate.get(shiftDate(draft.date, days)) ?? []) {
        const p = this.placeOf.get(e.place);
        const km = p ? distanceKm(p, m.location) : Infinity;
        if (km <= 25) return { event: e, days: Math.abs(days), km: Math.round(km) };
      }
    }
    return undefined;
  }

  /** The draft of one mapped row, or undefined when it is left out (a duplicate) or invalid. */
  add(m: Mapped, row: number): DraftEvent | undefined {
    const place = this.place(m);
    let id = `${m.event.date}-${place.id}-${m.sourceId
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`;
    // The same source id twice in one export (a re-export pasted twice): keep both, ids stay unique.
    for (let n = 2; this.draftIds.has(id); n++) id = `${id.replace(/-dup\d+$/, '')}-dup${n}`;
    const draft: DraftEvent = { id, place: place.id, ...m.event };
    const duplicate = this.duplicateOf(draft, m);
    if (duplicate) {
      this.result.duplicates.push({
        draft: detach(draft.id),
        of: duplicate.event.id,
        days: duplicate.days,
        km: duplicate.km,
      });
      if (!this.includeDuplicates) return undefined;
    }
    const check = eventSchema.safeParse(withFrenchPlaceholders(draft));
    if (!check.success) {
      // A row the mappers accepted but whose draft breaks a schema rule (a name with an invisible
      // character, say): reported like any bad row, and the import goes on.
      // Other editions' values are copies of the English here: report each problem once, on the English.
      for (const p of problemsFromZod(check.error, this.file, draft.id).filter(
        (x) => !translated.test(x.field ?? ''),
      )) {
        this.result.rejected.push({
          file: this.file,
          row,
          column: p.field ?? '(row)',
          message: detach(`draft ${draft.id}: ${p.message}`),
          hint: 'correct the cell in the export, or write this event by hand',
        });
      }
      return undefined;
    }
    const deaths = (draft.casualties ?? []).reduce((sum, c) => sum + (c.killed ?? 0), 0);
    if (deaths >= implausibleDeaths) {
      this.result.review.push({
        file: this.file,
        row,
        draft: detach(draft.id),
        column: 'casualties',
        message: `${deaths} deaths in one row: more than any single event in this conflict's record; check the figure against the export's sources before publishing`,
      });
      draft.note = {
        en: `REVIEW: ${deaths} deaths in one row of the export; check the figure. ${draft.note?.en ?? ''}`.trim(),
      };
    }
    this.draftIds.add(detach(draft.id));
    return draft;
  }
}
