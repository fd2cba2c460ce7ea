// /embed/event/<id>/chart.svg (and /fr/…): an event's locator map as a standalone SVG image.
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import EventImage from '../../../../../components/EventImage.astro';
import { loadDataset } from '../../../../../data';
import { eventEditionPaths } from '../../../../../lib/embed/event-paths';
import { svgDocument } from '../../../../../lib/images/render';
import { typesetMarkup } from '../../../../../lib/format/typography';
import type { NigerEvent } from '../../../../../schema/event';
import type { Place } from '../../../../../schema/place';
import type { Locale } from '../../../../../schema/localized';

export async function getStaticPaths() {
  const { events, placesById } = await loadDataset();
  return eventEditionPaths(events, placesById);
}

export interface EventImageProps {
  event: NigerEvent;
  place: Place;
  locale: Locale;
}

// The locator map carries presentation attributes already: no stylesheet to convert.
export async function renderEventSvg(props: EventImageProps): Promise<string> {
  const container = await AstroContainer.create();
  // Typeset here, not only by the middleware: the PNG is drawn from this string.
  return svgDocument(
    typesetMarkup(
      await container.renderToString(EventImage, {
        props: { event: props.event, place: props.place, locale: props.locale },
      }),
      props.locale,
    ),
    { inline: false },
  );
}

export const GET: APIRoute = async ({ props }) =>
  new Response(await renderEventSvg(props as EventImageProps), { headers: { 'Content-Type': 'image/svg+xml' } });
