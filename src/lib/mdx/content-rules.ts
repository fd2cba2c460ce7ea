// What MDX content may contain. Content is prose and a handful of our components: raw <script>,
// an inline event handler or a javascript: link would run in readers' browsers (and break the
// strict CSP silently), an unknown component used to fail with the route's name instead of the
// file's, and a step pasted twice showed the same map twice. Each problem names file and line.
import { mdxToMdast } from 'satteri';

/** The components the pages hand to MDX content (src/pages/[...lang]/index.astro, ProsePage). */
export const contentComponents = ['Step', 'Stat', 'Claim', 'When', 'SourceQualityTable'] as const;

/** Elements that load or run code, or restyle the page against the CSP. */
const forbiddenElements = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form']);

export interface MdxProblem {
  line: number;
  message: string;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

function attributeText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value) return `{${String((value as { value: unknown }).value)}}`;
  return value === null || value === undefined ? 'true' : String(value);
}

export function mdxProblems(
  source: string,
  { components = contentComponents as readonly string[] } = {},
): MdxProblem[] {
  const tree = mdxToMdast(source) as unknown as Node;
  const problems: MdxProblem[] = [];
  const steps = new Map<string, number>();
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'html' && typeof node.value === 'string' && /<\s*script|\son[a-z]+\s*=/i.test(node.value)) {
      problems.push({
        line,
        message:
          'raw HTML with a script or an event handler: content may not run code; remove it (behaviour belongs in src/scripts/)',
      });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const name = node.name;
      if (forbiddenElements.has(name.toLowerCase())) {
        problems.push({
          line,
          message: `<${name}> is not allowed in content: it would load or run code in readers' browsers; remove it (behaviour belongs in src/scripts/, styles in src/styles/)`,
        });
      } else if (/^[A-Z]/.test(name) && !components.includes(name)) {
        problems.push({
          line,
          message: `unknown component <${name}>: use one of ${components.map((c) => `<${c}>`).join(', ')}, or add it to the page's components`,
        });
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
          if (attribute.type === 'mdxJsxExpressionAttribute')
            problems.push({ line, message: `<${name} {...}> spreads attributes: write each attribute by name` });
          continue;
        }
        if (/^on/i.test(attribute.name))
          problems.push({
            line,
            message: `<${name} ${attribute.name}=…> is an inline event handler: content may not run code; remove it`,
          });
        else if (attribute.name === 'dangerouslySetInnerHTML')
          problems.push({
            line,
            message: `<${name} dangerouslySetInnerHTML> injects raw HTML: write the text in the MDX instead`,
          });
        else if (/^\s*(?:javascript|vbscript|data):/i.test(attributeText(attribute.value)))
          problems.push({
            line,
            message: `<${name} ${attribute.name}="${attributeText(attribute.value).slice(0, 20)}…"> links to a script: link to an https:// page`,
          });
      }
      if (name === 'Step') {
        const signature = (node.attributes ?? [])
          .filter((a) => a.name && a.name !== 'alt')
          .map((a) => `${a.name}=${attributeText(a.value)}`)
          .sort()
          .join(' ');
        const first = steps.get(signature);
        if (first !== undefined)
          problems.push({
            line,
            message: `this <Step> places the same step as line ${first}: each step is placed once (its anchor names one place); add a new step to src/lib/story/steps.ts for a second scene`,
          });
        else steps.set(signature, line);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

/** One error for all of a file's problems, each as "file:line: message". */
export function mdxError(file: string, problems: readonly MdxProblem[]): Error {
  return new Error(
    `${problems.length} problem(s) in ${file}:\n${problems.map((p) => `  ${file}:${p.line}: ${p.message}`).join('\n')}`,
  );
}
