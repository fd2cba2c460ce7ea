// Writes a topology as compact JSON with a trailing newline. Key order follows construction, and
// coordinates are integers after quantization, so output is byte-stable across runs.
import type { Topology } from 'topojson-specification';

export function serializeTopology(topo: Topology): string {
  return `${JSON.stringify(topo)}\n`;
}
