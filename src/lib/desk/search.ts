// The data desk's search: a query matches a row when each of its words appears, accents and case
// folded, in the row's text or in the words the server lists for it (the place's other spellings,
// the region, and the title and summary in every edition), so "Teguey" finds Téguey and an English
// reader typing the French "embuscade" finds the ambush.
import { foldForSearch } from '../format/fold.ts';

/** What separates words: spaces and punctuation, never apostrophes or hyphens (l'armee, bani-bangou). */
const separators = /[\s,.;:!?()«»"“”]+/;

/** The folded words of a query: "  Téguey  ATTACK " → ["teguey", "attack"]. */
export function queryWords(query: string): string[] {
  return foldForSearch(query).split(separators).filter(Boolean);
}

/**
 * The words a row can be found by, folded, each once, in first-seen order: short enough to ship
 * on every row of the table, complete enough that a word of any of `texts` matches.
 */
export function searchWords(texts: readonly (string | undefined)[]): string {
  const words = new Set<string>();
  for (const text of texts) for (const w of foldForSearch(text ?? '').split(separators)) if (w) words.add(w);
  return [...words].join(' ');
}

/** Whether every word of the query is found in one of the texts (folded); an empty query matches all. */
export function matchesQuery(words: readonly string[], texts: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = texts.map(foldForSearch).join(' ');
  return words.every((w) => haystack.includes(w));
}
