// The one-line accessible name of an event, used by map markers and timeline items:
// "23 soldiers killed and 17 wounded, 20 March 2024, near Téguey, according to Niger's defence ministry".
import type { NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import type { Locale } from '../../schema/localized.ts';
import { headlineClaim, victimGroups } from '../events/claims.ts';
import { isAttack } from '../events/select.ts';
import { strings } from '../i18n/strings.ts';
import { casualtyPhrase, claimsPhrase } from './claims.ts';
import { formatDate } from './dates.ts';
import { andList } from './grammar.ts';
import { localize } from './localize.ts';

export function placePhrase(
  event: Pick<NigerEvent, 'place_precision'>,
  place: Pick<Place, 'name'>,
  locale: Locale,
): string {
  return event.place_precision === 'approx' ? `${strings[locale].near} ${place.name}` : place.name;
}

export function eventLabel(event: NigerEvent, place: Pick<Place, 'name'>, locale: Locale): string {
  const date = formatDate(event.date, locale, event.date_precision);
  const where = placePhrase(event, place, locale);
  const text = event.text[locale];
  if (!text) throw new Error(`Event "${event.id}" has no ${locale} text`);
  const title = text.title;
  if (!isAttack(event.kind)) return `${title}, ${date}, ${where}`;
  const claims = victimGroups.map((g) => headlineClaim(event, g)).filter((c) => c !== undefined);
  if (claims.length === 0) return `${title}, ${date}, ${where}, ${strings[locale].noToll}`;
  const claimants = new Set(claims.map((c) => localize(c.claimed_by, locale)));
  // One claimant reads best after the date and place; several stay attached to their figures.
  if (claimants.size === 1) {
    const phrase = andList(
      claims.map((c) => casualtyPhrase(c, locale)),
      locale,
    );
    return `${phrase}, ${date}, ${where}, ${strings[locale].accordingTo} ${[...claimants][0]}`;
  }
  return `${claimsPhrase(claims, locale)}, ${date}, ${where}`;
}

/** The headline toll with its claimants, for the map's text alternative; empty for non-attacks. */
export function tollPhrase(event: NigerEvent, locale: Locale): string {
  const claims = victimGroups.map((g) => headlineClaim(event, g)).filter((c) => c !== undefined);
  if (claims.length > 0) return claimsPhrase(claims, locale);
  return isAttack(event.kind) ? strings[locale].noToll : '';
}
