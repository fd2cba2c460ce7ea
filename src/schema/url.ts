// Links that leave the dataset for readers' browsers and every download: only web pages. A
// `javascript:`, `data:`, `vbscript:` or `file:` address would run or read something on the
// reader's machine, so it is refused outright; plain `http:` is accepted only where a record says
// the page exists over nothing else (`http_only: true`), so no insecure link is published by accident.
import { z } from 'astro/zod';
import { limits } from './text.ts';

function scheme(value: string): string | undefined {
  try {
    return new URL(value).protocol;
  } catch {
    return undefined;
  }
}

/** An absolute http(s) URL; any other scheme, or text that is not a URL, is refused with a hint. */
export const webUrl = z
  .string()
  .trim()
  .max(limits.url, `is longer than ${limits.url} characters: link the page's canonical address`)
  .superRefine((value, ctx) => {
    const protocol = scheme(value);
    if (protocol === undefined) {
      ctx.addIssue({ code: 'custom', message: 'must be a full https:// URL (e.g. "https://www.example.org/article")' });
    } else if (protocol !== 'https:' && protocol !== 'http:') {
      ctx.addIssue({
        code: 'custom',
        message: `uses the "${protocol}" scheme: only https:// links are published (http:// with "http_only": true); link the web page itself`,
      });
    }
  });

/** True when `url` is plain http. */
export function isPlainHttp(url: string): boolean {
  return scheme(url) === 'http:';
}

/** The message for an http:// link without the flag, or a flag on an https:// link. */
export function httpProblem(url: string, httpOnly: boolean | undefined): string | undefined {
  if (isPlainHttp(url) && !httpOnly)
    return 'is http://, not https://: use the https:// address if the page is served over https, or add "http_only": true after the url if it is not';
  if (!isPlainHttp(url) && httpOnly) return '"http_only": true is set but the url is not http://: remove the flag';
  return undefined;
}
