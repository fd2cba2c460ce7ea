// Words of the embed pages that only embeds use: the skip link, the notes that explain an ignored
// URL parameter, and the guide to which code suits which publishing system.
import type { Locale } from '../i18n/locales.ts';
import type { MapParamProblem } from './params.ts';

interface EmbedWords {
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

export const embedWords: Record<Locale, EmbedWords> = {
  en: {
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
      loader: { name: 'Our code (iframe and script)', when: 'Any page that accepts a script tag: most newsroom CMSs, Arc, Ghost, Squarespace and WordPress for administrators. The frame is exactly as tall as the chart.' },
      pym: { name: 'pym.js', when: 'Pages that already load pym.js (NPR, many newsroom templates): give pym.Parent the embed address; the chart answers pym’s messages.' },
      amp: { name: 'AMP', when: 'AMP pages: amp-iframe with the resizable attribute; the chart sends AMP’s embed-size request itself.' },
      oembed: { name: 'WordPress, Ghost and other oEmbed consumers', when: 'Paste the embed address alone on its line. The page advertises its oEmbed description; WordPress then keeps only the iframe, whose height attribute fits the chart on a phone.' },
      iframe: { name: 'Iframe only (no scripts allowed)', when: 'Medium, Substack, hosts that strip scripts or styles: the iframe alone, with width and height attributes that show the chart, title and credit without an inner scroll from 320 px up. Medium and Embedly also resize it from the chart’s own message.' },
      image: { name: 'Image link (no iframes allowed)', when: 'Newsletters, e-mail, AMP for e-mail, print: the PNG, linked to the interactive chart. The charts also come as chart@2x.png for sharp screens.' },
    },
    showMore: 'Show the whole chart',
    devParams: 'Add <code>?theme=dark</code> to an embed address for the dark colour scheme, or <code>?theme=auto</code> to follow the reader’s system; embeds are light otherwise. Map embeds also take <code>view</code> (a named map area) and <code>from</code>/<code>to</code> dates (YYYY-MM-DD); a value that cannot be shown (an unknown area, an impossible or reversed date) leaves the map at its default and says so under the title. Each embed page lists its options.',
    devMessage: 'An embed page reports its height to its parent window on load, whenever it changes and whenever asked, in five forms: <code>{ type: "three-borders:resize", chart, height }</code>, pym.js’s <code>pymxPYMx&lt;childId&gt;xPYMxheightxPYMx&lt;px&gt;</code> (when pym.Parent made the frame), AMP’s <code>{ sentinel: "amp", type: "embed-size", height }</code>, Embedly’s and Medium’s <code>{"src", "context": "iframe.resize", "height"}</code> and Datawrapper’s <code>{ "datawrapper-height": { chart: height } }</code>. It answers <code>{ type: "three-borders:request-height" }</code> and pym’s width message. The loader, <code>/embed.js</code>, matches a message to its iframe by window, accepts it only from the origin that iframe’s address leads to (its own, with or without www. and on https, or the loader’s), ignores heights over 20,000 px, asks every frame for its height when it starts and when a frame loads, and handles any number of embeds, with or without <code>data-three-borders</code>.',
    theme: 'colour scheme: light by default, dark, or auto (follows the reader’s system).',
    moreCode: 'Other code for this chart',
    widths: 'oEmbed maxwidth: this site has no server, so it cannot read maxwidth; the oEmbed description gives a width of 640 and a phone height, and the iframe fills the width it is given. The chart images come at 960 px (chart.png) and 1920 px (chart@2x.png); event locator maps at 600 px.',
  },
  fr: {
    skipMap: 'Passer la carte',
    ignored: {
      view: 'Ce module demandait une zone de carte qui n’existe pas : il montre sa vue par défaut.',
      date: 'Ce module demandait une date qui n’existe pas : il montre ses dates par défaut.',
      reversed: 'Ce module demandait une date de fin antérieure à la date de début : il montre ses dates par défaut.',
      outside: 'Ce module demandait des dates sans aucun événement dans la base : il montre ses dates par défaut.',
    },
    guideTitle: 'Quel code pour quelle page',
    guideIntro: 'Chaque version ci-dessous montre le même graphique, avec son crédit et ses sources. Choisissez la première que votre page accepte.',
    guide: {
      loader: { name: 'Notre code (iframe et script)', when: 'Toute page qui accepte une balise script : la plupart des CMS de rédaction, Arc, Ghost, Squarespace et WordPress pour les administrateurs. Le cadre prend exactement la hauteur du graphique.' },
      pym: { name: 'pym.js', when: 'Les pages qui chargent déjà pym.js (NPR, de nombreux gabarits de rédaction) : donnez l’adresse du module à pym.Parent ; le graphique répond aux messages de pym.' },
      amp: { name: 'AMP', when: 'Pages AMP : amp-iframe avec l’attribut resizable ; le graphique envoie lui-même la demande embed-size d’AMP.' },
      oembed: { name: 'WordPress, Ghost et autres clients oEmbed', when: 'Collez l’adresse du module seule sur sa ligne. La page annonce sa description oEmbed ; WordPress ne garde alors que l’iframe, dont l’attribut height montre le graphique en entier sur un téléphone.' },
      iframe: { name: 'Iframe seule (scripts interdits)', when: 'Medium, Substack, les pages qui retirent scripts ou styles : l’iframe seule, avec des attributs width et height qui montrent le graphique, le titre et le crédit sans défilement interne dès 320 px. Medium et Embedly la redimensionnent aussi d’après le message du graphique.' },
      image: { name: 'Lien image (iframes interdites)', when: 'Lettres d’information, courriel, AMP pour courriel, impression : le PNG, avec un lien vers le graphique interactif. Les graphiques existent aussi en chart@2x.png pour les écrans haute définition.' },
    },
    showMore: 'Afficher tout le graphique',
    devParams: 'Ajoutez <code>?theme=dark</code> à l’adresse d’un module pour les couleurs sombres, ou <code>?theme=auto</code> pour suivre le réglage du lecteur ; sinon le module est clair. Les cartes acceptent aussi <code>view</code> (une zone nommée) et des dates <code>from</code>/<code>to</code> (AAAA-MM-JJ) ; une valeur impossible à montrer (zone inconnue, date impossible ou inversée) laisse la carte par défaut et le signale sous le titre. Chaque module liste ses options.',
    devMessage: 'Un module indique sa hauteur à la fenêtre parente au chargement, à chaque changement et sur demande, sous cinq formes : <code>{ type: "three-borders:resize", chart, height }</code>, le message de pym.js <code>pymxPYMx&lt;childId&gt;xPYMxheightxPYMx&lt;px&gt;</code> (si pym.Parent a créé le cadre), celui d’AMP <code>{ sentinel: "amp", type: "embed-size", height }</code>, celui d’Embedly et de Medium <code>{"src", "context": "iframe.resize", "height"}</code> et celui de Datawrapper <code>{ "datawrapper-height": { chart: height } }</code>. Il répond à <code>{ type: "three-borders:request-height" }</code> et au message width de pym. Le chargeur, <code>/embed.js</code>, rattache un message à son iframe par sa fenêtre, ne l’accepte que de l’origine où mène l’adresse de cette iframe (la sienne, avec ou sans www. et en https, ou celle du chargeur), ignore les hauteurs de plus de 20 000 px, demande leur hauteur à tous les cadres au démarrage et quand un cadre se charge, et gère autant de modules qu’il faut, avec ou sans <code>data-three-borders</code>.',
    theme: 'couleurs : claires par défaut, sombres, ou auto (selon le réglage du lecteur).',
    moreCode: 'Autres codes pour ce graphique',
    widths: 'maxwidth d’oEmbed : ce site n’a pas de serveur et ne peut donc pas lire maxwidth ; la description oEmbed donne une largeur de 640 et une hauteur pour téléphone, et l’iframe occupe la largeur qu’on lui donne. Les images des graphiques existent en 960 px (chart.png) et 1 920 px (chart@2x.png) ; les cartes de situation des événements en 600 px.',
  },
};
