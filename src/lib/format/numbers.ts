// Numbers in the reader's locale: 23,000 in English, 23 000 in French.
import type { Locale } from '../../schema/localized.ts';
import { intlLocale } from './intl-locale.ts';

const formatters = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale): string {
  let format = formatters.get(locale);
  if (!format)
    formatters.set(locale, (format = new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 1 })));
  // French uses a narrow no-break space between thousands; keep it so numbers never wrap.
  return format.format(value);
}

/** Counts for prose: millions as words ("72 million", "72 millions"), smaller numbers in full. */
export function formatCount(value: number, locale: Locale): string {
  if (Math.abs(value) < 1_000_000) return formatNumber(value, locale);
  return new Intl.NumberFormat(intlLocale[locale], {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A share as a percentage to one decimal: "12.3%", "12,3 %" (Intl sets the French space). */
export function formatPercent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
