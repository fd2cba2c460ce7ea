// Names of countries, regions and the river: where each reads best (the placement may shift it a
// little to keep clear of markers and other names, label-layout.ts), and the views it helps in.
import type { GeoProjection } from 'd3-geo';
import type { Localized } from '../../schema/localized.ts';
import type { ViewName } from './views.ts';
import { round } from '../format/round.ts';

export interface AreaLabelSpec {
  text: Localized;
  lon: number;
  lat: number;
  kind: 'country' | 'region' | 'water';
  views: readonly ViewName[];
}

const wide: ViewName[] = ['west-africa', 'niger', 'withdrawal-route'];
const close: ViewName[] = ['tri-border', 'tillaberi'];

export const areaLabels: readonly AreaLabelSpec[] = [
  { text: { en: 'NIGER', fr: 'NIGER' }, lon: 9.5, lat: 17.2, kind: 'country', views: wide },
  { text: { en: 'MALI', fr: 'MALI' }, lon: -3.5, lat: 18, kind: 'country', views: ['west-africa', 'niger'] },
  { text: { en: 'BURKINA FASO', fr: 'BURKINA FASO' }, lon: -3.2, lat: 13.7, kind: 'country', views: ['west-africa', 'niger'] },
  { text: { en: 'NIGERIA', fr: 'NIGERIA' }, lon: 8, lat: 10, kind: 'country', views: wide },
  { text: { en: 'CHAD', fr: 'TCHAD' }, lon: 18.5, lat: 15.5, kind: 'country', views: ['west-africa', 'niger', 'withdrawal-route'] },
  { text: { en: 'ALGERIA', fr: 'ALGÉRIE' }, lon: 3, lat: 23, kind: 'country', views: ['west-africa', 'niger'] },
  { text: { en: 'BENIN', fr: 'BÉNIN' }, lon: 2.3, lat: 10.2, kind: 'country', views: ['west-africa', 'niger', 'withdrawal-route'] },
  { text: { en: 'NIGER', fr: 'NIGER' }, lon: 3.3, lat: 15.4, kind: 'country', views: close },
  { text: { en: 'MALI', fr: 'MALI' }, lon: 0.2, lat: 16.1, kind: 'country', views: close },
  { text: { en: 'BURKINA FASO', fr: 'BURKINA FASO' }, lon: -0.9, lat: 13.4, kind: 'country', views: close },
  { text: { en: 'Tillabéri region', fr: 'région de Tillabéri' }, lon: 2.6, lat: 14.1, kind: 'region', views: ['tillaberi'] },
  { text: { en: 'Niger River', fr: 'fleuve Niger' }, lon: 1.75, lat: 13.9, kind: 'water', views: ['tri-border', 'tillaberi'] },
];

export interface AreaLabel {
  text: Localized;
  kind: AreaLabelSpec['kind'];
  views: readonly ViewName[];
  x: number;
  y: number;
}

export function projectAreaLabels(projection: GeoProjection): AreaLabel[] {
  return areaLabels.map(({ lon, lat, ...rest }) => {
    const [x, y] = projection([lon, lat]) ?? [NaN, NaN];
    return { ...rest, x: round(x, 2), y: round(y, 2) };
  });
}
