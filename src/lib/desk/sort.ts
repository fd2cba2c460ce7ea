// The data desk's column sort. Cells are compared as a reader reads them: numbers by value ("9
// soldiers" before "23 soldiers", and "1 200" or "1,200" as twelve hundred), words in the
// edition's alphabetical order, accents after their letter; an empty cell (or a lone dash) goes last either way.

/** A cell's text as the collator should see it: digit groups joined ("1 200" → "1200"; \s covers no-break spaces). */
export function sortKey(text: string): string {
  return text.trim().replace(/(\d)[\s,.](?=\d{3}(?!\d))/g, '$1');
}

/** An empty cell, or one holding only a dash ("—": nothing reported), has no letter or digit. */
const hasContent = (key: string) => /[\p{L}\p{N}]/u.test(key);

/** Compares two cells' texts for an ascending (or descending) sort in a language (BCP 47). */
export function cellComparer(lang: string, ascending: boolean): (a: string, b: string) => number {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  return (a, b) => {
    const x = sortKey(a);
    const y = sortKey(b);
    if (!hasContent(x) || !hasContent(y)) return Number(!hasContent(x)) - Number(!hasContent(y));
    return collator.compare(x, y) * (ascending ? 1 : -1);
  };
}
