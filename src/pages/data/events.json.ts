// The dataset as one JSON download, generated at build from the validated collection.
import type { APIRoute } from 'astro';
import { loadDataset } from '../../data';
import { datasetLicence } from '../../lib/export/licence';

export const GET: APIRoute = async () => {
  const { events, places } = await loadDataset();
  const body = { name: 'Three Borders events dataset', ...datasetLicence, events, places };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
