// The counting rule: which of a victim group's claims the site counts in sums, marker sizes,
// charts and downloads. Every claim is still shown, with who made it.
//
// Rule (ACLED's practice): the most conservative of the current tolls, that is the lowest death
// toll for the group given by an identified party, once a first or provisional toll has been
// replaced by a later one. A claim is never counted when it is marked `not_counted`: `superseded`
// (a first or provisional toll that a later toll replaced), `partial` (it counts only some of the
// victims), `armed-group` (an armed group's claim) or `unattributed` (social-media posts and
// other figures with no identifiable source). A tie goes to the claim listed first. The result is
// a floor, not a best estimate: content/*/methodology.mdx says so.
//
// data/events.json stores the rule's pick as `"counted": true` so downloads carry it; the schema
// refuses a flag on any other claim, and tests/unit/counting.test.ts requires the flag on the data.
import type { CasualtyGroup, Claim } from '../../schema/event.ts';

/** Groups whose counted deaths may be summed and drawn as marker size; militant losses never are. */
export const victimGroups = ['soldiers', 'civilians'] as const satisfies readonly CasualtyGroup[];
export type VictimGroup = (typeof victimGroups)[number];

/** A claim the rule may pick: it gives a death toll and nothing sets it aside. */
export function isCountable(claim: Claim): boolean {
  return claim.killed !== undefined && claim.not_counted === undefined;
}

/** The claim the rule picks among one group's claims (in listed order), if any may be counted. */
export function pickCounted(claims: readonly Claim[]): Claim | undefined {
  let pick: Claim | undefined;
  for (const claim of claims) {
    if (isCountable(claim) && (pick === undefined || claim.killed! < pick.killed!)) pick = claim;
  }
  return pick;
}

/** The counted claim of a victim group; militant claims are never counted. */
export function countedClaim(event: { casualties: readonly Claim[] }, group: CasualtyGroup): Claim | undefined {
  if (!(victimGroups as readonly CasualtyGroup[]).includes(group)) return undefined;
  return pickCounted(event.casualties.filter((c) => c.group === group));
}

/**
 * Where the stored `counted` flags disagree with the rule: a flag on a claim the rule does not
 * pick, or on a militant claim. (A missing flag is allowed here so drafts validate; the data file
 * itself must carry every flag, which tests/unit/counting.test.ts checks.)
 */
export function countingProblems(claims: readonly Claim[]): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  claims.forEach((claim, index) => {
    if (!claim.counted) return;
    if (!(victimGroups as readonly CasualtyGroup[]).includes(claim.group)) {
      problems.push({ index, message: 'militant losses are claims and are never counted: remove "counted"' });
      return;
    }
    const pick = pickCounted(claims.filter((c) => c.group === claim.group));
    if (pick !== claim) {
      const picked = pick ? `casualties[${claims.indexOf(pick)}] (${pick.killed})` : 'no claim (none may be counted)';
      problems.push({
        index,
        message: `the counting rule (lowest toll from an identified party) picks ${picked} for ${claim.group}: move "counted": true there`,
      });
    }
  });
  return problems;
}
