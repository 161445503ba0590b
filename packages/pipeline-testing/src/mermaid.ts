import type { Pipeline } from './pipeline.js';

/**
 * A pipeline as a Mermaid flowchart: one box per node (mocked nodes marked and styled), one arrow
 * per edge. Node names that are not Mermaid identifiers get a safe id and keep their name as label.
 */
export function toMermaid(pipeline: Pick<Pipeline, 'name' | 'mode' | 'nodes' | 'edges'>): string {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const node of pipeline.nodes) {
    let id = node.name.replace(/[^A-Za-z0-9_]/g, '_');
    if (/^\d/.test(id) || ['end', 'graph', 'subgraph', 'flowchart', 'style', 'class', 'click'].includes(id.toLowerCase())) id = `n_${id}`;
    while (used.has(id)) id = `${id}_`;
    used.add(id);
    ids.set(node.name, id);
  }
  const lines = [`---`, `title: ${escapeLabel(`${pipeline.name} (${pipeline.mode})`)}`, `---`, 'flowchart LR'];
  for (const node of pipeline.nodes) {
    const detail = node.mocked
      ? `mock: ${node.strategyName}`
      : node.external
        ? `real, external: ${node.strategyName}`
        : `real: ${node.strategyName}`;
    lines.push(
      `  ${ids.get(node.name)}["${escapeLabel(node.name)}<br/><small>${escapeLabel(detail)}</small>"]${node.mocked ? ':::mocked' : ''}`,
    );
  }
  for (const edge of pipeline.edges) lines.push(`  ${ids.get(edge.from)} --> ${ids.get(edge.to)}`);
  lines.push('  classDef mocked stroke-dasharray: 5 5,fill:#fff4dd');
  return `${lines.join('\n')}\n`;
}

function escapeLabel(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}
