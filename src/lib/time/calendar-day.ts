// Dataset dates are calendar days written YYYY-MM-DD. They are read as UTC midnight everywhere, so
// a day stays the same day whatever the build machine's or the reader's time zone.

/** The instant a calendar day starts, in UTC: "2023-07-26" → 2023-07-26T00:00:00Z. */
export function utcDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A real calendar day written YYYY-MM-DD (2023-02-30 is not). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = utcDay(value);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Days since 1970-01-01 (a whole number for a calendar day): differences are days apart. */
export function dayNumber(iso: string): number {
  return utcDay(iso).getTime() / 86_400_000;
}
