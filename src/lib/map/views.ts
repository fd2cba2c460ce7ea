// Named map views are data: a maintainer adds a view by adding a row, and story steps, embed URLs
// and image renders all refer to views by name.

export interface ViewSpec {
  /** Bounding box [west, south, east, north] in degrees that must fit in the frame. */
  bbox: readonly [number, number, number, number];
  /** Highest place rank labelled in this view (1 capitals, 2 towns, 3 villages). */
  labelRank: 1 | 2 | 3;
}

export const views = {
  'west-africa': { bbox: [-17.5, 4, 16, 24], labelRank: 1 },
  niger: { bbox: [-9, 10.5, 16, 23.5], labelRank: 1 },
  'tri-border': { bbox: [-1.5, 13, 4.5, 16.8], labelRank: 2 },
  tillaberi: { bbox: [0, 12.3, 4.8, 16.7], labelRank: 2 },
  niamey: { bbox: [1.6, 13.15, 2.6, 13.85], labelRank: 3 },
  'withdrawal-route': { bbox: [0.5, 9, 16, 17], labelRank: 1 },
} as const satisfies Record<string, ViewSpec>;

export type ViewName = keyof typeof views;
export const viewNames = Object.keys(views) as ViewName[];

export function isViewName(name: string): name is ViewName {
  return Object.hasOwn(views, name);
}
