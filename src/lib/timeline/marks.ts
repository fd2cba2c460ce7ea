// The dates every chart marks and starts from, defined once: the coup and the last French
// departure (read from their events in the dataset), and the first month the deaths chart counts.
import type { NigerEvent } from '../../schema/event.ts';
import type { Locale } from '../../schema/localized.ts';
import { strings } from '../i18n/strings.ts';
import { timelineBounds } from './layout.ts';

/** The deaths chart counts from here: the dataset's background starts in 2017. */
export const datasetStart = '2017-01-01';

/** `short` stands in for `label` where the long one does not fit (a phone's chart). */
export interface DateMark {
  id: string;
  date: string;
  label: string;
  short: string;
}

/** The coup and the withdrawal, with their dates from the dataset and their names in the reader's language. */
export function timelineMarks(eventsById: ReadonlyMap<string, Pick<NigerEvent, 'date'>>, locale: Locale): DateMark[] {
  const ui = strings[locale].ui;
  return (
    [
      [timelineBounds.start, ui.timelineStart, ui.timelineStart],
      [timelineBounds.end, ui.timelineEnd, ui.timelineEndShort],
    ] as const
  ).map(([id, label, short]) => {
    const event = eventsById.get(id);
    if (!event) throw new Error(`The charts mark event "${id}", which is missing from data/events.json`);
    return { id, date: event.date, label, short };
  });
}
