// The dataset as CSV, one row per event, generated at build from the validated collection.
import type { APIRoute } from 'astro';
import { loadDataset } from '../../data';
import { eventsCsv } from '../../lib/export/csv';

export const GET: APIRoute = async () => {
  const { events, placesById } = await loadDataset();
  return new Response(eventsCsv(events, placesById), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
