// A focused event's callout on the map: where, what and who says so, in a few short lines:
// "Inatès" / "71 soldiers killed" / "(Niger's defence ministry)". Built from the dataset with the
// same phrases as the rest of the site, so a figure on the map reads as it does in the text.
import type { NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import type { Locale } from '../../schema/localized.ts';
import { headlineClaim, victimGroups } from '../events/claims.ts';
import { isAttack } from '../events/select.ts';
import { andList } from '../format/grammar.ts';
import { casualtyPhrase, claimsPhrase } from '../format/claims.ts';
import { placePhrase } from '../format/event-label.ts';
import { localize } from '../format/localize.ts';
import { wrapText } from '../format/wrap.ts';
import { strings } from '../i18n/strings.ts';
import type { LabelLine } from './placement.ts';

/** Characters per line: a callout stays under half the map's width on a phone. */
export const calloutWidth = 26;

/** The callout's sentences before wrapping: place, figure, claimant. */
export function calloutParts(event: NigerEvent, place: Pick<Place, 'name'>, locale: Locale): string[] {
  const where = placePhrase(event, place, locale);
  const capitalised = where.charAt(0).toUpperCase() + where.slice(1);
  if (!isAttack(event.kind)) return [capitalised, event.text[locale]?.title ?? ''];
  const claims = victimGroups.map((g) => headlineClaim(event, g)).filter((c) => c !== undefined);
  if (claims.length === 0) return [capitalised, strings[locale].noToll];
  const claimants = new Set(claims.map((c) => localize(c.claimed_by, locale)));
  if (claimants.size > 1) return [capitalised, claimsPhrase(claims, locale)];
  // The killed figure alone when there is one: the callout is a pointer, the text has the rest.
  const figure = andList(
    claims.map((c) => casualtyPhrase(c.killed === undefined ? c : { ...c, wounded: undefined }, locale)),
    locale,
  );
  return [capitalised, figure, `(${[...claimants][0]})`];
}

export function calloutLines(event: NigerEvent, place: Pick<Place, 'name'>, locale: Locale): LabelLine[] {
  const [where = '', ...rest] = calloutParts(event, place, locale);
  // The place stays on one line: alone, it is the callout's compact form.
  return [
    { text: where, bold: true },
    ...rest.flatMap((part) => wrapText(part, calloutWidth).map((text) => ({ text }))),
  ];
}

/** The callout as one sentence, for the step's text alternative. */
export function calloutSentence(event: NigerEvent, place: Pick<Place, 'name'>, locale: Locale): string {
  const [where, ...rest] = calloutParts(event, place, locale);
  return `${where}, ${rest.join(' ')}`;
}
