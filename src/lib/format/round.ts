// Coordinates written into SVG and data attributes are rounded to a few decimals: enough for a
// sharp drawing, short enough to keep pages small and renders identical from one build to the next.

/** `n` rounded to `digits` decimals, as a number (trailing zeros dropped): round(3.14159, 2) → 3.14. */
export function round(n: number, digits: number): number {
  return Number(n.toFixed(digits));
}
