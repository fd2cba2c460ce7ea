// Casualty claims as reader-facing phrases, always with who made the claim:
// "23 soldiers killed and 17 wounded, according to Niger's defence ministry". Plurals and the
// "and" come from Intl with the strings file's words (src/lib/format/grammar.ts).
import type { Claim } from '../../schema/event.ts';
import type { Locale } from '../../schema/localized.ts';
import { strings } from '../i18n/strings.ts';
import { andList, plural } from './grammar.ts';
import { formatNumber } from './numbers.ts';
import { localize } from './localize.ts';

function quantity(claim: Claim, value: number, locale: Locale): string {
  const q = claim.qualifier === 'exact' ? '' : `${strings[locale].qualifier[claim.qualifier]} `;
  return `${q}${formatNumber(value, locale)}`;
}

/** "23 soldiers killed and 17 wounded" without attribution. */
export function casualtyPhrase(claim: Claim, locale: Locale): string {
  const s = strings[locale];
  const parts: string[] = [];
  if (claim.killed !== undefined)
    parts.push(plural(s.killed[claim.group], claim.killed, locale, quantity(claim, claim.killed, locale)));
  if (claim.wounded !== undefined) {
    // "and 17 wounded" after the dead; "17 soldiers wounded" when no death toll is given.
    const words = claim.killed === undefined ? s.woundedOf[claim.group] : s.wounded;
    parts.push(plural(words, claim.wounded, locale, quantity(claim, claim.wounded, locale)));
  }
  return andList(parts, locale);
}

/** "71 killed": the death toll alone, without the group, for where the context names whose it is. */
export function killedShortPhrase(claim: Claim & { killed: number }, locale: Locale): string {
  return plural(strings[locale].killedShort, claim.killed, locale, quantity(claim, claim.killed, locale));
}

/** "…, according to Niger's defence ministry". */
export function attributedClaim(claim: Claim, locale: Locale): string {
  return `${casualtyPhrase(claim, locale)}, ${strings[locale].accordingTo} ${localize(claim.claimed_by, locale)}`;
}

/**
 * Several claims in one phrase: one attribution when they share a claimant ("90 soldiers killed and
 * about 50 civilians killed, according to …"), otherwise each attributed, separated by semicolons.
 */
export function claimsPhrase(claims: readonly Claim[], locale: Locale): string {
  const claimants = new Set(claims.map((c) => localize(c.claimed_by, locale)));
  if (claimants.size === 1) {
    return `${andList(
      claims.map((c) => casualtyPhrase(c, locale)),
      locale,
    )}, ${strings[locale].accordingTo} ${[...claimants][0]}`;
  }
  return claims.map((c) => attributedClaim(c, locale)).join(`${strings[locale].semicolon} `);
}
