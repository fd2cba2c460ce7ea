// How a source is named for readers: the publisher, and the agency whose dispatch it carries when
// the record names one ("Dakaractu (AFP)"), without repeating a label the publisher already has.
import type { Source } from '../../schema/event.ts';

export function sourceName(source: Pick<Source, 'publisher' | 'agency'>): string {
  const { publisher, agency } = source;
  if (agency === undefined || publisher.includes(`(${agency})`) || publisher === agency) return publisher;
  return `${publisher} (${agency})`;
}
