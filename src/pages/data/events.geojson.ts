// The dataset as GeoJSON, one Point per event, generated at build from the validated collection.
import type { APIRoute } from 'astro';
import { loadDataset } from '../../data';
import { eventsGeoJson } from '../../lib/export/geojson';

export const GET: APIRoute = async () => {
  const { events, placesById } = await loadDataset();
  return new Response(JSON.stringify(eventsGeoJson(events, placesById)), { headers: { 'Content-Type': 'application/geo+json' } });
};
