// Turns a <Step> written in MDX into a map state, failing loudly with what was found, a hint and
// the file, so an editor's typo stops the build instead of silently showing the wrong map.
import { checkRange } from '../events/select.ts';
import type { MapState } from '../map/state.ts';
import { isViewName, viewNames } from '../map/views.ts';
import type { StoryStep } from './steps.ts';

/** A step as written (steps.ts gives its map state, the MDX its alt), checked here before it is drawn. */
export interface StepProps extends Omit<StoryStep, 'view'> {
  view: string;
  alt?: string;
}

export interface Known {
  placeIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
}

export class StoryError extends Error {
  constructor(where: string, found: string, hint: string) {
    super(`${where}: ${found}\n  Hint: ${hint}`);
    this.name = 'StoryError';
  }
}

function list(value: unknown, name: string, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new StoryError(
      where,
      `${name} must be a list of ids, found ${JSON.stringify(value)}`,
      `write ${name}={["niamey", "teguey"]}`,
    );
  }
  return value;
}

export function stepState(props: StepProps, known: Known, file: string): MapState {
  const where = `${file} <Step view="${props.view}" from="${props.from}" to="${props.to}">`;
  if (!isViewName(props.view)) {
    throw new StoryError(
      where,
      `unknown view "${props.view}"`,
      `use one of ${viewNames.join(', ')}, or add a view to src/lib/map/views.ts`,
    );
  }
  if (!props.alt || !props.alt.trim()) {
    throw new StoryError(
      where,
      'the step has no alt text',
      'add alt="…": one sentence saying what the map shows at this step',
    );
  }
  try {
    checkRange({ from: props.from, to: props.to }, 'dates');
  } catch (error) {
    throw new StoryError(where, (error as Error).message, 'dates are inclusive and written YYYY-MM-DD, from before to');
  }
  const highlight = list(props.highlight, 'highlight', where);
  const focus = list(props.focus, 'focus', where);
  for (const id of highlight) {
    if (!known.placeIds.has(id))
      throw new StoryError(where, `unknown place "${id}" in highlight`, 'use an id from data/places.json');
  }
  for (const id of focus) {
    if (!known.eventIds.has(id))
      throw new StoryError(where, `unknown event "${id}" in focus`, 'use an id from data/events.json');
  }
  return { view: props.view, from: props.from, to: props.to, highlight, focus };
}
