// Every event as an embeddable chart: its locator map at /embed/event/<id>/, with the same snippet,
// oEmbed and images as the named charts (an id with a slash: "event/<id>").
import type { NigerEvent } from '../../schema/event.ts';
import type { ChartSpec } from './charts.ts';
import { locatorSize } from '../map/locator.ts';
import { byEdition } from '../i18n/editions.ts';

/**
 * The static image: a header, the locator map at 1.25 times its page size, a credit line. 600 px
 * wide, the social-card minimum: a build draws one per event and edition, and resvg's time grows
 * with the pixels.
 */
export const eventImage = { scale: 1.25, width: locatorSize.width * 1.25, header: 100, footer: 48 } as const;

export function eventChart(event: Pick<NigerEvent, 'id' | 'text'>): ChartSpec {
  const mapHeight = locatorSize.height * eventImage.scale;
  return {
    id: `event/${event.id}`,
    kind: 'locator',
    title: byEdition((e) => event.text[e.code].title),
    description: byEdition((e) => event.text[e.code].summary),
    aspect: 1.05,
    // The tallest event embed at 320 px (long names and place notes, in French) plus a little room.
    phoneHeight: 1070,
    retina: false,
    image: { width: eventImage.width, height: eventImage.header + mapHeight + eventImage.footer },
  };
}

/** The event's page, in an edition: /events/<id>/ or /fr/events/<id>/. */
export const eventPagePath = (id: string) => `/events/${id}/`;
