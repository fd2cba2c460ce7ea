// /corrections.xml and /fr/corrections.xml: the corrections log as an Atom feed.
import type { APIRoute } from 'astro';
import { loadDataset } from '../../data';
import { atomXml } from '../../lib/feeds/atom';
import { correctionsFeed } from '../../lib/feeds/dataset-feeds';
import { editionPaths } from '../../lib/i18n/routes';
import type { Locale } from '../../schema/localized';

export const getStaticPaths = () => editionPaths();

export const GET: APIRoute = async ({ props, site }) => {
  const { corrections, eventsById, meta } = await loadDataset();
  const feed = correctionsFeed(corrections, eventsById, meta.checked, site!, (props as { locale: Locale }).locale);
  return new Response(atomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
