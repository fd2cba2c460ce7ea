// The copy-paste embed code, in one version per kind of host page (src/lib/embed/strings.ts
// explains which suits which CMS), and the oEmbed description. Every iframe works alone: its
// width and height attributes fit a phone when a CMS strips styles and scripts; its style keeps
// the chart's proportion on wider pages; the loader script, when present, fits it exactly.
import type { ChartSpec } from './charts.ts';
import type { Locale } from '../i18n/locales.ts';
import type { SnippetKind } from './strings.ts';
import { localePath } from '../i18n/routes.ts';

export { resizeMessageType } from './resize-messages.ts';

type EmbedSpec = Pick<ChartSpec, 'id' | 'aspect' | 'phoneHeight' | 'image' | 'retina'>;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedUrl(origin: string, chart: Pick<ChartSpec, 'id'>, locale: Locale = 'en'): string {
  return new URL(localePath(locale, `/embed/${chart.id}/`), origin).href;
}

/** The chart's PNG: 1x (its stated size) or 2x (twice as many pixels each way). */
export function imageUrl(
  origin: string,
  chart: Pick<ChartSpec, 'id'>,
  locale: Locale = 'en',
  scale: 1 | 2 = 1,
): string {
  return new URL(localePath(locale, `/embed/${chart.id}/chart${scale === 2 ? '@2x' : ''}.png`), origin).href;
}

function iframe(
  origin: string,
  chart: EmbedSpec,
  title: string,
  locale: Locale,
  { style, marked }: { style: boolean; marked: boolean },
): string {
  const ratio = `100 / ${Math.round(chart.aspect * 100)}`;
  return [
    `<iframe src="${embedUrl(origin, chart, locale)}" title="${escapeAttribute(title)}"${marked ? ' data-three-borders' : ''} width="100%" height="${chart.phoneHeight}" frameborder="0" loading="lazy"`,
    style
      ? `  style="width:100%;height:auto;aspect-ratio:${ratio};min-height:${chart.phoneHeight}px;border:0"></iframe>`
      : '></iframe>',
  ].join(style ? '\n' : '');
}

/** Our own code: the iframe and the loader that sizes it to its content. */
export function embedSnippet(origin: string, chart: EmbedSpec, title: string, locale: Locale = 'en'): string {
  return [
    iframe(origin, chart, title, locale, { style: true, marked: true }),
    `<script src="${new URL('/embed.js', origin).href}" async></script>`,
  ].join('\n');
}

/** Every version of the code, for the host pages listed in SnippetKind. */
export function embedSnippets(
  origin: string,
  chart: EmbedSpec,
  title: string,
  locale: Locale,
  showMore: string,
): Record<SnippetKind, string> {
  const url = embedUrl(origin, chart, locale);
  const box = `three-borders-${chart.id.replace(/[^a-z0-9-]/g, '-')}`;
  return {
    loader: embedSnippet(origin, chart, title, locale),
    pym: [
      `<div id="${box}"></div>`,
      `<script src="https://pym.nprapps.org/pym.v1.min.js"></script>`,
      `<script>new pym.Parent('${box}', '${url}', { title: '${title.replace(/['\\]/g, '\\$&').replace(/</g, '\\x3c')}' });</script>`,
    ].join('\n'),
    amp: [
      `<amp-iframe src="${url}" title="${escapeAttribute(title)}" width="640" height="${Math.round(640 * chart.aspect)}" layout="responsive" resizable frameborder="0"`,
      `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation">`,
      `  <button overflow type="button">${escapeAttribute(showMore)}</button>`,
      `</amp-iframe>`,
    ].join('\n'),
    oembed: url,
    iframe: iframe(origin, chart, title, locale, { style: false, marked: false }),
    image: `<a href="${url}"><img src="${imageUrl(origin, chart, locale)}"${chart.retina === false ? '' : ` srcset="${imageUrl(origin, chart, locale, 2)} 2x"`} alt="${escapeAttribute(title)}" width="${chart.image.width}" height="${chart.image.height}" style="max-width:100%;height:auto"></a>`,
  };
}

/**
 * The oEmbed description. The site is static, so maxwidth and maxheight cannot be read: width is
 * 640 and height the phone height, the iframe fills whatever width the consumer gives it, and the
 * images come in two sizes (see strings.ts, `widths`).
 */
export function oembed(origin: string, chart: EmbedSpec, title: string, locale: Locale = 'en') {
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Three Borders',
    provider_url: new URL('/', origin).href,
    title,
    html: embedSnippet(origin, chart, title, locale),
    width: 640,
    height: Math.max(chart.phoneHeight, Math.round(640 * chart.aspect)),
    thumbnail_url: imageUrl(origin, chart, locale),
    thumbnail_width: chart.image.width,
    thumbnail_height: chart.image.height,
  };
}
