// The key under a chart's static image, by what its kind keys (src/lib/embed/chart-kinds.ts):
// the event kinds' symbols, or the bars' two colours.
import { eventKinds, type EventKind } from '../../schema/event.ts';
import type { Locale } from '../../schema/localized.ts';
import { strings } from '../i18n/strings.ts';
import { chartKinds, type ChartKind } from '../embed/chart-kinds.ts';

export interface ImageKey {
  cls: string;
  label: string;
  kind?: EventKind;
}

export function imageKeys(kind: ChartKind, locale: Locale): ImageKey[] {
  const s = strings[locale];
  const keys = {
    'event-kinds': () => eventKinds.map((k) => ({ cls: `kind-${k}`, label: s.kindsShort[k], kind: k })),
    bars: () => [
      { cls: 'bar-soldiers', label: s.groups.soldiers },
      { cls: 'bar-civilians', label: s.groups.civilians },
    ],
    none: () => [],
  } satisfies Record<string, () => ImageKey[]>;
  return keys[chartKinds[kind].imageKey]();
}
