// Casualty claims. The first claim of each group is the headline figure; later claims of the same
// group are other parties' figures, shown side by side. Militant losses are claims about the
// enemy and are never added to deaths of soldiers and civilians.
import type { CasualtyGroup, Claim, NigerEvent } from '../../schema/event.ts';

/** Groups whose headline deaths may be summed and drawn as marker size. */
export const victimGroups = ['soldiers', 'civilians'] as const satisfies readonly CasualtyGroup[];

export function claimsFor(event: Pick<NigerEvent, 'casualties'>, group: CasualtyGroup): Claim[] {
  return event.casualties.filter((c) => c.group === group);
}

export function headlineClaim(event: Pick<NigerEvent, 'casualties'>, group: CasualtyGroup): Claim | undefined {
  return event.casualties.find((c) => c.group === group);
}

/** Headline deaths of one group, 0 when none is reported. */
export function headlineKilled(event: Pick<NigerEvent, 'casualties'>, group: CasualtyGroup): number {
  return headlineClaim(event, group)?.killed ?? 0;
}

/** Headline deaths of soldiers and civilians together: what a marker's area shows. */
export function reportedDeaths(event: Pick<NigerEvent, 'casualties'>): number {
  return victimGroups.reduce((sum, group) => sum + headlineKilled(event, group), 0);
}

/** True when claimants gave different death tolls for the same group. */
export function isContested(event: Pick<NigerEvent, 'casualties'>, group: CasualtyGroup): boolean {
  return new Set(claimsFor(event, group).map((c) => c.killed)).size > 1;
}
