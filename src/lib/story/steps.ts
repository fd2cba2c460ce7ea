// The story's steps, defined once for every edition: what the map shows at each one (view, dates
// inclusive, places ringed, events given a callout). content/<lang>/story.mdx places each step with
// <Step step="…" alt="…"> and writes only its words. A step's key is its published anchor, #step-<key>:
// readers and newsrooms link to these, so a key never changes once published, even when what the
// step shows does (add a new step rather than renaming one).
import type { ViewName } from '../map/views.ts';

export interface StoryStep {
  /** A named view from src/lib/map/views.ts. */
  view: ViewName;
  /** First day of the events shown, YYYY-MM-DD (inclusive). */
  from: string;
  /** Last day of the events shown, YYYY-MM-DD (inclusive). */
  to: string;
  /** Place ids (data/places.json) to label and ring. */
  highlight?: readonly string[];
  /** Event ids (data/events.json) to emphasise, each with a callout on the map. */
  focus?: readonly string[];
}

export const storySteps = {
  'west-africa-niamey': { view: 'west-africa', from: '2016-10-06', to: '2026-02-26', highlight: ['niamey'] },
  'niger-niamey': {
    view: 'niger',
    from: '2016-10-06',
    to: '2026-02-26',
    highlight: ['niamey', 'bamako', 'ouagadougou'],
  },
  'tri-border-ayorou': {
    view: 'tri-border',
    from: '2016-10-06',
    to: '2026-02-26',
    highlight: ['ayorou', 'tillaberi', 'dori', 'menaka', 'gao'],
  },
  'tillaberi-tillaberi': {
    view: 'tillaberi',
    from: '2016-10-06',
    to: '2023-07-25',
    highlight: ['tillaberi', 'ouallam', 'tera', 'bankilare', 'torodi', 'banibangou'],
  },
  'tri-border-tongo-tongo-ambush': {
    view: 'tri-border',
    from: '2016-10-06',
    to: '2019-12-31',
    highlight: ['tongo-tongo', 'inates', 'ayorou'],
    focus: ['2017-10-04-tongo-tongo-ambush', '2019-12-10-inates-camp-attack'],
  },
  'tillaberi-chinegodar-camp-attack': {
    view: 'tillaberi',
    from: '2020-01-01',
    to: '2021-12-31',
    highlight: ['sine-godar', 'tchoma-bangou', 'tillia', 'banibangou'],
    focus: [
      '2020-01-09-chinegodar-camp-attack',
      '2021-01-02-tchoma-bangou-zaroumdareye-massacres',
      '2021-03-21-tillia-massacres',
    ],
  },
  'tillaberi-last-barkhane-troops-leave-mali-for-niger': {
    view: 'tillaberi',
    from: '2022-01-01',
    to: '2023-07-25',
    highlight: ['ouallam', 'niamey', 'yassane-labbezanga-crossing'],
    focus: ['2022-08-15-last-barkhane-troops-leave-mali-for-niger'],
  },
  'niamey-niamey': { view: 'niamey', from: '2023-07-26', to: '2023-07-28', highlight: ['niamey'] },
  'west-africa-abuja': {
    view: 'west-africa',
    from: '2023-07-29',
    to: '2023-08-22',
    highlight: ['abuja', 'bamako', 'ouagadougou', 'niamey'],
  },
  'tri-border-koutougou-ambush': {
    view: 'tri-border',
    from: '2023-07-26',
    to: '2023-08-31',
    highlight: ['anzourou', 'sanam', 'torodi'],
    focus: ['2023-08-15-koutougou-ambush'],
  },
  'niamey-niamey-air-base-101': {
    view: 'niamey',
    from: '2023-08-03',
    to: '2023-09-24',
    highlight: ['niamey-air-base-101', 'niamey'],
  },
  'niger-bamako': {
    view: 'niger',
    from: '2023-09-16',
    to: '2023-09-16',
    highlight: ['bamako', 'niamey', 'ouagadougou'],
  },
  'tillaberi-tabatol-takanamat-ambushes': {
    view: 'tillaberi',
    from: '2023-09-25',
    to: '2023-10-09',
    highlight: ['ayorou', 'takanamat'],
    focus: ['2023-10-02-tabatol-takanamat-ambushes'],
  },
  'withdrawal-route-ouallam': {
    view: 'withdrawal-route',
    from: '2023-10-10',
    to: '2023-11-30',
    highlight: ['ouallam', 'niamey', 'n-djamena'],
  },
  'niamey-last-french-troops-leave-niger': {
    view: 'niamey',
    from: '2023-12-01',
    to: '2023-12-22',
    highlight: ['niamey-air-base-101'],
    focus: ['2023-12-22-last-french-troops-leave-niger'],
  },
  'tillaberi-teguey-bankilare-ambush': {
    view: 'tillaberi',
    from: '2024-01-01',
    to: '2024-12-31',
    highlight: ['tondikiwindi', 'teguey', 'bankilare', 'chatoumane'],
    focus: ['2024-03-20-teguey-bankilare-ambush', '2024-12-10-chatoumane-attack'],
  },
  'niger-niamey-2': {
    view: 'niger',
    from: '2024-01-28',
    to: '2025-03-30',
    highlight: ['niamey', 'agadez-air-base-201', 'ouagadougou'],
  },
  'tri-border-fambita-mosque-attack': {
    view: 'tri-border',
    from: '2025-01-01',
    to: '2025-12-31',
    highlight: ['fambita', 'gorouol', 'banibangou', 'tillaberi'],
    focus: ['2025-03-21-fambita-mosque-attack', '2025-06-21-manda-mosque-massacre'],
  },
  'tillaberi-niamey-airport-air-base-101-attack': {
    view: 'tillaberi',
    from: '2026-01-01',
    to: '2026-02-26',
    highlight: ['niamey-air-base-101', 'gorouol', 'makalondi'],
    focus: ['2026-01-29-niamey-airport-air-base-101-attack'],
  },
} as const satisfies Record<string, StoryStep>;

export type StepKey = keyof typeof storySteps;

export function isStepKey(key: string): key is StepKey {
  return Object.hasOwn(storySteps, key);
}

/** The anchor a step's section carries: "step-<key>". */
export const stepAnchor = (key: StepKey) => `step-${key}`;
