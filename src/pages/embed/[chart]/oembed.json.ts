// /embed/<chart-id>/oembed.json: the oEmbed description that embed pages link to.
import type { APIRoute } from 'astro';
import { charts, type ChartSpec } from '../../../lib/embed/charts';
import { oembed } from '../../../lib/embed/snippet';
import { localize } from '../../../lib/format/localize';

export function getStaticPaths() {
  return charts.map((chart) => ({ params: { chart: chart.id }, props: { chart } }));
}

export const GET: APIRoute = ({ props, site }) => {
  const chart = (props as { chart: ChartSpec }).chart;
  return new Response(JSON.stringify(oembed(site!.href, chart, localize(chart.title, 'en'))), { headers: { 'Content-Type': 'application/json+oembed' } });
};
