// Interface words per locale. Story prose lives in content/<lang>/; these are the words that
// components put around data (units, attributions, legend entries).
import type { Locale } from '../../schema/localized.ts';
import type { CasualtyGroup, EventKind } from '../../schema/event.ts';

interface Strings {
  killed: Record<CasualtyGroup, [one: string, other: string]>;
  wounded: string;
  and: string;
  accordingTo: string;
  near: string;
  noToll: string;
  qualifier: { 'at-least': string; about: string; 'more-than': string; nearly: string };
  kinds: Record<EventKind, string>;
  /** One or two words per kind, for the legend beside the sticky map. */
  kindsShort: Record<EventKind, string>;
  contested: string;
  columns: { date: string; place: string; event: string; casualties: string; sources: string };
  legend: { kinds: string; size: string; sizeNote: string; deaths: string };
  mapCredit: string;
  mapCreditShort: string;
  ui: {
    mapLabel: string;
    timelineStart: string;
    timelineEnd: string;
    before: string;
    after: string;
    timelineHeading: string;
    timelineIntro: string;
    aboutMapHeading: string;
    allEvents: string;
    tableCaption: string;
    updated: string;
    inDataset: string;
  };
  charts: { monthsInFigures: string; deathsByMonth: string; month: string; deathsHeading: string; deathsIntro: string };
  data: {
    title: string;
    description: string;
    intro: string;
    downloads: string;
    filters: string;
    kind: string;
    country: string;
    from: string;
    to: string;
    search: string;
    any: string;
    shown: string;
    sortBy: string;
    caption: string;
  };
}

