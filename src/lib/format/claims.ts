// Casualty claims as reader-facing phrases, always with who made the claim:
// "23 soldiers killed and 17 wounded, according to Niger's defence ministry".
import type { Claim } from '../../schema/event.ts';
import type { Locale } from '../../schema/localized.ts';
import { strings } from '../i18n/strings.ts';
import { formatNumber } from './numbers.ts';
import { localize } from './localize.ts';

function quantity(claim: Claim, value: number, locale: Locale): string {
  const q = claim.qualifier === 'exact' ? '' : `${strings[locale].qualifier[claim.qualifier]} `;
  return `${q}${formatNumber(value, locale)}`;
}

/** "23 soldiers killed and 17 wounded" without attribution. */
export function casualtyPhrase(claim: Claim, locale: Locale): string {
  const s = strings[locale];
  const [one, other] = s.killed[claim.group];
  const verb = locale === 'fr' ? 'tués' : 'killed';
  const parts: string[] = [];
  if (claim.killed !== undefined) {
    parts.push(`${quantity(claim, claim.killed, locale)} ${claim.killed === 1 ? one : other} ${locale === 'fr' && claim.killed === 1 ? 'tué' : verb}`);
  }
  if (claim.wounded !== undefined) {
    const w = quantity(claim, claim.wounded, locale);
    parts.push(claim.killed === undefined ? `${w} ${other} ${s.wounded}` : `${w} ${s.wounded}`);
  }
  return parts.join(` ${s.and} `);
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
    return `${claims.map((c) => casualtyPhrase(c, locale)).join(` ${strings[locale].and} `)}, ${strings[locale].accordingTo} ${[...claimants][0]}`;
  }
  return claims.map((c) => attributedClaim(c, locale)).join(locale === 'fr' ? ' ; ' : '; ');
}
