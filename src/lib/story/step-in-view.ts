// Which step of the story the reader is on, from where the steps are now: the last one whose top
// has crossed the line (the middle of the screen), or the first while none has. Decided from
// positions alone, so after a fast scroll, the End key, a jump to an anchor or a reload the
// answer is the step in view, whatever the scroll events in between were.
export function stepInView(tops: readonly number[], line: number): number {
  let inView = 0;
  for (const [i, top] of tops.entries()) if (top <= line) inView = i;
  return inView;
}
