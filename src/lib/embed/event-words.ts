// Words of the per-event pages (/events/<id>/) and their locator-map embeds, in both editions.
import type { Locale } from '../i18n/locales.ts';

interface EventWords {
  eventOf: string;
  when: string;
  where: string;
  tolls: string;
  claimsAndSources: string;
  sources: string;
  nearTime: string;
  nearPlace: string;
  kmAway: (km: number) => string;
  samePlace: string;
  datePrecision: Record<'day' | 'month' | 'reported', string>;
  placePrecision: Record<'exact' | 'town' | 'approx' | 'country', string>;
  /** The locator map's text alternative. */
  mapLabel: (place: string) => string;
  inset: string;
  embedTitle: string;
  embedIntro: string;
  allEvents: string;
  openEvent: string;
}

export const eventWords: Record<Locale, EventWords> = {
  en: {
    eventOf: 'Event in the Three Borders dataset',
    when: 'When',
    where: 'Where',
    tolls: 'Reported tolls',
    claimsAndSources: 'Reported tolls and sources',
    sources: 'Sources',
    nearTime: 'Nearest in time',
    nearPlace: 'Nearest in place',
    kmAway: (km) => `${km} km away`,
    samePlace: 'same place',
    datePrecision: { day: 'the day is known', month: 'only the month is known', reported: 'date of the first report; the day itself is not known' },
    placePrecision: { exact: 'exact location', town: 'in or at the town', approx: 'near this place, not at it', country: 'national scope, shown at the capital' },
    mapLabel: (place) => `Locator map: ${place}, with an inset showing the area in West Africa.`,
    inset: 'West Africa',
    embedTitle: 'Embed this locator map',
    embedIntro: 'The map, date, place and sources of this event, for your own article:',
    allEvents: 'All events in the dataset',
    openEvent: 'The event, its claims and sources',
  },
  fr: {
    eventOf: 'Événement de la base Three Borders',
    when: 'Quand',
    where: 'Où',
    tolls: 'Bilans publiés',
    claimsAndSources: 'Bilans publiés et sources',
    sources: 'Sources',
    nearTime: 'Les plus proches dans le temps',
    nearPlace: 'Les plus proches dans l’espace',
    kmAway: (km) => `à ${km} km`,
    samePlace: 'même lieu',
    datePrecision: { day: 'le jour est connu', month: 'seul le mois est connu', reported: 'date du premier signalement ; le jour même n’est pas connu' },
    placePrecision: { exact: 'lieu exact', town: 'dans la localité ou à ses abords', approx: 'près de ce lieu, pas à cet endroit', country: 'portée nationale, situé à la capitale' },
    mapLabel: (place) => `Carte de situation : ${place}, avec un médaillon situant la zone en Afrique de l’Ouest.`,
    inset: 'Afrique de l’Ouest',
    embedTitle: 'Intégrer cette carte de situation',
    embedIntro: 'La carte, la date, le lieu et les sources de cet événement, pour votre propre article :',
    allEvents: 'Tous les événements de la base',
    openEvent: 'L’événement, ses bilans et ses sources',
  },
};
