// Words of the embed pages that only embeds use: the skip link, the notes that explain an ignored
// URL parameter, and the guide to which code suits which publishing system.
import { byEdition } from '../i18n/editions.ts';
import { strings } from '../i18n/strings.ts';
import type { MapParamProblem } from './params.ts';

export interface EmbedWords {
  skipMap: string;
  /** Shown when a URL parameter cannot be honoured; the map keeps its default. */
  ignored: Record<MapParamProblem, string>;
  guideTitle: string;
  guideIntro: string;
  /** One entry per kind of host page, in the order of the snippets on /embed/. */
  guide: Record<SnippetKind, { name: string; when: string }>;
  moreCode: string;
  widths: string;
  theme: string;
  /** HTML: the URL parameters and the messages, for developers. */
  devParams: string;
  devMessage: string;
  /** AMP's overflow button, shown when AMP refuses to grow a frame that is in view. */
  showMore: string;
}

export type SnippetKind = 'loader' | 'pym' | 'amp' | 'oembed' | 'iframe' | 'image';

/** Each edition's words are in its strings file (src/lib/i18n/strings-<code>.ts), under `embedPage`. */
export const embedWords = byEdition((e) => strings[e.code].embedPage);
