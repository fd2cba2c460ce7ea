// The copy-paste embed code and its oEmbed description. The iframe works alone (a fixed aspect
// ratio); the loader script, when present, sizes it to its content.
import type { ChartSpec } from './charts.ts';
import type { Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/routes.ts';

export const resizeMessageType = 'three-borders:resize';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedUrl(origin: string, chart: Pick<ChartSpec, 'id'>, locale: Locale = 'en'): string {
  return new URL(localePath(locale, `/embed/${chart.id}/`), origin).href;
}

export function embedSnippet(origin: string, chart: ChartSpec, title: string, locale: Locale = 'en'): string {
  const ratio = `100 / ${Math.round(chart.aspect * 100)}`;
  return [
    `<iframe src="${embedUrl(origin, chart, locale)}" title="${escapeAttribute(title)}" data-three-borders loading="lazy"`,
    `  style="width:100%;aspect-ratio:${ratio};border:0"></iframe>`,
    `<script src="${new URL('/embed.js', origin).href}" async></script>`,
  ].join('\n');
}

export function oembed(origin: string, chart: ChartSpec, title: string, locale: Locale = 'en') {
  const width = 640;
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Three Borders',
    provider_url: new URL('/', origin).href,
    title,
    html: embedSnippet(origin, chart, title, locale),
    width,
    height: Math.round(width * chart.aspect),
    thumbnail_url: new URL(localePath(locale, `/embed/${chart.id}/chart.png`), origin).href,
    thumbnail_width: chart.image.width,
    thumbnail_height: chart.image.height,
  };
}
