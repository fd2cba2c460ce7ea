// The Sätteri (Astro 7's Markdown pipeline) plugin that applies src/lib/mdx/content-rules.ts to
// every .mdx file before it is compiled, so a bad file fails the build with its own name and line.
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { PluginFactoryContext } from 'satteri';
import { mdxError, mdxProblems } from './content-rules.ts';

/** A plugin factory: it checks the source and adds no plugin to the pipeline. */
export function contentGuard(ctx: PluginFactoryContext): null {
  if (ctx.sourceFormat !== 'mdx') return null;
  const problems = mdxProblems(ctx.source);
  if (problems.length > 0) {
    const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'an .mdx file';
    throw mdxError(file, problems);
  }
  return null;
}
