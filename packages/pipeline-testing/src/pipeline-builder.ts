import { UsageError, assertSafeName } from '@ce/core';
import type { AnyNodeStrategy, NodeStrategy } from './node-strategy.js';
import { isNodeStrategy } from './node-strategy.js';
import { validateGraph } from './graph-validation.js';
import { Pipeline, type PipelineNode } from './pipeline.js';

/**
 * What a run is for, and so which strategy each node gets:
 * - `unit`: nodes in isolation; every node that has a mock runs its mock.
 * - `integration`: real components; every node runs its real strategy.
 * - `e2e`: the whole pipeline with the outside world mocked; nodes marked `external` run their mock,
 *   the others their real strategy.
 */
export type PipelineMode = 'unit' | 'integration' | 'e2e';
export const PIPELINE_MODES: readonly PipelineMode[] = ['unit', 'integration', 'e2e'];

export function assertPipelineMode(value: string): PipelineMode {
  if ((PIPELINE_MODES as readonly string[]).includes(value)) return value as PipelineMode;
  throw new UsageError('pipeline-bad-mode', `unknown pipeline mode "${value}"`, { hint: `use one of ${PIPELINE_MODES.join(', ')}` });
}

export interface NodeOptions<Input, Output> {
  /** The stand-in for this node: run in unit mode, and in e2e mode when the node is `external`. */
  mock?: NodeStrategy<Input, Output>;
  /** The node calls the outside world (network, a model, a paid API): e2e mode runs its mock. */
  external?: boolean;
  /** One line for the graph and `--help`. */
  description?: string;
}

/** The data types of a pipeline's nodes, accumulated by addNode. */
export type NodeTypes = Record<string, { input: unknown; output: unknown }>;

type Fits<Out, In> = [Out] extends [In] ? true : false;
/**
 * An edge from → to type-checks when from's output fits to's input, or when to's input is an object
 * with a property named after from (a join node receives `{ [predecessor]: output }`).
 */
type EdgeCheck<Nodes extends NodeTypes, From extends keyof Nodes, To extends keyof Nodes> = unknown extends Nodes[To]['input']
  ? []
  : Fits<Nodes[From]['output'], Nodes[To]['input']> extends true
    ? []
    : From extends keyof Nodes[To]['input']
      ? Fits<Nodes[From]['output'], Nodes[To]['input'][From]> extends true
        ? []
        : [error: `the output of "${From & string}" does not fit the input of "${To & string}"`]
      : [error: `the output of "${From & string}" does not fit the input of "${To & string}"`];

interface NodeEntry {
  name: string;
  real: AnyNodeStrategy;
  mock: AnyNodeStrategy | undefined;
  external: boolean;
  description: string | undefined;
  override: AnyNodeStrategy | undefined;
}

