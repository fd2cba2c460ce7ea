// /embed/<chart-id>/chart@2x.png (and /fr/…): the chart's PNG at twice its stated size, for sharp
// screens and print (the 1x file is chart.png).
import type { APIRoute } from 'astro';
import type { ChartSpec } from '../../../../lib/embed/charts';
import { svgToPng } from '../../../../lib/images/render';
import type { Locale } from '../../../../schema/localized';
import { renderChartSvg } from './chart.svg';

export { getStaticPaths } from './chart.svg';

export const GET: APIRoute = async ({ props, site }) => {
  const { chart, locale } = props as { chart: ChartSpec; locale: Locale };
  const png = svgToPng(await renderChartSvg(chart, locale, site!), chart.image.width * 2);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
