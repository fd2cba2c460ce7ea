// /embed/event/<id>/chart.png (and /fr/…): the locator map's SVG rasterised at build time.
import type { APIRoute } from 'astro';
import type { ChartSpec } from '../../../../../lib/embed/charts';
import { svgToPng } from '../../../../../lib/images/render';
import { renderEventSvg, type EventImageProps } from './chart.svg';

export { getStaticPaths } from './chart.svg';

export const GET: APIRoute = async ({ props }) => {
  const { chart } = props as EventImageProps & { chart: ChartSpec };
  const png = svgToPng(await renderEventSvg(props as EventImageProps), chart.image.width * 1);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
