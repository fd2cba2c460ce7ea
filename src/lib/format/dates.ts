// Dates in the reader's locale. Dataset dates are calendar days, so they are formatted in UTC
// to stay the same day whatever the build machine's time zone.
import type { Locale } from '../../schema/localized.ts';
import { intlLocale } from './intl-locale.ts';
import { utcDay } from '../time/calendar-day.ts';

export type DatePrecision = 'day' | 'month' | 'reported';

const options: Record<'day' | 'month' | 'short', Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  short: { day: 'numeric', month: 'short', timeZone: 'UTC' },
};

export function formatDate(iso: string, locale: Locale, precision: DatePrecision = 'day'): string {
  const style = precision === 'month' ? 'month' : 'day';
  return new Intl.DateTimeFormat(intlLocale[locale], options[style]).format(utcDay(iso));
}

/** Words for a date known only to a third of its month: "{month}" is the month and year. */
export interface MonthPartWords { early: string; mid: string; late: string }

/** "mid-March 2026" / "mi-mars 2026": days 1–10 are early, 11–20 mid, 21 on late in the month. */
export function formatMonthPart(iso: string, locale: Locale, words: MonthPartWords): string {
  const day = Number(iso.slice(8, 10));
  const part = day <= 10 ? words.early : day <= 20 ? words.mid : words.late;
  return part.replace('{month}', formatDate(iso.slice(0, 8) + '01', locale, 'month'));
}

/** "26 Jul" / "26 juil.": for axis ticks and compact labels. */
export function formatShortDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], options.short).format(utcDay(iso));
}

/** The value of a <time datetime> attribute: "2023-07" for month precision. */
export function datetimeAttribute(iso: string, precision: DatePrecision = 'day'): string {
  return precision === 'month' ? iso.slice(0, 7) : iso;
}
