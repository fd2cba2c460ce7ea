// An embed's colour scheme from ?theme: a module of its own so that the frame script every embed
// loads pulls in nothing else (the map's parameters bring the views table, a request of its own).
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** Light unless asked: an embed sits in someone else's (usually white) article. */
export function embedTheme(value: string | null): EmbedTheme {
  return value === 'dark' || value === 'auto' ? value : 'light';
}
