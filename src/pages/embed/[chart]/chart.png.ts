// /embed/<chart-id>/chart.png: the chart's SVG image rasterised at build time, for newsletters,
// print and social cards.
import type { APIRoute } from 'astro';
import { charts, type ChartSpec } from '../../../lib/embed/charts';
import { svgToPng } from '../../../lib/images/render';
import { renderChartSvg } from './chart.svg';

export function getStaticPaths() {
  return charts.map((chart) => ({ params: { chart: chart.id }, props: { chart } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const chart = (props as { chart: ChartSpec }).chart;
  const png = svgToPng(await renderChartSvg(chart, site!), chart.image.width);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
