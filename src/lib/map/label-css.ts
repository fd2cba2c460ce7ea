// The part of src/styles/map-labels.css that turns position codes into offsets, one block per
// frame class. Generated from the same tables the placement uses, so the two cannot drift:
// tests/unit/placement-css.test.ts fails when the stylesheet differs, and prints how to rewrite it
// (node src/lib/map/label-css.ts > the block between the markers).
import { frameClasses } from './frame-classes.ts';
import { ascent, descent, directions, levels, lineHeight, shortLevels, type Align } from './label-positions.ts';

const va: Record<Align, string> = {
  center: `calc(${(ascent - descent) / 2} - (var(--n) - 1) * ${lineHeight / 2})`,
  above: `calc(${-descent} - (var(--n) - 1) * ${lineHeight})`,
  below: `${ascent}`,
};

export function labelCss(): string {
  const out: string[] = [];
  frameClasses.forEach((fc, i) => {
    const a = `data-${fc.id}`;
    const lower = frameClasses[i + 1]?.maxWidth;
    const query =
      lower === undefined
        ? `(width <= ${fc.maxWidth}px)`
        : Number.isFinite(fc.maxWidth)
          ? `(${lower}px < width <= ${fc.maxWidth}px)`
          : `(width > ${lower}px)`;
    out.push(
      `@container ${query} {`,
      `  .map { --ls: ${fc.label}; }`,
      `  .lbl[${a}="-"] { visibility: hidden; opacity: 0; }`,
    );
    for (const [code, d] of Object.entries(directions)) {
      const sel = code === 'c' ? `.lbl[${a}^="c"]` : `.lbl[${a}^="${code}"], .lbl[${a}^="${code.toUpperCase()}"]`;
      out.push(
        `  ${sel} { --ux: ${d.ux}; --uy: ${d.uy}; --ta: ${d.anchor}; --va: ${va[d.align]}; --angle: ${d.angle}deg; }`,
      );
    }
    // Upper case: a callout's compact form, its place name alone.
    out.push(
      `  .callout[${a}^="${Object.keys(directions)
        .filter((c) => c !== 'c')
        .map((c) => c.toUpperCase())
        .join(`"], .callout[${a}^="`)}"] { --n: 1; }`,
    );
    out.push(
      `  .callout:is(${Object.keys(directions)
        .filter((c) => c !== 'c')
        .map((c) => `[${a}^="${c.toUpperCase()}"]`)
        .join(', ')}) .callout-detail { display: none; }`,
    );
    // Level as a letter (a = 0 … j = 9): a callout's short form, its figure with a short
    // claimant in place of the full lines, with its own line count (data-ns).
    const short = [...shortLevels].map((l) => `[${a}$="${l}"]`).join(', ');
    out.push(`  .callout:is(${short}) { --n: var(--ns); }`);
    out.push(`  .callout:is(${short}) .callout-detail { display: none; }`);
    out.push(`  .callout:is(${short}) .callout-short { display: inline; }`);
    for (let level = 1; level < levels; level++)
      out.push(`  .lbl[${a}$="${level}"], .lbl[${a}$="${shortLevels[level]}"] { --lv: ${level}; }`);
    out.push('}');
  });
  return out.join('\n');
}

if (import.meta.main) console.log(labelCss());
