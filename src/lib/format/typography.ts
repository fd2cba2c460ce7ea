// Each edition's spacing rules, applied to text at render time, so that nobody types an invisible
// character in a strings file, an MDX page or the dataset. French (the Imprimerie nationale's rules,
// as most French newsrooms set them on screen): a narrow no-break space before ; : ! ? and inside
// « guillemets » and between the thousands of a typed number (as Intl writes them), and a
// no-break space before % ("12 %", as Intl writes it too) and between a number and its unit ("52 km"). The writer types plain spaces
// (or none, for guillemets); only spaces that are there become no-break ones before ; : ! ?,
// so a URL ("https://"), a time or an English quotation keeps its punctuation as typed.
//
// Where it runs: src/middleware.ts over every HTML page, SVG image and Atom feed of the edition
// (text and reader-facing attributes, never <code>, <pre>, <textarea>, <script> or <style>); the
// chart images before their PNG is drawn; oEmbed titles. The downloads (CSV, JSON, GeoJSON) carry
// the dataset's text as written, plain spaces and all: they are data for reuse, not typeset pages.
import type { Locale } from '../../schema/localized.ts';
import { edition, type Edition } from '../i18n/editions.ts';

const narrow = '\u202f';
const noBreak = '\u00a0';

const rules: Record<Edition['typography'], (text: string) => string> = {
  plain: (text) => text,
  french: (text) =>
    text
      .replace(/[ \u00a0\u202f]+(?=[;:!?])/g, narrow)
      .replace(/«[ \u00a0\u202f]*/g, `«${narrow}`)
      .replace(/[ \u00a0\u202f]*»/g, `${narrow}»`)
      .replace(/(?<=\d)[ \u00a0](?=\d{3}(?!\d))/g, narrow)
      .replace(/[ \u00a0\u202f]+(?=%)/g, noBreak)
      .replace(/(?<=\d) (?=(?:km|m|kg|h)(?![\p{L}\d]))/gu, noBreak),
};

/** `text` with the spacing rules of `locale`'s edition. Idempotent: typesetting twice changes nothing. */
export function typeset(text: string, locale: Locale): string {
  return rules[edition(locale).typography](text);
}

/** Elements whose text is code or data, never reader-facing prose. */
const verbatim = new Set(['code', 'pre', 'textarea', 'script', 'style', 'kbd', 'samp']);
/** Attributes a reader sees or hears. */
const readerAttributes = /(\s(?:alt|title|aria-label|aria-description|placeholder|label|data-alt)=")([^"]*)(")/g;
/** <meta> whose content is a title or description shown to people (search results, social cards). */
const readerMeta =
  /^<meta\s[^>]*(?:name="(?:description|twitter:[a-z:]+)"|property="og:(?:title|description|image:alt)")/;

/**
 * HTML, SVG or XML with `typeset` applied to its text and reader-facing attributes: tags, comments,
 * code and scripts are left as they are, entities too (the rules never touch "&…;").
 */
export function typesetMarkup(markup: string, locale: Locale): string {
  if (edition(locale).typography === 'plain') return markup;
  const open: string[] = [];
  return markup
    .split(/(<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[^>]*>)/)
    .map((token, i) => {
      if (i % 2 === 0) return open.length ? token : typeset(token, locale);
      const tag = /^<(\/?)([a-zA-Z][\w:-]*)/.exec(token);
      if (!tag) return token;
      const name = tag[2]!.toLowerCase();
      if (verbatim.has(name) && !token.endsWith('/>')) {
        if (tag[1]) {
          if (open.at(-1) === name) open.pop();
        } else open.push(name);
        return token;
      }
      if (open.length || tag[1]) return token;
      const withAttributes = token.replace(
        readerAttributes,
        (_, before: string, value: string, after: string) => `${before}${typeset(value, locale)}${after}`,
      );
      return readerMeta.test(token)
        ? withAttributes.replace(
            /(\scontent=")([^"]*)(")/,
            (_, b: string, v: string, a: string) => `${b}${typeset(v, locale)}${a}`,
          )
        : withAttributes;
    })
    .join('');
}
