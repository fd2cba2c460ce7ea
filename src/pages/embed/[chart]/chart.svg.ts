// /embed/<chart-id>/chart.svg: the chart as a standalone SVG image, rendered at build time.
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ChartImage from '../../../components/ChartImage.astro';
import { charts, type ChartSpec } from '../../../lib/embed/charts';
import { svgDocument } from '../../../lib/images/render';

export function getStaticPaths() {
  return charts.map((chart) => ({ params: { chart: chart.id }, props: { chart } }));
}

export async function renderChartSvg(chart: ChartSpec, site: URL): Promise<string> {
  const container = await AstroContainer.create();
  return svgDocument(await container.renderToString(ChartImage, { props: { chart, site: site.href } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const svg = await renderChartSvg((props as { chart: ChartSpec }).chart, site!);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
