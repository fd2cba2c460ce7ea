// Content collections. The three data files are validated together by src/lib/dataset, so a bad
// record fails the build with the file, the record id and the field, and nothing is dropped
// silently (Astro's own file() loader only logs JSON errors and keeps the last duplicate).
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { eventSchema } from './schema/event.ts';
import { placeSchema } from './schema/place.ts';
import { figureSchema } from './schema/figure.ts';
import { correctionSchema } from './schema/correction.ts';
import { files, type Dataset } from './lib/dataset/validate-dataset.ts';
import { readDataset } from './lib/dataset/read-dataset.ts';

function datasetLoader(part: Exclude<keyof Dataset, 'corrections'>): Loader {
  return {
    name: `three-borders-${part}`,
    load: async ({ config, store, parseData, watcher }) => {
      const dataset = await readDataset(config.root);
      store.clear();
      for (const record of dataset[part]) {
        store.set({
          id: record.id,
          data: await parseData({ id: record.id, data: record as unknown as Record<string, unknown> }),
        });
      }
      for (const file of Object.values(files)) watcher?.add(new URL(file, config.root).pathname);
    },
  };
}

// The corrections log may be empty (Astro warns about empty collections), so it is stored as one
// entry holding the whole list.
const correctionsLoader: Loader = {
  name: 'three-borders-corrections',
  load: async ({ config, store, parseData }) => {
    const { corrections } = await readDataset(config.root);
    store.clear();
    store.set({ id: 'log', data: await parseData({ id: 'log', data: { entries: corrections } }) });
  },
};

const pageSchema = z
  .strictObject({
    /** Headline: the page's <h1>, and its <title> when no short_title is given. */
    title: z.string().trim().min(1),
    /** The <title> and social-card title, for headlines longer than search results show (70 characters). */
    short_title: z.string().trim().min(1).max(70).optional(),
    /** 150–160 characters for search results and social cards. */
    description: z.string().trim().min(50).max(200),
    /** One-sentence standfirst under the headline. */
    dek: z.string().trim().min(1).optional(),
  })
  .refine((page) => page.title.length <= 70 || page.short_title, {
    path: ['short_title'],
    message: 'the title is longer than 70 characters: add a short_title for browser tabs and search results',
  });

export const collections = {
  events: defineCollection({ loader: datasetLoader('events'), schema: eventSchema }),
  places: defineCollection({ loader: datasetLoader('places'), schema: placeSchema }),
  figures: defineCollection({ loader: datasetLoader('figures'), schema: figureSchema }),
  corrections: defineCollection({
    loader: correctionsLoader,
    schema: z.object({ entries: z.array(correctionSchema) }),
  }),
  pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content' }), schema: pageSchema }),
};
