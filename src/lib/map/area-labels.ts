// Names of countries, regions and the river: where each reads best (the placement may shift it a
// little to keep clear of markers and other names, label-layout.ts), and the views it helps in.
import type { GeoProjection } from 'd3-geo';
import type { Localized } from '../../schema/localized.ts';
import type { ViewName } from './views.ts';
import { round } from '../format/round.ts';
import { byEdition } from '../i18n/editions.ts';
import { strings, type Strings } from '../i18n/strings.ts';
import { countryName } from '../format/country.ts';

export interface AreaLabelSpec {
  /** What it names: a country by its ISO alpha-3 code (Intl names it, in capitals), or a region or river whose words are in the strings files (`mapAreas`). */
  names: { country: string } | { area: keyof Strings['mapAreas'] };
  lon: number;
  lat: number;
  kind: 'country' | 'region' | 'water';
  views: readonly ViewName[];
}

const wide: ViewName[] = ['west-africa', 'niger', 'withdrawal-route'];
const close: ViewName[] = ['tri-border', 'tillaberi'];

export const areaLabels: readonly AreaLabelSpec[] = [
  { names: { country: 'NER' }, lon: 9.5, lat: 17.2, kind: 'country', views: wide },
  { names: { country: 'MLI' }, lon: -3.5, lat: 18, kind: 'country', views: ['west-africa', 'niger'] },
  { names: { country: 'BFA' }, lon: -3.2, lat: 13.7, kind: 'country', views: ['west-africa', 'niger'] },
  { names: { country: 'NGA' }, lon: 8, lat: 10, kind: 'country', views: wide },
  {
    names: { country: 'TCD' },
    lon: 18.5,
    lat: 15.5,
    kind: 'country',
    views: ['west-africa', 'niger', 'withdrawal-route'],
  },
  { names: { country: 'DZA' }, lon: 3, lat: 23, kind: 'country', views: ['west-africa', 'niger'] },
  {
    names: { country: 'BEN' },
    lon: 2.3,
    lat: 10.2,
    kind: 'country',
    views: ['west-africa', 'niger', 'withdrawal-route'],
  },
  { names: { country: 'NER' }, lon: 3.3, lat: 15.4, kind: 'country', views: close },
  { names: { country: 'MLI' }, lon: 0.2, lat: 16.1, kind: 'country', views: close },
  { names: { country: 'BFA' }, lon: -0.9, lat: 13.4, kind: 'country', views: close },
  { names: { area: 'tillaberi' }, lon: 2.6, lat: 14.1, kind: 'region', views: ['tillaberi'] },
  { names: { area: 'nigerRiver' }, lon: 1.75, lat: 13.9, kind: 'water', views: ['tri-border', 'tillaberi'] },
];

/** A label's text in every edition: country names from Intl in capitals ("TCHAD"), areas from the strings files. */
export function areaLabelText(names: AreaLabelSpec['names']): Localized {
  return byEdition((e) =>
    'country' in names
      ? countryName(names.country, e.code).toLocaleUpperCase(e.intl)
      : strings[e.code].mapAreas[names.area],
  );
}

export interface AreaLabel {
  text: Localized;
  kind: AreaLabelSpec['kind'];
  views: readonly ViewName[];
  x: number;
  y: number;
}

export function projectAreaLabels(projection: GeoProjection): AreaLabel[] {
  return areaLabels.map(({ lon, lat, names, ...rest }) => {
    const [x, y] = projection([lon, lat]) ?? [NaN, NaN];
    return { ...rest, text: areaLabelText(names), x: round(x, 2), y: round(y, 2) };
  });
}
