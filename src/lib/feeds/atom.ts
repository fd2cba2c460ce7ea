// Atom 1.0 feeds (RFC 4287) as strings: the corrections log and the dataset's additions, so
// journalists can follow both in a feed reader. Every text is escaped; dates are whole days, given
// as midnight UTC because the data stores days.
export interface AtomEntry {
  /** A permanent IRI: the entry's address on the site. */
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  updated: string;
  link: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** YYYY-MM-DD: the newest entry, or when the feed has none, the day the dataset was last checked. */
  updated: string;
  /** The feed's own address. */
  self: string;
  /** The page it follows. */
  alternate: string;
  lang: string;
  entries: AtomEntry[];
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// eslint-disable-next-line no-control-regex -- the control characters are what it matches
const forbiddenInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text safe inside an XML element or attribute; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text.replace(forbiddenInXml, '').replace(/[&<>"']/g, (c) => entities[c]!);
}

const stamp = (day: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Atom dates are days written YYYY-MM-DD, got "${day}"`);
  return `${day}T00:00:00Z`;
};

export function atomXml(feed: AtomFeed): string {
  const e = escapeXml;
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${e(entry.id)}</id>`,
      `    <title>${e(entry.title)}</title>`,
      `    <updated>${stamp(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>`,
      `    <summary>${e(entry.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">`,
    `  <id>${e(feed.id)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    `  <subtitle>${e(feed.subtitle)}</subtitle>`,
    `  <updated>${stamp(feed.updated)}</updated>`,
    '  <author><name>Three Borders</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
