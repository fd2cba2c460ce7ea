// Figures of a scripted scroll, computed from what the browser recorded: frame intervals during
// map flights, long tasks, and the scale at which painted layers were shown. Pure, so the bench's
// arithmetic is unit-tested (tests/unit/perf.test.ts).

/** The p-th percentile (0–100) of `values`, by nearest rank; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Intervals between consecutive frames whose later frame falls inside one of the windows. */
export function frameIntervals(
  frames: readonly number[],
  windows: readonly (readonly [number, number])[],
  { sameWindow = false } = {},
): number[] {
  const intervals: number[] = [];
  const windowOf = (t: number) => windows.findIndex(([from, to]) => t > from && t <= to);
  for (let i = 1; i < frames.length; i++) {
    const t = frames[i]!;
    const w = windowOf(t);
    if (w < 0) continue;
    // Frames drawn only in flight (a worker's) start each window afresh: the gap since the last
    // flight's final frame is not a frame time.
    if (sameWindow && windowOf(frames[i - 1]!) !== w) continue;
    intervals.push(t - frames[i - 1]!);
  }
  return intervals;
}

/**
 * How much a CSS transform (computed, "none" or "matrix(a, b, c, d, e, f)") stretches a painted
 * layer: its two axis scales. A bitmap shown at 1 is crisp; 10 is a blur, 0.1 a stamp.
 */
export function bitmapScales(transform: string): [number, number] {
  const m = /^matrix\(([^)]+)\)$/.exec(transform.trim());
  if (!m) {
    if (transform.startsWith('matrix3d(')) {
      const v = transform.slice(9, -1).split(',').map(Number);
      return [Math.hypot(v[0]!, v[1]!), Math.hypot(v[4]!, v[5]!)];
    }
    return [1, 1];
  }
  const [a, b, c, d] = m[1]!.split(',').map(Number) as [number, number, number, number];
  return [Math.hypot(a, b), Math.hypot(c, d)];
}

/** Whether a layer shown at `scale` is stretched beyond 1.5× or shrunk below 0.67×. */
export function outOfCrispRange(scale: number): boolean {
  return scale > 1.5 || scale < 0.67;
}
