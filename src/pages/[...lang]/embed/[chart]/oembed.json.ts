// /embed/<chart-id>/oembed.json (and /fr/…): the oEmbed description that embed pages link to.
import type { APIRoute } from 'astro';
import { charts, type ChartSpec } from '../../../../lib/embed/charts';
import { oembed } from '../../../../lib/embed/snippet';
import { localize } from '../../../../lib/format/localize';
import { editionPaths } from '../../../../lib/i18n/routes';
import type { Locale } from '../../../../schema/localized';

export function getStaticPaths() {
  return charts.flatMap((chart) => editionPaths({ chart }, { chart: chart.id }));
}

export const GET: APIRoute = ({ props, site }) => {
  const { chart, locale } = props as { chart: ChartSpec; locale: Locale };
  const body = oembed(site!.href, chart, localize(chart.title, locale), locale);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json+oembed' } });
};
