// A focused event's callout on the map: where, what and who says so, in a few short lines:
// "Inatès" / "71 soldiers killed" / "(Niger's defence ministry)". Built from the dataset with the
// same phrases as the rest of the site, so a figure on the map reads as it does in the text.
// Where that does not fit, a short form keeps the figure with its claimant, narrower:
// "Inatès" / "71 killed" / "(defence ministry)"; failing that, the place name alone.
import type { Claim, NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import type { Locale } from '../../schema/localized.ts';
import { headlineClaim, victimGroups } from '../events/claims.ts';
import { isAttack } from '../events/select.ts';
import { andList } from '../format/grammar.ts';
import { casualtyPhrase, claimsPhrase, killedShortPhrase } from '../format/claims.ts';
import { placePhrase } from '../format/event-label.ts';
import { localize } from '../format/localize.ts';
import { wrapText } from '../format/wrap.ts';
import { strings } from '../i18n/strings.ts';
import type { LabelLine } from './placement.ts';

/** Characters per line: a callout stays under half the map's width on a phone. */
export const calloutWidth = 26;
/** Characters of the short form's one line, figure and claimant together ("71 killed (HRW)"). */
export const calloutShortWidth = 18;

/** Whose losses an attack's marker shows: a figure of that group may leave the group unsaid. */
const kindGroup: Partial<Record<NigerEvent['kind'], Claim['group']>> = {
  'attack-on-soldiers': 'soldiers',
  'attack-on-civilians': 'civilians',
};

interface Parts {
  where: string;
  /** The full callout's sentences after the place: figure and claimant, or a title. */
  rest: string[];
  /** Figure and claimant of the short form, when the callout quotes one claimant's figure. */
  short?: { figures: string[]; claimant: string };
}

function parts(event: NigerEvent, place: Pick<Place, 'name'>, locale: Locale): Parts {
  const where = placePhrase(event, place, locale);
  const capitalised = where.charAt(0).toUpperCase() + where.slice(1);
  if (!isAttack(event.kind)) return { where: capitalised, rest: [event.text[locale]?.title ?? ''] };
  const claims = victimGroups.map((g) => headlineClaim(event, g)).filter((c) => c !== undefined);
  if (claims.length === 0) return { where: capitalised, rest: [strings[locale].noToll] };
  const claimants = new Set(claims.map((c) => localize(c.claimed_by, locale)));
  if (claimants.size > 1) return { where: capitalised, rest: [claimsPhrase(claims, locale)] };
  // The killed figure alone when there is one: the callout is a pointer, the text has the rest.
  const killedOnly = claims.map((c) => (c.killed === undefined ? c : { ...c, wounded: undefined }));
  const figure = andList(
    killedOnly.map((c) => casualtyPhrase(c, locale)),
    locale,
  );
  // The short form: "71 killed" where the marker's kind already says whose losses, each group's
  // figure on a line of its own otherwise, and the claimant's short name where the data gives one.
  // Never the figure without its claimant.
  const [only] = claims;
  const figures =
    claims.length === 1 && only?.killed !== undefined && kindGroup[event.kind] === only.group
      ? [killedShortPhrase({ ...only, killed: only.killed }, locale)]
      : killedOnly.map((c) => casualtyPhrase(c, locale));
  const withShort = claims.find((c) => c.claimed_by_short);
  const claimant = withShort?.claimed_by_short ? localize(withShort.claimed_by_short, locale) : [...claimants][0]!;
  return {
    where: capitalised,
    rest: [figure, `(${[...claimants][0]})`],
    short: { figures, claimant: `(${claimant})` },
  };
}

/** The callout's sentences before wrapping: place, figure, claimant. */
export function calloutParts(event: NigerEvent, place: Pick<Place, 'name'>, locale: Locale): string[] {
  const { where, rest } = parts(event, place, locale);
  return [where, ...rest];
}

export function calloutLines(event: NigerEvent, place: Pick<Place, 'name'>, locale: Locale): LabelLine[] {
  const [where = '', ...rest] = calloutParts(event, place, locale);
  // The place stays on one line: alone, it is the callout's compact form.
  return [
    { text: where, bold: true },
    ...rest.flatMap((part) => wrapText(part, calloutWidth).map((text) => ({ text }))),
  ];
}

/**
 * The short form: the place, then "figure (short claimant)" on one line where it fits
 * calloutShortWidth; undefined when the callout quotes no single claimant's figure (a title, no
 * toll, several claimants).
 */
export function calloutShortLines(
  event: NigerEvent,
  place: Pick<Place, 'name'>,
  locale: Locale,
): LabelLine[] | undefined {
  const { where, short } = parts(event, place, locale);
  if (short === undefined) return undefined;
  // One line when figure and claimant fit together in the short width; otherwise each figure on a
  // line of its own (never split from its number: "more than 70" / "killed"), then the claimant.
  const { figures, claimant } = short;
  const joined = `${figures.join(' ')} ${claimant}`;
  const text =
    figures.length === 1 && joined.length <= calloutShortWidth
      ? [joined]
      : [...figures, ...wrapText(claimant, calloutWidth)];
  return [{ text: where, bold: true }, ...text.map((t) => ({ text: t }))];
}

/** The callout as one sentence, for the step's text alternative. */
export function calloutSentence(event: NigerEvent, place: Pick<Place, 'name'>, locale: Locale): string {
  const [where, ...rest] = calloutParts(event, place, locale);
  return `${where}, ${rest.join(' ')}`;
}
