// Names are written with their accents (Téguey, Tillabéri); readers, importers and the gazetteer
// checks compare them without: one way of taking accents off, used everywhere.

/** "Tillabéri" → "Tillaberi": decomposes each letter and drops its combining marks. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * What search compares: "Téguey", "TEGUEY" and "teguey" are one word, and so are "d’un" and
 * "d'un" (typographic and typed apostrophes) and "œ" and "oe".
 */
export function foldForSearch(text: string): string {
  return stripAccents(text).toLocaleLowerCase('en').replace(/[’‘ʼ]/g, "'").replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** "Bankilaré" → "bankilare", "N'Djamena" → "n-djamena": lowercase ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
