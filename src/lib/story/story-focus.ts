// The steps a story's MDX places, and the events they focus on. The sticky map is drawn before its
// steps, so it learns here which callouts to carry, in the order the steps' label placements
// index them; each <Step> then looks its map state up in the same table (steps.ts).
import { isStepKey, storySteps } from './steps.ts';

/** The keys of every <Step step="…"> in the MDX source, in order. */
export function storyStepKeys(mdx: string): string[] {
  return [...mdx.matchAll(/<Step\b[^>]*?\bstep=["']([^"']+)["'][^>]*>/g)].map((m) => m[1]!);
}

/** Event ids the story's steps focus on (steps.ts), in step order, without repeats. */
export function storyFocusIds(mdx: string): string[] {
  const ids: string[] = [];
  for (const key of storyStepKeys(mdx)) {
    if (!isStepKey(key)) continue; // Step.astro stops the build with the file and the key
    for (const id of (storySteps[key] as { focus?: readonly string[] }).focus ?? [])
      if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
