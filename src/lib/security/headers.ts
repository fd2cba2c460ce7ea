// The site's security and caching headers, in one place. astro.config.mjs gives the same
// directives to Astro, which writes them with script and style hashes into every page's <meta>;
// `npm run headers` writes public/_headers (Netlify and Cloudflare Pages format) from here, and the
// README shows the nginx equivalent. Every script and stylesheet is a file of its own on this
// site, so 'self' covers them in a header too; nothing is allowed inline.
import { locales } from '../i18n/locales.ts';
import { localePath } from '../i18n/routes.ts';

/** Fetch directives for every page. No other origin, nothing inline. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * The whole policy as an HTTP header. Embeds must be framable by any outlet; every other page
 * only by this site (a <meta> policy cannot say this, so it lives in the header alone).
 */
export function contentSecurityPolicy(frameAncestors: "'self'" | '*'): string {
  return [
    ...cspDirectives,
    "script-src 'self'",
    "style-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    'upgrade-insecure-requests',
  ].join('; ');
}

export const commonHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Strict-Transport-Security': 'max-age=31536000',
};

/** The site's sections. Each gets its own CSP rule so that no two rules give one page two policies. */
export const sections = ['/data/', '/methodology/', '/corrections/', '/events/'] as const;

interface Rule {
  path: string;
  headers: Record<string, string>;
}

/** Public, credential-free files: any origin may read them. */
export const anyOrigin = { 'Access-Control-Allow-Origin': '*' } as const;
/** The files under /embed/<chart>/ (and /embed/event/<id>/) that other sites fetch. */
export const corsFiles = ['oembed.json', 'chart.png', 'chart@2x.png', 'chart.svg'] as const;

export function headerRules(): Rule[] {
  const reading = { 'Content-Security-Policy': contentSecurityPolicy("'self'") };
  const framable = { 'Content-Security-Policy': contentSecurityPolicy('*') };
  const rules: Rule[] = [{ path: '/*', headers: { ...commonHeaders } }];
  for (const locale of locales) {
    const home = localePath(locale, '/');
    rules.push({ path: home, headers: reading }, { path: `${home}index.html`, headers: reading });
    for (const section of sections) rules.push({ path: `${localePath(locale, section)}*`, headers: reading });
    rules.push({ path: `${localePath(locale, '/embed/')}*`, headers: framable });
  }
  // Hashed file names change with their content: cache them for a year. Readable from any origin:
  // embed pages load them, also inside a sandboxed (opaque-origin) frame such as WordPress's.
  rules.push({ path: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable', ...anyOrigin } });
  // The embed loader keeps its name so that pasted snippets keep working: cache it for an hour.
  rules.push({ path: '/embed.js', headers: { 'Cache-Control': 'public, max-age=3600', ...anyOrigin } });
  // oEmbed documents and chart images, for browser-side oEmbed consumers and canvases elsewhere.
  for (const locale of locales) {
    for (const file of corsFiles) rules.push({ path: `${localePath(locale, '/embed/')}*/${file}`, headers: anyOrigin });
  }
  return rules;
}

/** public/_headers, as `npm run headers` writes it. */
export function headersFile(): string {
  const blocks = headerRules().map((r) =>
    [r.path, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'),
  );
  return [
    '# Written by `npm run headers` from src/lib/security/headers.ts: edit that file, not this one.',
    '# Format: Netlify and Cloudflare Pages. nginx: see README, "Publishing".',
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}

/** Whether a _headers path pattern (exact, or with one * splat, which matches anything) matches a site path. */
export function patternMatches(pattern: string, path: string): boolean {
  const star = pattern.indexOf('*');
  if (star === -1) return pattern === path;
  const [before, after] = [pattern.slice(0, star), pattern.slice(star + 1)];
  return path.length >= before.length + after.length && path.startsWith(before) && path.endsWith(after);
}
