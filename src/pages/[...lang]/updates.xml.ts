// /updates.xml and /fr/updates.xml: the events added to the dataset as an Atom feed.
import type { APIRoute } from 'astro';
import { loadDataset } from '../../data';
import { atomXml } from '../../lib/feeds/atom';
import { updatesFeed } from '../../lib/feeds/dataset-feeds';
import { editionPaths } from '../../lib/i18n/routes';
import type { Locale } from '../../schema/localized';

export const getStaticPaths = () => editionPaths();

export const GET: APIRoute = async ({ props, site }) => {
  const { events, meta } = await loadDataset();
  const feed = updatesFeed(events, meta.checked, site!, (props as { locale: Locale }).locale);
  return new Response(atomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
