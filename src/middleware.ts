// Every page, image and feed of an edition leaves through its typography (src/lib/format/typography.ts):
// the strings files, the MDX and the dataset are written with plain spaces, and French gets its
// no-break spaces here, at render time, whichever component wrote the text. Binary files (the
// PNGs, which typeset their SVG themselves) and the downloads (data as written) pass untouched.
import { defineMiddleware } from 'astro:middleware';
import { typeset, typesetMarkup } from './lib/format/typography.ts';
import { pathLocale } from './lib/i18n/routes.ts';

const markup = /^(?:text\/html|image\/svg\+xml|application\/atom\+xml)\b/;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const type = response.headers.get('Content-Type') ?? '';
  const locale = pathLocale(context.url.pathname);
  if (markup.test(type)) return retext(response, typesetMarkup(await response.text(), locale));
  if (type.startsWith('application/json+oembed')) {
    const body = (await response.json()) as { title?: string; html?: string };
    if (body.title) body.title = typeset(body.title, locale);
    if (body.html) body.html = typesetMarkup(body.html, locale);
    return retext(response, JSON.stringify(body));
  }
  return response;
});

function retext(response: Response, body: string): Response {
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