/**
 * Builds a pipeline: nodes with strategies, edges between them, validated on build().
 *
 * ```ts
 * const pipeline = new PipelineBuilder({ mode: 'e2e', name: 'prp' })
 *   .addNode('parse', parseStrategy)
 *   .addNode('research', realSerena, { mock: new MockSerenaStrategy(canned), external: true })
 *   .addEdge('parse', 'research')
 *   .build();
 * const result = await pipeline.run(initialText, { logger });
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the empty start of the accumulated node types
export class PipelineBuilder<Nodes extends NodeTypes = {}> {
  readonly mode: PipelineMode;
  readonly name: string;
  private readonly nodes = new Map<string, NodeEntry>();
  private readonly edges: { from: string; to: string }[] = [];
  private entries: string[] | undefined;

  constructor(options: { mode?: PipelineMode; name?: string } | PipelineMode = {}) {
    const opts = typeof options === 'string' ? { mode: options } : options;
    this.mode = assertPipelineMode(opts.mode ?? 'unit');
    this.name = opts.name ?? 'pipeline';
  }

  /** Adds a node. Names are unique; a second node of the same name is an error naming it. */
  addNode<N extends string, Input, Output>(
    name: N,
    strategy: NodeStrategy<Input, Output>,
    options: NodeOptions<Input, Output> = {},
  ): PipelineBuilder<Nodes & Record<N, { input: Input; output: Output }>> {
    assertSafeName(name, 'node name');
    if (this.nodes.has(name)) {
      throw new UsageError('pipeline-duplicate-node', `pipeline "${this.name}": node "${name}" is added twice`, {
        hint: 'give every node its own name',
        details: { node: name },
      });
    }
    for (const [what, value] of [
      ['strategy', strategy],
      ['mock', options.mock],
    ] as const) {
      if (value !== undefined && !isNodeStrategy(value)) {
        throw new UsageError(
          'pipeline-bad-strategy',
          `pipeline "${this.name}": the ${what} of node "${name}" is not a NodeStrategy (it needs execute() and isMocked())`,
          {
            details: { node: name },
          },
        );
      }
    }
    this.nodes.set(name, {
      name,
      real: strategy,
      mock: options.mock,
      external: options.external ?? false,
      description: options.description,
      override: undefined,
    });
    return this as unknown as PipelineBuilder<Nodes & Record<N, { input: Input; output: Output }>>;
  }

  /** Feeds from's output to to. Checked on build(): both must be nodes, and the graph acyclic. */
  addEdge<From extends keyof Nodes & string, To extends keyof Nodes & string>(
    from: From,
    to: To,
    ...typeCheck: EdgeCheck<Nodes, From, To>
  ): this {
    void typeCheck;
    this.edges.push({ from, to });
    return this;
  }

  /** Names the entry nodes (they receive the run's input). Default: every node without incoming edges. */
  setEntry(...names: (keyof Nodes & string)[]): this {
    this.entries = names;
    return this;
  }

  /**
   * Replaces the strategy a node runs in every mode (a plugin's strategy, a recorder or a replay
   * wrapped around the current one). The function gets the strategy the mode would have chosen.
   */
  replaceStrategy<N extends keyof Nodes & string>(
    name: N,
    replacement:
      | NodeStrategy<Nodes[N]['input'], Nodes[N]['output']>
      | ((current: NodeStrategy<Nodes[N]['input'], Nodes[N]['output']>) => NodeStrategy<Nodes[N]['input'], Nodes[N]['output']>),
  ): this {
    const entry = this.nodes.get(name);
    if (!entry) {
      throw new UsageError('pipeline-unknown-node', `pipeline "${this.name}" has no node "${name}"`, {
        hint: `known nodes: ${[...this.nodes.keys()].join(', ')}`,
        details: { node: name },
      });
    }
    const next = typeof replacement === 'function' ? replacement(this.chosen(entry)) : replacement;
    if (!isNodeStrategy(next)) {
      throw new UsageError(
        'pipeline-bad-strategy',
        `pipeline "${this.name}": the replacement strategy of node "${name}" is not a NodeStrategy`,
        { details: { node: name } },
      );
    }
    entry.override = next;
    return this;
  }

  /** Node names, in the order they were added. */
  nodeNames(): string[] {
    return [...this.nodes.keys()];
  }

  /** Nodes marked `external` (they call the outside world): the ones to record or replay. */
  externalNodes(): (keyof Nodes & string)[] {
    return [...this.nodes.values()].filter((n) => n.external).map((n) => n.name as keyof Nodes & string);
  }

  /** Validates the graph (unknown nodes, cycles, unreachable nodes) and returns the runnable pipeline. */
  build(): Pipeline<Nodes> {
    const names = [...this.nodes.keys()];
    const graph = validateGraph({ name: this.name, nodes: names, edges: this.edges, entries: this.entries });
    const nodes: PipelineNode[] = names.map((name) => {
      const entry = this.nodes.get(name) as NodeEntry;
      const strategy = this.chosen(entry);
      return {
        name,
        strategy,
        mocked: strategy.isMocked(),
        external: entry.external,
        description: entry.description,
        strategyName: strategy.name ?? (strategy.isMocked() ? 'mock' : 'real'),
      };
    });
    return new Pipeline<Nodes>({ name: this.name, mode: this.mode, nodes, edges: [...this.edges], graph });
  }

  private chosen(entry: NodeEntry): AnyNodeStrategy {
    if (entry.override) return entry.override;
    if (this.mode === 'unit') return entry.mock ?? entry.real;
    if (this.mode === 'e2e' && entry.external) return entry.mock ?? entry.real;
    return entry.real;
  }
}
