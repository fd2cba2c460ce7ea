// ACLED's yearly death totals for Tillabéri region beside the dataset's own count for the same
// region and year, so readers see how small a share of the war's deaths the dataset's events are.
// A yearly ACLED total is a figure of data/figures.json with the id "acled-deaths-tillaberi-YYYY"
// and as_of that year's 31 December.
import type { Figure } from '../../schema/figure.ts';
import type { NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import { sumKilled, sumQualifier } from '../events/stats.ts';

export interface AcledYear {
  year: string;
  acled: Figure;
  /** Counted deaths of soldiers and civilians in the dataset's events in Tillabéri region that year. */
  dataset: { value: number; qualifier: 'exact' | 'about' | 'at-least' };
}

const yearly = /^acled-deaths-tillaberi-(\d{4})$/;

export function acledTillaberiYears(
  figures: Iterable<Figure>,
  events: readonly NigerEvent[],
  places: ReadonlyMap<string, Place>,
): AcledYear[] {
  const inRegion = events.filter((e) => places.get(e.place)?.admin1 === 'Tillabéri');
  const years: AcledYear[] = [];
  for (const figure of figures) {
    const year = yearly.exec(figure.id)?.[1];
    if (!year || figure.as_of !== `${year}-12-31`) continue;
    const range = { from: `${year}-01-01`, to: `${year}-12-31` };
    const value = sumKilled(inRegion, range, 'soldiers') + sumKilled(inRegion, range, 'civilians');
    const qualifiers = [sumQualifier(inRegion, range, 'soldiers'), sumQualifier(inRegion, range, 'civilians')];
    const qualifier = qualifiers.includes('about') ? 'about' : qualifiers.includes('at-least') ? 'at-least' : 'exact';
    years.push({ year, acled: figure, dataset: { value, qualifier } });
  }
  return years.sort((a, b) => a.year.localeCompare(b.year));
}
