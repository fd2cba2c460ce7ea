// The sizes a map is read at. The SVG is one viewBox scaled to its container, so on a phone a
// label in SVG units shrinks to a third of its desktop size; CSS container queries therefore grow
// overlays per class (src/styles/map.css, map-labels.css), and labels are placed once per class.
// These numbers must agree with those stylesheets (tests/unit/placement-css.test.ts checks).

export interface FrameClass {
  /** One letter, used in data attributes and CSS selectors (data-a, data-b, data-c). */
  id: 'a' | 'b' | 'c';
  /** The class applies up to this container width in CSS px. */
  maxWidth: number;
  /** Scale of label text and place dots (--ls in map-labels.css). */
  label: number;
  /** Scale of event markers (--ms in map.css). */
  marker: number;
  /** Scale of the scale bar's text and stroke, never its length (--s in map.css). */
  bar: number;
}

/** Widest first: desktop and tablets, large phones and small tablets, phones. */
export const frameClasses: readonly FrameClass[] = [
  { id: 'a', maxWidth: Infinity, label: 1.15, marker: 1, bar: 1.15 },
  { id: 'b', maxWidth: 700, label: 1.5, marker: 1.25, bar: 1.5 },
  { id: 'c', maxWidth: 480, label: 2.5, marker: 1.6, bar: 2.3 },
];

/** Static images (src/components/ChartImage.astro): drawn at 960 px, nothing grows. */
export const imageFrameClass: FrameClass = { id: 'a', maxWidth: Infinity, label: 13 / 12, marker: 1, bar: 1 };
