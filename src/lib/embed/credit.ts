// The source line of a chart: the news agencies that the events shown rely on, most cited first,
// read from the publishers of their sources ("Yahoo News (AFP)" counts for AFP).
import type { NigerEvent } from '../../schema/event.ts';
import type { Locale } from '../../schema/localized.ts';
import { strings } from '../i18n/strings.ts';
import { chartKinds, type ChartKind } from './chart-kinds.ts';

const agencies = ['AFP', 'Reuters', 'AP', 'RFI', 'Xinhua', 'BBC', 'Anadolu'] as const;

export function agenciesCited(events: readonly Pick<NigerEvent, 'sources'>[], limit = 4): string[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const agency of agencies) {
      const pattern = new RegExp(`\\b${agency}\\b`);
      if (event.sources.some((s) => pattern.test(s.publisher))) counts.set(agency, (counts.get(agency) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name]) => name);
}

/** "Three Borders · Sources: AFP, RFI, … and other news reports …; boundaries: Natural Earth." */
export function chartCredit(
  chart: { kind: ChartKind },
  events: readonly Pick<NigerEvent, 'sources'>[],
  locale: Locale,
): string {
  const words = strings[locale].embed.credit;
  const sources = [...agenciesCited(events), words.others].join(', ');
  return `Three Borders · ${words.sources}${strings[locale].colon} ${sources}${chartKinds[chart.kind].boundaries ? `${strings[locale].semicolon} ${words.boundaries}` : ''}.`;
}
