// What a page costs a reader: the bytes of every resource it loads, by kind, raw and gzipped.
// Shared by the benchmark (which prints it) and the budget tests (which hold it to src/lib/perf/budgets.ts).

export const assetTypes = ['html', 'css', 'js', 'image', 'font', 'data', 'other'] as const;
export type AssetType = (typeof assetTypes)[number];

export interface Resource {
  url: string;
  type: AssetType;
  raw: number;
  gzip: number;
}
export interface Bytes {
  raw: number;
  gzip: number;
}
export type Weight = Record<AssetType | 'total', Bytes> & { requests: number };

/** The kind of a resource, from its content type, falling back to its file extension. */
export function assetType(url: string, contentType = ''): AssetType {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const ext = new URL(url, 'http://x').pathname.split('.').pop()!.toLowerCase();
  if (type === 'text/html' || ext === 'html') return 'html';
  if (type === 'text/css' || ext === 'css') return 'css';
  if (/javascript|ecmascript/.test(type) || ext === 'js' || ext === 'mjs') return 'js';
  if (type.startsWith('image/') || ['png', 'svg', 'jpg', 'jpeg', 'webp', 'avif', 'gif', 'ico'].includes(ext))
    return 'image';
  if (type.startsWith('font/') || ['woff', 'woff2', 'ttf', 'otf'].includes(ext)) return 'font';
  if (/json|csv|xml/.test(type) || ['json', 'geojson', 'csv', 'topojson'].includes(ext)) return 'data';
  return 'other';
}

/** Adds up resources by kind. A resource loaded twice counts once. */
export function pageWeight(resources: readonly Resource[]): Weight {
  const zero = (): Bytes => ({ raw: 0, gzip: 0 });
  const weight = Object.fromEntries([...assetTypes, 'total'].map((t) => [t, zero()])) as unknown as Weight;
  const seen = new Set<string>();
  for (const r of resources) {
    if (seen.has(r.url)) continue;
    seen.add(r.url);
    for (const key of [r.type, 'total'] as const) {
      weight[key].raw += r.raw;
      weight[key].gzip += r.gzip;
    }
  }
  weight.requests = seen.size;
  return weight;
}

/** "12.3 KB" (1 KB = 1,000 bytes, as Lighthouse counts). */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