export const strings: Record<Locale, Strings> = {
  en: {
    killed: { soldiers: ['soldier', 'soldiers'], civilians: ['civilian', 'civilians'], militants: ['attacker', 'attackers'] },
    wounded: 'wounded',
    and: 'and',
    accordingTo: 'according to',
    near: 'near',
    noToll: 'no toll reported',
    qualifier: { 'at-least': 'at least', about: 'about', 'more-than': 'more than', nearly: 'nearly' },
    kinds: {
      'attack-on-soldiers': 'Attack on security forces',
      'attack-on-civilians': 'Attack on civilians',
      political: 'Political event',
      diplomatic: 'Diplomatic event',
      military: 'Military move or withdrawal',
    },
    kindsShort: {
      'attack-on-soldiers': 'Attack on forces',
      'attack-on-civilians': 'Attack on civilians',
      political: 'Political',
      diplomatic: 'Diplomatic',
      military: 'Military move',
    },
    contested: 'Figures differ by source',
    columns: { date: 'Date', place: 'Place', event: 'Event', casualties: 'Reported casualties', sources: 'Sources' },
    legend: { kinds: 'Kind of event', size: 'Reported deaths', sizeNote: 'Marker area shows the headline toll of soldiers and civilians killed; claims of attackers killed are listed but not drawn.', deaths: 'deaths' },
    ui: {
      mapLabel: 'Map of the Niger–Mali–Burkina Faso border area. Each marker is an event; select one to see its sources.',
      timelineStart: 'Coup',
      timelineEnd: 'Last French troops leave',
      before: 'Before the coup',
      after: 'After the withdrawal',
      timelineHeading: 'From the coup to the withdrawal, event by event',
      timelineIntro: 'Every event in the dataset between the coup and the departure of the last French troops, with who reported each figure and where it was published.',
      aboutMapHeading: 'Events and sources',
      allEvents: 'All {n} events in the dataset, with sources',
      tableCaption: 'Events shown on the map, with reported casualties and sources',
      updated: 'Latest event in the dataset:',
      inDataset: 'This event in the dataset',
    },
    charts: { monthsInFigures: 'The months in figures', deathsByMonth: 'Reported deaths by month', month: 'Month', deathsHeading: 'Reported deaths, month by month', deathsIntro: 'Soldiers and civilians killed in the events of our dataset, by month, using the first figure reported for each event. The dataset holds the deadliest and best-sourced attacks, not every incident, so this is a floor, not a total.' },
    data: {
      title: 'The dataset: every event and its sources',
      description: 'Every event in the Three Borders dataset of the conflict in the Niger–Mali–Burkina Faso border area, with dates, places, attributed casualty figures and sources.',
      intro: 'Each row is one event, with the figures each party reported and the articles they come from. Download the whole dataset below; it is free to reuse with credit.',
      downloads: 'Download',
      filters: 'Filter the table',
      kind: 'Kind',
      country: 'Country',
      from: 'From year',
      to: 'To year',
      search: 'Search',
      any: 'Any',
      shown: '{n} of {total} events shown',
      sortBy: 'Sort by',
      caption: 'All events in the dataset',
    },
    mapCreditShort: 'Boundaries: Natural Earth · Events: Three Borders dataset, from news reports',
    mapCredit: 'Map: Three Borders. Boundaries, rivers and lakes: Natural Earth. Events: Three Borders dataset, compiled from news reports.',
  },
  fr: {
    killed: { soldiers: ['soldat', 'soldats'], civilians: ['civil', 'civils'], militants: ['assaillant', 'assaillants'] },
    wounded: 'blessés',
    and: 'et',
    accordingTo: 'selon',
    near: 'près de',
    noToll: 'aucun bilan publié',
    qualifier: { 'at-least': 'au moins', about: 'environ', 'more-than': 'plus de', nearly: 'près de' },
    kinds: {
      'attack-on-soldiers': 'Attaque contre les forces de sécurité',
      'attack-on-civilians': 'Attaque contre des civils',
      political: 'Événement politique',
      diplomatic: 'Événement diplomatique',
      military: 'Mouvement ou retrait militaire',
    },
    kindsShort: {
      'attack-on-soldiers': 'Attaque contre les forces',
      'attack-on-civilians': 'Attaque contre des civils',
      political: 'Politique',
      diplomatic: 'Diplomatie',
      military: 'Mouvement militaire',
    },
    contested: 'Les bilans diffèrent selon les sources',
    columns: { date: 'Date', place: 'Lieu', event: 'Événement', casualties: 'Bilans publiés', sources: 'Sources' },
    legend: { kinds: 'Type d’événement', size: 'Morts recensés', sizeNote: 'La surface des symboles représente le bilan principal des soldats et civils tués ; les revendications de pertes ennemies sont citées mais pas dessinées.', deaths: 'morts' },
    ui: {
      mapLabel: 'Carte de la zone frontalière entre le Niger, le Mali et le Burkina Faso. Chaque symbole est un événement ; sélectionnez-le pour voir ses sources.',
      timelineStart: 'Coup d’État',
      timelineEnd: 'Départ des derniers soldats français',
      before: 'Avant le coup d’État',
      after: 'Après le retrait',
      timelineHeading: 'Du coup d’État au retrait, événement par événement',
      timelineIntro: 'Tous les événements de la base entre le coup d’État et le départ des derniers soldats français, avec l’auteur de chaque bilan et sa source.',
      aboutMapHeading: 'Événements et sources',
      allEvents: 'Les {n} événements de la base, avec leurs sources',
      tableCaption: 'Événements figurant sur la carte, avec les bilans publiés et leurs sources',
      updated: 'Dernier événement de la base :',
      inDataset: 'Cet événement dans la base',
    },
    charts: { monthsInFigures: 'Les mois en chiffres', deathsByMonth: 'Morts recensés par mois', month: 'Mois', deathsHeading: 'Les morts recensés, mois par mois', deathsIntro: 'Soldats et civils tués lors des événements de notre base, par mois, selon le premier bilan publié pour chacun. La base retient les attaques les plus meurtrières et les mieux documentées, pas tous les incidents : c’est un minimum, pas un total.' },
    data: {
      title: 'La base de données : chaque événement et ses sources',
      description: 'Tous les événements de la base Three Borders sur le conflit dans la zone frontalière Niger–Mali–Burkina Faso, avec dates, lieux, bilans attribués et sources.',
      intro: 'Chaque ligne est un événement, avec les bilans publiés par chaque partie et les articles d’où ils viennent. La base complète se télécharge ci-dessous ; elle est réutilisable librement en citant la source.',
      downloads: 'Télécharger',
      filters: 'Filtrer le tableau',
      kind: 'Type',
      country: 'Pays',
      from: 'À partir de',
      to: 'Jusqu’à',
      search: 'Rechercher',
      any: 'Tous',
      shown: '{n} événements affichés sur {total}',
      sortBy: 'Trier par',
      caption: 'Tous les événements de la base',
    },
    mapCreditShort: 'Frontières : Natural Earth · Événements : base Three Borders, d’après la presse',
    mapCredit: 'Carte : Three Borders. Frontières, fleuves et lacs : Natural Earth. Événements : base de données Three Borders, établie à partir de la presse.',
  },
};
