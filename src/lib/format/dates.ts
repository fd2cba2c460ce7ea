// Dates in the reader's locale. Dataset dates are calendar days, so they are formatted in UTC
// to stay the same day whatever the build machine's time zone.
import type { Locale } from '../../schema/localized.ts';
import { intlLocale } from './intl-locale.ts';

export type DatePrecision = 'day' | 'month' | 'reported';

const options: Record<'day' | 'month' | 'short', Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  short: { day: 'numeric', month: 'short', timeZone: 'UTC' },
};

export function formatDate(iso: string, locale: Locale, precision: DatePrecision = 'day'): string {
  const style = precision === 'month' ? 'month' : 'day';
  return new Intl.DateTimeFormat(intlLocale[locale], options[style]).format(new Date(`${iso}T00:00:00Z`));
}

/** "26 Jul" / "26 juil.": for axis ticks and compact labels. */
export function formatShortDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], options.short).format(new Date(`${iso}T00:00:00Z`));
}

/** The value of a <time datetime> attribute: "2023-07" for month precision. */
export function datetimeAttribute(iso: string, precision: DatePrecision = 'day'): string {
  return precision === 'month' ? iso.slice(0, 7) : iso;
}
