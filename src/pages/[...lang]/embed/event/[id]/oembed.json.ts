// /embed/event/<id>/oembed.json (and /fr/…): the oEmbed description of an event's locator map.
import type { APIRoute } from 'astro';
import type { ChartSpec } from '../../../../../lib/embed/charts';
import type { Locale } from '../../../../../schema/localized';
import { oembed } from '../../../../../lib/embed/snippet';
import { localize } from '../../../../../lib/format/localize';

export { getStaticPaths } from './chart.svg';

export const GET: APIRoute = ({ props, site }) => {
  const { chart, locale } = props as { chart: ChartSpec; locale: Locale };
  return new Response(JSON.stringify(oembed(site!.href, chart, localize(chart.title, locale), locale)), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
