import { UsageError } from '@ce/core';

export interface GraphShape {
  /** Pipeline name, for messages. */
  name: string;
  nodes: readonly string[];
  edges: readonly { from: string; to: string }[];
  /** Entry nodes given with setEntry; otherwise every node without incoming edges. */
  entries?: readonly string[];
}

export interface ValidatedGraph {
  entries: string[];
  /** Nodes without outgoing edges: their outputs are the pipeline's output. */
  exits: string[];
  /** Nodes in a topological order (stable: insertion order among ready nodes). */
  order: string[];
  predecessors: Map<string, string[]>;
  successors: Map<string, string[]>;
}

/**
 * Checks a pipeline graph: edges and entries name known nodes, no edge is repeated, there is no
 * cycle, and every node is reachable from an entry. Each problem is a UsageError naming the node.
 */
export function validateGraph(graph: GraphShape): ValidatedGraph {
  const label = `pipeline "${graph.name}"`;
  if (graph.nodes.length === 0) {
    throw new UsageError('pipeline-empty', `${label} has no nodes`, { hint: 'add nodes with addNode(name, strategy)' });
  }
  const known = new Set(graph.nodes);
  const predecessors = new Map<string, string[]>(graph.nodes.map((n) => [n, []]));
  const successors = new Map<string, string[]>(graph.nodes.map((n) => [n, []]));
  const seen = new Set<string>();
  for (const { from, to } of graph.edges) {
    for (const end of [from, to]) {
      if (!known.has(end)) {
        throw new UsageError('pipeline-unknown-node', `${label}: edge ${from} → ${to} names unknown node "${end}"`, {
          hint: `known nodes: ${graph.nodes.join(', ')}; add "${end}" with addNode first`,
          details: { node: end },
        });
      }
    }
    if (from === to) {
      throw new UsageError('pipeline-cycle', `${label} has a cycle: ${from} → ${from}`, {
        hint: 'a node cannot feed itself',
        details: { node: from, cycle: [from, from] },
      });
    }
    const key = `${from}\u0000${to}`;
    if (seen.has(key)) {
      throw new UsageError('pipeline-duplicate-edge', `${label}: edge ${from} → ${to} is added twice`, { details: { node: to } });
    }
    seen.add(key);
    successors.get(from)?.push(to);
    predecessors.get(to)?.push(from);
  }

  for (const entry of graph.entries ?? []) {
    if (!known.has(entry)) {
      throw new UsageError('pipeline-unknown-node', `${label}: entry "${entry}" is not a node`, {
        hint: `known nodes: ${graph.nodes.join(', ')}`,
        details: { node: entry },
      });
    }
  }

  const cycle = findCycle(graph.nodes, successors);
  if (cycle) {
    const shown = cycle.length > 12 ? [...cycle.slice(0, 6), `… (${cycle.length - 1} nodes) …`, ...cycle.slice(-3)] : cycle;
    throw new UsageError('pipeline-cycle', `${label} has a cycle: ${shown.join(' → ')}`, {
      hint: `remove one of the edges of the cycle; node "${cycle[0]}" depends on itself`,
      details: { node: cycle[0], cycle },
    });
  }

  const explicit = graph.entries && graph.entries.length > 0;
  const entries = explicit ? [...(graph.entries ?? [])] : graph.nodes.filter((n) => (predecessors.get(n) ?? []).length === 0);

  for (const entry of entries) {
    const from = predecessors.get(entry) ?? [];
    if (from.length > 0) {
      throw new UsageError('pipeline-entry-has-inputs', `${label}: entry node "${entry}" has incoming edges from ${from.join(', ')}`, {
        hint: 'an entry node takes the pipeline input; remove its incoming edges or choose another entry',
        details: { node: entry },
      });
    }
  }

  const unreachable = unreachableNodes(graph, entries, successors, predecessors, Boolean(explicit));
  if (unreachable.length > 0) {
    const first = unreachable[0] as string;
    throw new UsageError(
      'pipeline-unreachable-node',
      `${label}: node${unreachable.length > 1 ? 's' : ''} ${unreachable.map((n) => `"${n}"`).join(', ')} ${unreachable.length > 1 ? 'are' : 'is'} not reachable from the entry ${entries.map((n) => `"${n}"`).join(', ')}`,
      { hint: `connect "${first}" with addEdge, remove it, or name it in setEntry`, details: { node: first, nodes: unreachable } },
    );
  }

  return {
    entries,
    exits: graph.nodes.filter((n) => (successors.get(n) ?? []).length === 0),
    order: topologicalOrder(graph.nodes, predecessors, successors),
    predecessors,
    successors,
  };
}

function unreachableNodes(
  graph: GraphShape,
  entries: string[],
  successors: Map<string, string[]>,
  predecessors: Map<string, string[]>,
  explicit: boolean,
): string[] {
  if (explicit) {
    const reached = new Set<string>();
    const stack = [...entries];
    while (stack.length > 0) {
      const node = stack.pop() as string;
      if (reached.has(node)) continue;
      reached.add(node);
      stack.push(...(successors.get(node) ?? []));
    }
    return graph.nodes.filter((n) => !reached.has(n));
  }
  // Without explicit entries, every source is an entry; a node that no edge touches, in a pipeline
  // whose other nodes are connected, is a node someone forgot to wire.
  if (graph.edges.length === 0 || graph.nodes.length < 2) return [];
  return graph.nodes.filter((n) => (successors.get(n) ?? []).length === 0 && (predecessors.get(n) ?? []).length === 0);
}

function findCycle(nodes: readonly string[], successors: Map<string, string[]>): string[] | undefined {
  // Iterative depth-first search (a long chain must not overflow the stack).
  const state = new Map<string, 'open' | 'done'>();
  for (const startNode of nodes) {
    if (state.has(startNode)) continue;
    const path: string[] = [startNode];
    const next: number[] = [0];
    state.set(startNode, 'open');
    while (path.length > 0) {
      const node = path[path.length - 1] as string;
      const children = successors.get(node) ?? [];
      const index = next[next.length - 1] as number;
      if (index >= children.length) {
        state.set(node, 'done');
        path.pop();
        next.pop();
        continue;
      }
      next[next.length - 1] = index + 1;
      const child = children[index] as string;
      const s = state.get(child);
      if (s === 'open') return [...path.slice(path.indexOf(child)), child];
      if (s === undefined) {
        state.set(child, 'open');
        path.push(child);
        next.push(0);
      }
    }
  }
  return undefined;
}

function topologicalOrder(nodes: readonly string[], predecessors: Map<string, string[]>, successors: Map<string, string[]>): string[] {
  const remaining = new Map(nodes.map((n) => [n, (predecessors.get(n) ?? []).length]));
  const order: string[] = [];
  const ready = nodes.filter((n) => remaining.get(n) === 0);
  while (ready.length > 0) {
    const node = ready.shift() as string;
    order.push(node);
    for (const next of successors.get(node) ?? []) {
      const left = (remaining.get(next) ?? 0) - 1;
      remaining.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  return order;
}
