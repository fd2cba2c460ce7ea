// One event in the dataset (data/events.json). Every field is documented so that editors see the
// rules on hover; cross-checks between records (unique ids, known places) live in
// src/lib/dataset/validate.ts.
import { z } from 'astro/zod';
import { kebabId, perEdition, type Localized } from './localized.ts';
import { limits, localizedText, name, text } from './text.ts';
import { httpProblem, webUrl } from './url.ts';
import { countingProblems } from '../lib/events/counting.ts';

export const eventKinds = ['attack-on-soldiers', 'attack-on-civilians', 'political', 'diplomatic', 'military'] as const;
export type EventKind = (typeof eventKinds)[number];

export const casualtyGroups = ['soldiers', 'civilians', 'militants'] as const;
export type CasualtyGroup = (typeof casualtyGroups)[number];

/** Why a claim is shown but never counted; see the counting rule in src/lib/events/counting.ts. */
export const notCountedReasons = ['superseded', 'partial', 'armed-group', 'unattributed'] as const;

/** An encyclopedia summarises others' figures: it is never the party that made a claim. */
function wikipediaClaimant(claimant: Localized): boolean {
  return /wikip[eé]dia/i.test(Object.values(claimant).join(' '));
}

const isoDate = z.iso.date('must be a real date written YYYY-MM-DD');

export const sourceSchema = z
  .strictObject({
    /** Who published it; name the agency too when a site republishes wire copy: "Yahoo News (AFP)". */
    publisher: name(limits.publisher),
    /** The headline as published; with `headline_missing`, a plain description of the article in its language. */
    title: text(limits.sourceTitle),
    /**
     * `true` when the stored copy of the page shows no headline: `title` then describes the article in
     * our words, and readers see it marked "headline not recorded" (never a bracketed prefix in `title`).
     */
    headline_missing: z.literal(true).optional(),
    /**
     * `true` when the stored copy shows no headline but the page address spells one out: `title` is
     * that headline rebuilt from the address (accents and punctuation restored), marked as such to readers.
     */
    headline_from_url: z.literal(true).optional(),
    /** Where it can be read: an https:// address (no other scheme is published). */
    url: webUrl,
    /** `true` only when the page exists over plain http:// and nowhere over https://. */
    http_only: z.literal(true).optional(),
    /** Publication date; null only when the page shows none; never after the build date. */
    date: isoDate.nullable(),
    /** The news agency whose dispatch this page carries, when it is a syndicated copy (e.g. "AFP"). */
    agency: z.string().min(1).max(80).optional(),
  })
  .superRefine((s, ctx) => {
    const problem = httpProblem(s.url, s.http_only);
    if (problem) ctx.addIssue({ code: 'custom', path: ['url'], message: problem });
    if (s.headline_missing && s.headline_from_url) {
      ctx.addIssue({
        code: 'custom',
        path: ['headline_from_url'],
        message:
          'a title is either our description (`headline_missing`) or the headline rebuilt from the address (`headline_from_url`), not both: keep one',
      });
    }
    // A bracketed note in a headline ("[headline not captured] …") would be shown to readers as if published.
    if (/^\s*\[/.test(s.title)) {
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message:
          'must be the headline as published, not a bracketed note: when the page shows no headline, describe the article in `title` and set `headline_missing: true` (or, for a headline rebuilt from the page address, `headline_from_url: true`)',
      });
    }
  });
export type Source = z.infer<typeof sourceSchema>;

/** A number of people: a whole number, 0 or more. */
const peopleCount = z
  .number('must be a number of people')
  .int('must be a whole number of people')
  .min(0, 'must be 0 or more: a number of people cannot be negative');

