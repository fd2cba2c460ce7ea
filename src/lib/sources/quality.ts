// The source-quality table on /methodology/: every source record of the dataset by type, with the
// share that shows a publication date. Computed at build time, so it changes with the data.
//
// Types, checked in this order:
//   aggregator   – encyclopedias and their mirrors, scrapers, IP-address hosts, reposting blogs and
//                  sites that republish others' text wholesale (the hosts below), whatever label
//                  the copy carries;
//   agency-copy  – a copy that names the agency whose dispatch it carries: the `agency` field (on
//                  a page not published by that agency itself), or,
//                  for records not yet given one, a label in parentheses after the publisher
//                  ("Dakaractu (AFP)");
//   own          – the page of the agency, broadcaster or institution that did the reporting, on
//                  its own site (the hosts below);
//   other-outlet – any other outlet publishing under its own name.
import type { Source } from '../../schema/event.ts';

export const sourceTypes = ['own', 'agency-copy', 'other-outlet', 'aggregator'] as const;
export type SourceType = (typeof sourceTypes)[number];

/** Sites of the agencies, broadcasters and institutions whose reporting others republish. */
const ownHosts = [
  'afp.com',
  'reuters.com',
  'apnews.com',
  'rfi.fr',
  'bbc.com',
  'bbc.co.uk',
  'aljazeera.com',
  'aljazeera.net',
  'france24.com',
  'lemonde.fr',
  'xinhuanet.com',
  'anp.ne',
  'aa.com.tr',
  'voanews.com',
  'voaafrique.com',
  'dw.com',
  'reliefweb.int',
  'unocha.org',
  'un.org',
  'unhcr.org',
  'hrw.org',
  'acleddata.com',
];

/** Encyclopedias, mirrors, scrapers and wholesale republishers (audit of December 2026, §6). */
const aggregatorHosts = [
  'wikipedia.org',
  'wikiwand.com',
  'wikimili.com',
  'kiwix.lema.org',
  'sagapedia.com',
  'zxc.wiki',
  'explained.today',
  'universalis.fr',
  'pledgetimes.com',
  'tout.live',
  'gatekeepersnews.com',
  'news-pravda.com',
  'squidbusiness.fr',
  'linfo.dev',
  'compuserve.com',
  'blogspot.com',
  'democraticunderground.org',
  'gettotext.com',
  'codelist.biz',
  'news.science',
  'survivability.news',
  'uknip.co.uk',
  'breakinglatest.news',
  'tellerreport.com',
  'pressreview24.com',
  'nutrahealths.com',
  'amiloadednews.com',
  'einnews.com',
  'menafn.com',
  'devdiscourse.com',
  'ironbladeonline.com',
];

const onHost = (host: string, list: readonly string[]) => list.some((h) => host === h || host.endsWith(`.${h}`));
const ipAddress = /^\d{1,3}(\.\d{1,3}){3}$/;

export function sourceType(source: Pick<Source, 'url' | 'publisher' | 'agency'>): SourceType {
  const host = new URL(source.url).hostname.replace(/^www\./, '');
  if (ipAddress.test(host) || onHost(host, aggregatorHosts)) return 'aggregator';
  // A page published by the agency itself ("Xinhua (French)", agency Xinhua) is not a copy.
  if (source.agency !== undefined && !source.publisher.startsWith(source.agency)) return 'agency-copy';
  if (onHost(host, ownHosts)) return 'own';
  return /\([^)]+\)\s*$/.test(source.publisher) ? 'agency-copy' : 'other-outlet';
}

export interface SourceQualityRow {
  type: SourceType;
  count: number;
  /** Share of all source records, 0–1. */
  share: number;
  dated: number;
  /** Share of this type's records that show a publication date, 0–1. */
  datedShare: number;
}

/** One row per type, in the order of `sourceTypes`, and the total. */
export function sourceQuality(sources: readonly Pick<Source, 'url' | 'publisher' | 'agency' | 'date'>[]): {
  rows: SourceQualityRow[];
  total: Omit<SourceQualityRow, 'type'>;
} {
  const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
  const rows = sourceTypes.map((type) => {
    const of = sources.filter((s) => sourceType(s) === type);
    const dated = of.filter((s) => s.date !== null).length;
    return {
      type,
      count: of.length,
      share: ratio(of.length, sources.length),
      dated,
      datedShare: ratio(dated, of.length),
    };
  });
  const dated = sources.filter((s) => s.date !== null).length;
  return {
    rows,
    total: {
      count: sources.length,
      share: sources.length === 0 ? 0 : 1,
      dated,
      datedShare: ratio(dated, sources.length),
    },
  };
}
