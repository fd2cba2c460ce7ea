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
