// Every chart that can be embedded: the same components render it in the story and on its embed
// page. A data table, like the map views.
import type { Localized } from '../../schema/localized.ts';

export interface ChartSpec {
  id: string;
  title: Localized;
  description: Localized;
  /** Height over width of the whole embed page at 640 px wide, for iframes without the loader. */
  aspect: number;
}

export const charts = [
  {
    id: 'tri-border-map',
    title: { en: 'Attacks and key events in the tri-border area since the coup' },
    description: { en: 'Events in the Niger–Mali–Burkina Faso border area since 26 July 2023. Marker area shows reported deaths of soldiers and civilians.' },
    aspect: 1.05,
  },
  {
    id: 'coup-timeline',
    title: { en: 'From the coup to the French withdrawal' },
    description: { en: 'Every event in the Three Borders dataset from the coup of 26 July 2023 to the departure of the last French troops on 22 December 2023.' },
    aspect: 0.62,
  },
  {
    id: 'withdrawal-map',
    title: { en: "France's military withdrawal from Niger" },
    description: { en: 'French bases in Niger and the road east to N’Djamena taken by the withdrawing convoys, with the political and military events of the withdrawal.' },
    aspect: 1.05,
  },
  {
    id: 'deaths-by-month',
    title: { en: 'Reported deaths by month' },
    description: { en: 'Soldiers and civilians reported killed in the events of the Three Borders dataset, by month, with the coup and the French withdrawal marked.' },
    aspect: 0.78,
  },
] as const satisfies readonly ChartSpec[];

export type ChartId = (typeof charts)[number]['id'];

export function chartById(id: string): ChartSpec {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart "${id}". Charts: ${charts.map((c) => c.id).join(', ')}`);
  return chart;
}