export const claimSchema = z
  .strictObject({
    /** Whose losses: `soldiers` (all security forces), `civilians`, or `militants` (attackers). */
    group: z.enum(casualtyGroups),
    /** People killed, according to `claimed_by`. */
    killed: peopleCount.optional(),
    /** People wounded, according to `claimed_by`. */
    wounded: peopleCount.optional(),
    /** How the figure was given: `exact`, `at-least` ("at least 90"), `more-than` ("more than 70"), `about` ("about 20"). */
    qualifier: z.enum(['exact', 'at-least', 'more-than', 'about']).default('exact'),
    /** Who made the claim, as readers should see it: "Niger's defence ministry". */
    claimed_by: localizedText(limits.claimant, name),
    /**
     * The claimant as a map callout names it where room is short, in the sources' own short form:
     * "defence ministry" / "ministère de la Défense", "HRW". Optional (the callout then keeps
     * `claimed_by`); never a different party, and never longer than `claimed_by`.
     */
    claimed_by_short: localizedText(limits.claimantShort, name).optional(),
    /** URL of the event source that reports this figure (must be one of the event's sources). */
    source: webUrl.optional(),
    /**
     * Why this figure can never be the counted one (see src/lib/events/counting.ts):
     * `superseded` (a first or provisional toll that a later toll replaced), `partial` (it counts
     * only some of the victims, e.g. the bodies buried in one town), `armed-group` (a claim by an
     * armed group), `unattributed` (no identifiable party, e.g. social-media posts).
     */
    not_counted: z.enum(notCountedReasons).optional(),
    /**
     * True on the one claim of each victim group that sums, marker sizes and charts count: the
     * claim the counting rule picks (src/lib/events/counting.ts). The build refuses any other.
     */
    counted: z.boolean().optional(),
  })
  .refine((c) => c.killed !== undefined || c.wounded !== undefined, {
    message: 'a claim needs a `killed` or a `wounded` figure',
  })
  .refine((c) => !wikipediaClaimant(c.claimed_by), {
    path: ['claimed_by'],
    message: 'Wikipedia is never a claimant: credit the source Wikipedia cites, or drop the claim',
  })
  .superRefine((c, ctx) => {
    if (!c.claimed_by_short) return;
    for (const [locale, short] of Object.entries(c.claimed_by_short)) {
      const full = c.claimed_by[locale as keyof typeof c.claimed_by];
      if (full !== undefined && short.length > full.length)
        ctx.addIssue({
          code: 'custom',
          path: ['claimed_by_short', locale],
          message: `is longer than claimed_by ("${full}"): the short form must be shorter, or leave it out`,
        });
    }
    if (wikipediaClaimant(c.claimed_by_short))
      ctx.addIssue({
        code: 'custom',
        path: ['claimed_by_short'],
        message: 'Wikipedia is never a claimant: name the party that made the claim',
      });
  });
export type Claim = z.infer<typeof claimSchema>;

const eventText = z.strictObject({
  /** One line, in our words: what happened, where. */
  title: text(limits.title),
  /** Two or three neutral sentences in our words, attributing every contested fact. */
  summary: text(limits.summary),
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
    place_note: localizedText(limits.placeNote).optional(),
    /** Reader-facing text per language. */
    text: perEdition(eventText),
    /** Casualty figures, each with who claimed it; `counted` marks the one of each group that is counted. */
    casualties: z.array(claimSchema).default([]),
    /**
     * Shared by events that may be reports of one incident (two villages, one attack): sums and
     * charts count the incident once, with the largest counted toll of its events per group.
     * A kebab-case id of its own, e.g. "2024-12-10-chatoumane-petelkole".
     */
    incident: kebabId.optional(),
    /** The day the event entered the published dataset, YYYY-MM-DD: the date of its entry in /updates.xml. */
    added: isoDate.optional(),
    /**
     * Distance in km from the marker's place to where the event happened, as reported, for an
     * `approx` marker; more than 30 km is said in the reader-facing note.
     */
    place_offset_km: z.number().positive().max(1000).optional(),
    /** Who was involved, named as the sources name them. */
    actors: z.array(localizedText(limits.actor, name)).default([]),
    /** At least one published source. */
    sources: z.array(sourceSchema).min(1, 'needs at least one source'),
    /** A political or military milestone, labelled on the timeline. */
    milestone: z.boolean().default(false),
    /** Caveats for readers: contested dates, places or figures. */
    note: localizedText(limits.note).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.date_end && e.date_end < e.date) {
      ctx.addIssue({ code: 'custom', path: ['date_end'], message: `must not be before date (${e.date})` });
    }
    const urls = new Set(e.sources.map((s) => s.url));
    e.casualties.forEach((c, i) => {
      if (c.source && urls.size > 0 && !urls.has(c.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['casualties', i, 'source'],
          message: "must be the URL of one of this event's sources",
        });
      }
    });
    for (const problem of countingProblems(e.casualties)) {
      ctx.addIssue({ code: 'custom', path: ['casualties', problem.index, 'counted'], message: problem.message });
    }
    if (e.place_offset_km !== undefined && e.place_precision !== 'approx') {
      ctx.addIssue({
        code: 'custom',
        path: ['place_offset_km'],
        message:
          'only an `approx` marker is away from the site: set place_precision to "approx" or remove the distance',
      });
    }
  });

/**
 * An id starts with the date it names; an event dated only to the month may name the month.
 * Checked across files (src/lib/dataset/cross-checks.ts): a corrected date keeps its id.
 */
export function idMatchesDate(id: string, date: string, precision: string): boolean {
  return id.startsWith(`${date}-`) || (precision === 'month' && id.startsWith(`${date.slice(0, 7)}-`));
}

export type EventInput = z.input<typeof eventSchema>;
export type NigerEvent = z.infer<typeof eventSchema>;
