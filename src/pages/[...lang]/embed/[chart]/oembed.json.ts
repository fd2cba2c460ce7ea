// /embed/<chart-id>/oembed.json (and /fr/…): the oEmbed description that embed pages link to.
import type { APIRoute } from 'astro';
import { chartEditionPaths, type ChartSpec } from '../../../../lib/embed/charts';
import { oembed } from '../../../../lib/embed/snippet';
import { localize } from '../../../../lib/format/localize';
import type { Locale } from '../../../../schema/localized';

export function getStaticPaths() {
  return chartEditionPaths();
}

export const GET: APIRoute = ({ props, site }) => {
  const { chart, locale } = props as { chart: ChartSpec; locale: Locale };
  const body = oembed(site!.href, chart, localize(chart.title, locale), locale);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json+oembed' } });
};
