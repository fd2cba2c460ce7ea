// Limits and character rules for text that readers see. Every field states its own maximum so a
// pasted article or a runaway string fails with a message instead of making an 11,000 px column
// on a phone; names refuse invisible characters that would make two spellings look identical or
// reorder the text around them.
import { z } from 'astro/zod';
import { perEdition } from './localized.ts';

/**
 * Bidirectional controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) and zero-width or
 * invisible characters (U+200B–200D, U+2060–2064, U+FEFF, U+00AD). Arabic or Hebrew letters are
 * fine: only the invisible controls are refused.
 */
export const invisibleCharacters = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

function codePoint(text: string): string {
  const found = invisibleCharacters.exec(text)?.[0] ?? '';
  return `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Trimmed, non-empty text of at most `max` characters. */
export function text(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `is longer than ${max} characters: shorten it (the limit keeps the page readable on a 320 px phone)`);
}

/** A name (place, claimant, actor, publisher): limited in length and free of invisible characters. */
export function name(max: number) {
  return text(max).refine((value) => !invisibleCharacters.test(value), {
    error: (issue) =>
      `contains an invisible or bidirectional control character (${codePoint(String(issue.input))}): retype the name without it`,
  });
}

/** Reader-facing text in every edition, each at most `max` characters. */
export function localizedText(max: number, kind: typeof text = text) {
  return perEdition(kind(max));
}

/** Per-field limits, stated once so the schema documentation and the error say the same. */
export const limits = {
  title: 120,
  summary: 600,
  note: 400,
  placeNote: 200,
  claimant: 160,
  /** A claimant's short form on the map (`claimed_by_short`): a phone callout line or two. */
  claimantShort: 40,
  actor: 150,
  publisher: 100,
  sourceTitle: 250,
  url: 500,
  placeName: 60,
  placeNoteEditor: 300,
  figureLabel: 200,
  correction: 1200,
} as const;
