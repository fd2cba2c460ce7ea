// Words of the per-event pages (/events/<id>/) and their locator-map embeds, in every edition.
import { byEdition } from '../i18n/editions.ts';
import { strings } from '../i18n/strings.ts';

export interface EventWords {
  eventOf: string;
  when: string;
  where: string;
  tolls: string;
  claimsAndSources: string;
  sources: string;
  nearTime: string;
  nearPlace: string;
  kmAway: (km: number) => string;
  samePlace: string;
  datePrecision: Record<'day' | 'month' | 'reported', string>;
  placePrecision: Record<'exact' | 'town' | 'approx' | 'country', string>;
  /** The locator map's text alternative. */
  mapLabel: (place: string) => string;
  inset: string;
  embedTitle: string;
  embedIntro: string;
  allEvents: string;
  openEvent: string;
}

/** Each edition's words are in its strings file (src/lib/i18n/strings-<code>.ts), under `eventPage`. */
export const eventWords = byEdition((e) => strings[e.code].eventPage);
