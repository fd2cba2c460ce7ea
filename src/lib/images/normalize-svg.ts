// A chart image written so that two renders of the same drawing compare equal line by line: one
// element per line, attributes in one fixed order, numbers in attributes rounded to 2 decimals.
// The golden-image tests (tests/golden/) compare charts in this form, and a reviewer reads the diff.
import { optimize, type CustomPlugin } from 'svgo';
import { round } from '../format/round.ts';

/** Every number with more than 2 decimals in an attribute, rounded: sub-pixel noise is not a change. */
const roundAttributeNumbers: CustomPlugin = {
  name: 'roundAttributeNumbers',
  fn: () => ({
    element: {
      enter(node) {
        for (const [name, value] of Object.entries(node.attributes)) {
          node.attributes[name] = value.replace(/-?\d*\.\d{3,}(?:e-?\d+)?/g, (n) => String(round(Number(n), 2)));
        }
      },
    },
  }),
};

export function normalizeSvg(svg: string): string {
  const { data } = optimize(svg, {
    multipass: false,
    js2svg: { pretty: true, indent: 1, eol: 'lf', finalNewline: true },
    plugins: [roundAttributeNumbers, { name: 'sortAttrs', params: { order: [], xmlnsOrder: 'front' } }],
  });
  return data;
}
