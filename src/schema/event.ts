// One event in the dataset (data/events.json). Every field is documented so that editors see the
// rules on hover; cross-checks between records (unique ids, known places) live in
// src/lib/dataset/validate.ts.
import { z } from 'astro/zod';
import { kebabId, localized } from './localized.ts';

export const eventKinds = ['attack-on-soldiers', 'attack-on-civilians', 'political', 'diplomatic', 'military'] as const;
export type EventKind = (typeof eventKinds)[number];

export const casualtyGroups = ['soldiers', 'civilians', 'militants'] as const;
export type CasualtyGroup = (typeof casualtyGroups)[number];

const isoDate = z.iso.date('must be a real date written YYYY-MM-DD');

export const sourceSchema = z.strictObject({
  /** Who published it; name the agency too when a site republishes wire copy: "Yahoo News (AFP)". */
  publisher: z.string().trim().min(1),
  /** The headline as published. */
  title: z.string().trim().min(1),
  /** Where it can be read. */
  url: z.url('must be a full http(s) URL'),
  /** Publication date; null only when the page shows none. */
  date: isoDate.nullable(),
  /** The news agency whose dispatch this page carries, when it is a syndicated copy (e.g. "AFP"). */
  agency: z.string().min(1).max(80).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const claimSchema = z
  .strictObject({
    /** Whose losses: `soldiers` (all security forces), `civilians`, or `militants` (attackers). */
    group: z.enum(casualtyGroups),
    /** People killed, according to `claimed_by`. */
    killed: z.number().int().nonnegative().optional(),
    /** People wounded, according to `claimed_by`. */
    wounded: z.number().int().nonnegative().optional(),
    /** How the figure was given: `exact`, `at-least` ("at least 90"), `more-than` ("more than 70"), `about` ("about 20"). */
    qualifier: z.enum(['exact', 'at-least', 'more-than', 'about']).default('exact'),
    /** Who made the claim, as readers should see it: "Niger's defence ministry". */
    claimed_by: localized,
    /** URL of the event source that reports this figure (must be one of the event's sources). */
    source: z.url().optional(),
  })
  .refine((c) => c.killed !== undefined || c.wounded !== undefined, {
    message: 'a claim needs a `killed` or a `wounded` figure',
  });
export type Claim = z.infer<typeof claimSchema>;

const eventText = z.strictObject({
  /** One line, in our words: what happened, where. */
  title: z.string().trim().min(1),
  /** Two or three neutral sentences in our words, attributing every contested fact. */
  summary: z.string().trim().min(1),
});

export const eventSchema = z
  .strictObject({
    /** Stable kebab-case id starting with the date: "2024-03-20-teguey-bankilare-ambush". */
    id: kebabId,
    /** The day it happened (not the day it was reported), YYYY-MM-DD. */
    date: isoDate,
    /** Last day, for events that lasted several days. */
    date_end: isoDate.optional(),
    /** `day`; `month` (only the month is known; date is the 1st); `reported` (only the report date is known). */
    date_precision: z.enum(['day', 'month', 'reported']),
    /** What kind of event; sets the marker's colour and shape. */
    kind: z.enum(eventKinds),
    /** Id of a place in data/places.json where the marker sits. */
    place: kebabId,
    /**
     * How precisely the marker shows where it happened: `exact`, `town` (in or at the town),
     * `approx` (near the place: see place_note), `country` (national scope, shown at the capital).
     */
    place_precision: z.enum(['exact', 'town', 'approx', 'country']),
    /** Where it really happened when the marker is only nearby: "Motogatta, a village of Tondikiwindi commune". */
    place_note: localized.optional(),
    /** Reader-facing text per language. */
    text: z.strictObject({ en: eventText, fr: eventText }),
    /** Casualty figures, each with who claimed it. The first claim of each group is the headline figure. */
    casualties: z.array(claimSchema).default([]),
    /** Who was involved, named as the sources name them. */
    actors: z.array(localized).default([]),
    /** At least one published source. */
    sources: z.array(sourceSchema).min(1, 'needs at least one source'),
    /** A political or military milestone, labelled on the timeline. */
    milestone: z.boolean().default(false),
    /** Caveats for readers: contested dates, places or figures. */
    note: localized.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.date_end && e.date_end < e.date) {
      ctx.addIssue({ code: 'custom', path: ['date_end'], message: `must not be before date (${e.date})` });
    }
    const urls = new Set(e.sources.map((s) => s.url));
    e.casualties.forEach((c, i) => {
      if (c.source && urls.size > 0 && !urls.has(c.source)) {
        ctx.addIssue({ code: 'custom', path: ['casualties', i, 'source'], message: 'must be the URL of one of this event\'s sources' });
      }
    });
  });

export type EventInput = z.input<typeof eventSchema>;
export type NigerEvent = z.infer<typeof eventSchema>;
