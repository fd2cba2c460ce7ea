// /embed/<chart-id>/chart.svg (and /fr/…): the chart as a standalone SVG image, rendered at
// build time in the edition's language.
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ChartImage from '../../../../components/ChartImage.astro';
import { chartEditionPaths, type ChartSpec } from '../../../../lib/embed/charts';
import { svgDocument } from '../../../../lib/images/render';
import { typesetMarkup } from '../../../../lib/format/typography';
import type { Locale } from '../../../../schema/localized';

export function getStaticPaths() {
  return chartEditionPaths();
}

export async function renderChartSvg(chart: ChartSpec, locale: Locale, site: URL): Promise<string> {
  const container = await AstroContainer.create();
  // Typeset here, not only by the middleware: the PNG is drawn from this string.
  return svgDocument(
    typesetMarkup(await container.renderToString(ChartImage, { props: { chart, locale, site: site.href } }), locale),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const { chart, locale } = props as { chart: ChartSpec; locale: Locale };
  return new Response(await renderChartSvg(chart, locale, site!), { headers: { 'Content-Type': 'image/svg+xml' } });
};
