// Casualty claims. Each victim group's counted claim (src/lib/events/counting.ts) is the figure
// sums, markers and charts use; the group's other claims are other parties' figures, shown side by
// side. Militant losses are claims about the enemy and are never added to deaths of soldiers and
// civilians.
import type { CasualtyGroup, Claim, NigerEvent } from '../../schema/event.ts';
import { countedClaim, victimGroups } from './counting.ts';

export { victimGroups };

export function claimsFor(event: Pick<NigerEvent, 'casualties'>, group: CasualtyGroup): Claim[] {
  return event.casualties.filter((c) => c.group === group);
}

/**
 * The claim to quote first for a group: the counted one for soldiers and civilians; for militant
 * losses (never counted) the first listed.
 */
export function headlineClaim(event: Pick<NigerEvent, 'casualties'>, group: CasualtyGroup): Claim | undefined {
  return (victimGroups as readonly CasualtyGroup[]).includes(group)
    ? countedClaim(event, group)
    : event.casualties.find((c) => c.group === group);
}

/** Counted deaths of one group (for militants, the first claim's figure), 0 when none is reported. */
export function headlineKilled(event: Pick<NigerEvent, 'casualties'>, group: CasualtyGroup): number {
  return headlineClaim(event, group)?.killed ?? 0;
}

/** Counted deaths of soldiers and civilians together: what a marker's area shows. */
export function reportedDeaths(event: Pick<NigerEvent, 'casualties'>): number {
  return victimGroups.reduce((sum, group) => sum + (countedClaim(event, group)?.killed ?? 0), 0);
}

/** True when claimants gave different death tolls for the same group. */
export function isContested(event: Pick<NigerEvent, 'casualties'>, group: CasualtyGroup): boolean {
  return new Set(claimsFor(event, group).map((c) => c.killed)).size > 1;
}

/**
 * The claims a sentence quotes for one group: the counted one (or, when none may be counted, the
 * first listed); with `all`, every one; with `by`, the one claim whose claimant contains those
 * words, in English or French. Throws when `by` matches no claim or several.
 */
export function claimsToQuote(
  event: Pick<NigerEvent, 'casualties'>,
  group: CasualtyGroup,
  options: { all?: boolean; by?: string } = {},
): Claim[] {
  const claims = claimsFor(event, group);
  if (options.all) return claims;
  if (options.by === undefined) return claims.length === 0 ? [] : [headlineClaim(event, group) ?? claims[0]!];
  const words = options.by.toLowerCase();
  const found = claims.filter((c) => Object.values(c.claimed_by).join('\n').toLowerCase().includes(words));
  if (found.length !== 1)
    throw new Error(
      `by="${options.by}" matches ${found.length} of the ${group} claims (${claims.map((c) => `"${c.claimed_by.en}"`).join(', ')})`,
    );
  return found;
}
