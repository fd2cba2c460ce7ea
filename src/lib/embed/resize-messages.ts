// What an embed says to its host page, in every dialect that newsroom pages already listen for.
// One height, five shapes: ours (read by /embed.js), pym.js's child message, AMP amp-iframe's
// embed-size request, Embedly/Medium's iframe.resize and Datawrapper's datawrapper-height. The
// embed also answers the requests a host may send: our loader's, and pym.js's width message.

export const resizeMessageType = 'three-borders:resize';
export const heightRequestType = 'three-borders:request-height';

/** Heights above this are not a chart: /embed.js ignores them (an open event table stays well under). */
export const maxEmbedHeight = 20_000;

export interface FrameReport {
  /** The chart id ("tri-border-map", "event/<id>"). */
  chart: string;
  /** CSS pixels, already rounded up. */
  height: number;
  /** The embed page's own address, which Embedly's listener matches against the iframe's src. */
  href: string;
  /** pym.js's childId URL parameter, present only when a pym.Parent made the frame. */
  pymId: string | null;
}

const pymDelimiter = 'xPYMx';

/** pym.js 1.x wire format: "pym" xPYMx id xPYMx type xPYMx message (see pym.v1.js _makeMessage). */
export function pymMessage(id: string, type: string, message: string | number): string {
  return ['pym', id, type, String(message)].join(pymDelimiter);
}

/** Every message that reports `height`, one per dialect; pym's only when a pym.Parent is listening. */
export function resizeMessages({ chart, height, href, pymId }: FrameReport): unknown[] {
  return [
    { type: resizeMessageType, chart, height },
    // AMP amp-iframe: https://amp.dev/documentation/components/amp-iframe ("Iframe resizing").
    { sentinel: 'amp', type: 'embed-size', height },
    // Embedly and Medium: a JSON string naming the frame's own address.
    JSON.stringify({ src: href, context: 'iframe.resize', height }),
    // Datawrapper's embed listener sizes whichever iframe sent it, whatever the key.
    { 'datawrapper-height': { [chart]: height } },
    ...(pymId ? [pymMessage(pymId, 'height', height)] : []),
  ];
}

/**
 * Whether a message from the parent asks for the height: our loader's request, pym's width, or
 * @newswire/frames' {sentinel: "amp", type: "frames-init"}, which its observeIframe sends to a
 * frame that may have reported before it listened.
 */
export function isHeightRequest(data: unknown, pymId: string | null): boolean {
  const type = data && typeof data === 'object' ? (data as { type?: unknown }).type : undefined;
  if (type === heightRequestType) return true;
  if (type === 'frames-init' && (data as { sentinel?: unknown }).sentinel === 'amp') return true;
  return typeof data === 'string' && pymId !== null && data.startsWith(pymMessage(pymId, 'width', ''));
}
