// /embed/<chart-id>/chart.png (and /fr/…): the chart's SVG image rasterised at build time, for
// newsletters, print and social cards.
import type { APIRoute } from 'astro';
import { chartEditionPaths, type ChartSpec } from '../../../../lib/embed/charts';
import { svgToPng } from '../../../../lib/images/render';
import type { Locale } from '../../../../schema/localized';
import { renderChartSvg } from './chart.svg';

export function getStaticPaths() {
  return chartEditionPaths();
}

export const GET: APIRoute = async ({ props, site }) => {
  const { chart, locale } = props as { chart: ChartSpec; locale: Locale };
  const png = svgToPng(await renderChartSvg(chart, locale, site!), chart.image.width);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
