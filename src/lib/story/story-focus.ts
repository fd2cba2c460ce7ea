// The events the story's steps focus on, read from the story's MDX source. The sticky map is drawn
// before its steps, so it learns here which callouts to carry; each <Step> then checks that its
// own focus is among them (the build stops if an editor writes a focus this cannot read).

/** Event ids of every `focus={["…", …]}` on a <Step> in the MDX source, in order, without repeats. */
export function storyFocusIds(mdx: string): string[] {
  const ids: string[] = [];
  for (const step of mdx.matchAll(/<Step\b[^>]*>/g)) {
    const list = /\bfocus=\{\[([^\]]*)\]\}/.exec(step[0])?.[1] ?? '';
    for (const m of list.matchAll(/["']([^"']+)["']/g)) if (!ids.includes(m[1]!)) ids.push(m[1]!);
  }
  return ids;
}

/** A short, stable anchor for a step: its view and what it is about, e.g. "step-tri-border-inates". */
export function stepAnchor(state: { view: string; from: string; focus: readonly string[]; highlight: readonly string[] }): string {
  const topic = state.focus[0]?.replace(/^\d{4}-\d{2}-\d{2}-/, '') ?? state.highlight[0] ?? state.from.slice(0, 4);
  return `step-${state.view}-${topic}`.slice(0, 60).replace(/-+$/, '');
}
