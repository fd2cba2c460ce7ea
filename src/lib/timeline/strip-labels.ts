// The words around the timeline strip, in the reader's language, with the coup and withdrawal
// dates read from the data: one definition for the story, the embed and the static image.
import type { Locale } from '../../schema/localized.ts';
import { strings } from '../i18n/strings.ts';
import { formatShortDate } from '../format/dates.ts';

export interface StripLabels {
  start: string;
  end: string;
  before: string;
  after: string;
  /** Replace start and end on narrow screens, where the long ones collide. */
  startShort: string;
  endShort: string;
}

export function stripLabels(span: { from: string; to: string }, locale: Locale): StripLabels {
  const ui = strings[locale].ui;
  const start = `${ui.timelineStart}, ${formatShortDate(span.from, locale)}`;
  return {
    start,
    end: `${ui.timelineEnd}, ${formatShortDate(span.to, locale)}`,
    before: ui.before,
    after: ui.after,
    startShort: start,
    endShort: `${ui.timelineEndShort}, ${formatShortDate(span.to, locale)}`,
  };
}

/**
 * The tallest the strip's labels get, in viewBox units: 11 px × --s on the narrowest screens
 * (timeline.css, 2.6 under 480 px), where 960 units shrink to 320 px.
 */
export const stripLabelSize = 11 * 2.6;

export interface StripRows {
  /** Baseline of the month names (above the marks) and of the start and end labels (below). */
  monthY: number;
  endY: number;
  /** The band showing the step's dates spans the marks. */
  bandY: number;
  bandHeight: number;
  /** The viewBox's top and height. */
  top: number;
  height: number;
}

/**
 * Rows of the strip around its marks: the month names above every lane of marks, the start and
 * end labels below every lane, each row as tall as the largest label, so that no label ever sits
 * on a mark, whatever the screen width. `marks` are the marks' y, `extent` their half height.
 */
export function stripRows(
  marks: readonly number[],
  axisY: number,
  extent: number,
  labelSize = stripLabelSize,
): StripRows {
  const top = Math.min(axisY, ...marks) - extent;
  const bottom = Math.max(axisY + 6, ...marks) + extent;
  const gap = 4;
  // A text's box runs from the font's ascent to its descent (Noto Sans: 1.07 and 0.3 em).
  const descent = Math.ceil(labelSize * 0.3);
  const ascent = Math.ceil(labelSize * 1.07);
  const monthY = top - gap - descent;
  const endY = bottom + gap + ascent;
  return {
    monthY,
    endY,
    bandY: top - 2,
    bandHeight: bottom - top + 4,
    top: monthY - ascent - 2,
    height: endY + descent + 2 - (monthY - ascent - 2),
  };
}
