// oEmbed discovery: which oEmbed documents a page advertises in its <head>, read from its path, so
// that every page showing a chart (the story, /embed/, each chart's and each event's page) lets a
// CMS find the embed behind it.
import { charts } from './charts.ts';
import { localize } from '../format/localize.ts';
import { localePath, pathLocale, twinPath } from '../i18n/routes.ts';
import { defaultLocale } from '../i18n/editions.ts';

export interface OembedLink {
  path: string;
  title: string;
}

/** `title` is the page's own title, used for event pages. */
export function oembedLinks(pathname: string, title: string): OembedLink[] {
  const locale = pathLocale(pathname);
  const english = twinPath(pathname, defaultLocale);
  const chartLink = (chart: (typeof charts)[number]) => ({
    path: localePath(locale, `/embed/${chart.id}/oembed.json`),
    title: localize(chart.title, locale),
  });
  if (english === '/' || english === '/index.html' || english === '/embed/') return charts.map(chartLink);
  const event = /^\/(?:embed\/)?events?\/([^/]+)\/$/.exec(english);
  if (event) return [{ path: localePath(locale, `/embed/event/${event[1]}/oembed.json`), title }];
  const chart = charts.find((c) => english === `/embed/${c.id}/`);
  return chart ? [chartLink(chart)] : [];
}
