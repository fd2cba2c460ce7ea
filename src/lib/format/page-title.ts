// The document <title>: search results and tabs cut titles near 70 characters, so the site name
// goes only where it fits, and a longer headline (an event's, up to 120 characters) is cut at a
// word with an ellipsis. The page's <h1> and og:title keep the whole headline. Length is counted
// as written in the HTML (an apostrophe is "&#39;"), as html-validate's long-title rule counts it.
export const titleLimit = 70;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const htmlLength = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c]!).length;

export function documentTitle(title: string, site = 'Three Borders'): string {
  const withSite = `${title} · ${site}`;
  if (htmlLength(withSite) <= titleLimit) return withSite;
  if (htmlLength(title) <= titleLimit) return title;
  let cut = title;
  while (htmlLength(`${cut}…`) > titleLimit) {
    const word = cut.lastIndexOf(' ');
    cut = word > titleLimit / 2 ? cut.slice(0, word) : cut.slice(0, -1);
    cut = cut.replace(/[\s,;:·–-]+$/, '');
  }
  return `${cut}…`;
}
