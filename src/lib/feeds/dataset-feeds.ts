// The two feeds of the dataset, in each edition: /corrections.xml (every correction, newest first)
// and /updates.xml (events by the day they entered the dataset, their `added` field, newest first).
import type { Correction } from '../../schema/correction.ts';
import type { NigerEvent } from '../../schema/event.ts';
import type { Locale } from '../../schema/localized.ts';
import { localize } from '../format/localize.ts';
import { formatDate } from '../format/dates.ts';
import { strings } from '../i18n/strings.ts';
import { localePath } from '../i18n/routes.ts';
import type { AtomFeed } from './atom.ts';

/** Newest first, then by `then` newest first; items without a day are left out (a unit test requires `added` on the data). */
const newest = <T>(items: readonly T[], day: (item: T) => string | undefined, then: (item: T) => string) =>
  items
    .filter((i) => day(i) !== undefined)
    .sort((a, b) => day(b)!.localeCompare(day(a)!) || then(b).localeCompare(then(a)));

export function correctionsFeed(
  corrections: readonly Correction[],
  eventsById: ReadonlyMap<string, NigerEvent>,
  checked: string,
  site: URL,
  locale: Locale,
): AtomFeed {
  const p = strings[locale].provenance.feeds;
  const url = (path: string) => new URL(localePath(locale, path), site).href;
  const entries = newest(
    corrections,
    (c) => c.date,
    (c) => c.id,
  ).map((c) => {
    const event = c.event ? eventsById.get(c.event) : undefined;
    return {
      id: url(`/corrections/#${c.id}`),
      title: event
        ? `${p.correction}${strings[locale].colon} ${event.text[locale].title}`
        : `${p.correction}, ${formatDate(c.date, locale)}`,
      updated: c.date,
      link: url(`/corrections/#${c.id}`),
      summary: `${localize(c.what, locale)} ${localize(c.why, locale)}`,
    };
  });
  return {
    id: url('/corrections.xml'),
    title: p.corrections,
    subtitle: p.correctionsSubtitle,
    updated: entries[0]?.updated ?? checked,
    self: url('/corrections.xml'),
    alternate: url('/corrections/'),
    lang: locale,
    entries,
  };
}

export function updatesFeed(events: readonly NigerEvent[], checked: string, site: URL, locale: Locale): AtomFeed {
  const p = strings[locale].provenance.feeds;
  const url = (path: string) => new URL(localePath(locale, path), site).href;
  const entries = newest(
    events,
    (e) => e.added,
    (e) => `${e.date} ${e.id}`,
  ).map((e) => ({
    id: url(`/data/#${e.id}`),
    title: `${formatDate(e.date, locale, e.date_precision)}${strings[locale].colon} ${e.text[locale].title}`,
    updated: e.added!,
    link: url(`/data/#${e.id}`),
    summary: e.text[locale].summary,
  }));
  return {
    id: url('/updates.xml'),
    title: p.updates,
    subtitle: p.updatesSubtitle,
    updated: entries[0]?.updated ?? checked,
    self: url('/updates.xml'),
    alternate: url('/data/'),
    lang: locale,
    entries,
  };
}
