// Dates in the reader's locale. Dataset dates are calendar days, so they are formatted in UTC
// to stay the same day whatever the build machine's time zone.
import type { Locale } from '../../schema/localized.ts';
import { intlLocale } from './intl-locale.ts';
import { utcDay } from '../time/calendar-day.ts';
import { edition } from '../i18n/editions.ts';

export type DatePrecision = 'day' | 'month' | 'reported';

const options: Record<'day' | 'month' | 'short', Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  short: { day: 'numeric', month: 'short', timeZone: 'UTC' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** Intl's date, with the first day of a month as the edition writes it ("1er décembre 2023"). */
function format(iso: string, locale: Locale, style: keyof typeof options): string {
  const key = `${locale} ${style}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(intlLocale[locale], options[style])));
  const first = edition(locale).firstOfMonth;
  const parts = f.formatToParts(utcDay(iso));
  return parts.map((p) => (p.type === 'day' && first && Number(p.value) === 1 ? first : p.value)).join('');
}

export function formatDate(iso: string, locale: Locale, precision: DatePrecision = 'day'): string {
  return format(iso, locale, precision === 'month' ? 'month' : 'day');
}

/** Words for a date known only to a third of its month: "{month}" is the month and year. */
export interface MonthPartWords {
  early: string;
  mid: string;
  late: string;
}

/** "mid-March 2026" / "mi-mars 2026": days 1–10 are early, 11–20 mid, 21 on late in the month. */
export function formatMonthPart(iso: string, locale: Locale, words: MonthPartWords): string {
  const day = Number(iso.slice(8, 10));
  const part = day <= 10 ? words.early : day <= 20 ? words.mid : words.late;
  return part.replace('{month}', formatDate(iso.slice(0, 8) + '01', locale, 'month'));
}

/** "26 Jul" / "26 juil.": for axis ticks and compact labels. */
export function formatShortDate(iso: string, locale: Locale): string {
  return format(iso, locale, 'short');
}

/** The value of a <time datetime> attribute: "2023-07" for month precision. */
export function datetimeAttribute(iso: string, precision: DatePrecision = 'day'): string {
  return precision === 'month' ? iso.slice(0, 7) : iso;
}
