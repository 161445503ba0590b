import { CeError, errorMessage, isCeError, type Logger } from '@ce/core';
import { cancelledError } from './abortable.js';
import type { ValidatedGraph } from './graph-validation.js';
import type { NodeTypes, PipelineMode } from './pipeline-builder.js';
import { toMermaid } from './mermaid.js';
import { addUsage, NO_USAGE, type AnyNodeStrategy, type NodeContext, type TokenUsage } from './node-strategy.js';

export interface PipelineNode {
  name: string;
  strategy: AnyNodeStrategy;
  /** `strategy.isMocked()`, read when the pipeline was built. */
  mocked: boolean;
  external: boolean;
  description: string | undefined;
  /** The strategy's own name (`serena`, `mock-llm`, `replay`). */
  strategyName: string;
}

export type NodeStatus = 'ok' | 'failed' | 'cancelled' | 'not-run';

/** How one node went: timing (ms from the start of the run), mocked or real, tokens. */
export interface NodeRun {
  name: string;
  status: NodeStatus;
  mocked: boolean;
  strategy: string;
  startMs: number | undefined;
  durationMs: number | undefined;
  /** Tokens this run spent in the node. */
  usage: TokenUsage;
  /** Tokens the recorded real run spent for what this node replayed (saved, not spent). */
  replayed: TokenUsage;
  error?: string;
}

export interface PipelineResult<Nodes extends NodeTypes = NodeTypes> {
  pipeline: string;
  mode: PipelineMode;
  /** Names of the nodes that ran a mock (or a replay), in pipeline order. */
  mockedNodes: string[];
  /** The line every run logs: `MOCKED NODES: research, generate` (or `MOCKED NODES: none`). */
  mockedLine: string;
  nodes: NodeRun[];
  /** Every node's output by name. */
  outputs: { [K in keyof Nodes]: Nodes[K]['output'] };
  /** The exit node's output; with several exit nodes, an object of their outputs by name. */
  output: unknown;
  durationMs: number;
  tokens: { used: TokenUsage; replayed: TokenUsage };
}

export type PipelineEvent =
  | { type: 'mocked'; nodes: string[]; line: string }
  | { type: 'node-start'; node: string; mocked: boolean }
  | { type: 'node-end'; node: string; status: NodeStatus; durationMs: number };

export interface RunOptions {
  /** Cancels the run: running nodes see their context's signal abort; nothing else starts. */
  signal?: AbortSignal;
  /** Where the run logs (`MOCKED NODES: …`, node timings). Nothing is printed without one. */
  logger?: Logger;
  /** Called for every event, synchronously. */
  onEvent?: (event: PipelineEvent) => void;
  /** Most nodes running at once (default: no limit beyond what the graph allows). */
  concurrency?: number;
}

/** The line that states which nodes of a run are mocked. */
export function mockedNodesLine(nodes: readonly string[]): string {
  return `MOCKED NODES: ${nodes.length > 0 ? nodes.join(', ') : 'none'}`;
}

/** A validated pipeline, ready to run any number of times. Built by PipelineBuilder. */
export class Pipeline<Nodes extends NodeTypes = NodeTypes> {
  readonly name: string;
  readonly mode: PipelineMode;
  readonly nodes: readonly PipelineNode[];
  readonly edges: readonly { from: string; to: string }[];
  readonly entries: readonly string[];
  readonly exits: readonly string[];
  private readonly graph: ValidatedGraph;
  private readonly byName: Map<string, PipelineNode>;

  constructor(init: {
    name: string;
    mode: PipelineMode;
    nodes: PipelineNode[];
    edges: { from: string; to: string }[];
    graph: ValidatedGraph;
  }) {
    this.name = init.name;
    this.mode = init.mode;
    this.nodes = init.nodes;
    this.byName = new Map(init.nodes.map((n) => [n.name, n]));
    this.edges = init.edges;
    this.graph = init.graph;
    this.entries = init.graph.entries;
    this.exits = init.graph.exits;
  }

  /** The nodes that will run a mock, in pipeline order. */
  get mockedNodes(): string[] {
    return this.graph.order.filter((name) => this.node(name).mocked);
  }

  /** The graph as a Mermaid flowchart. */
  toMermaid(): string {
    return toMermaid(this);
  }

  /**
   * Runs the pipeline: entry nodes get `input`; a node with one predecessor gets its output, a node
   * with several gets `{ [predecessor]: output }`. Independent branches run at the same time.
   * A node that throws stops the run (the others are cancelled) and the error is thrown: a CeError
   * as it is (a replay miss names its fixture), anything else wrapped naming the node.
   */
  async run(input?: unknown, options: RunOptions = {}): Promise<PipelineResult<Nodes>> {
    const started = performance.now();
    const elapsed = (): number => Math.round((performance.now() - started) * 10) / 10;
    const logger = options.logger?.child({ pipeline: this.name, mode: this.mode });
    const emit = (event: PipelineEvent): void => options.onEvent?.(event);

    const mockedNodes = this.mockedNodes;
    const line = mockedNodesLine(mockedNodes);
    logger?.info(line, { mockedNodes });
    emit({ type: 'mocked', nodes: mockedNodes, line });

    const runs = this.notRunYet();
    const outputs: Record<string, unknown> = {};
    const outer = options.signal;
    const { controller, cancelled, release } = linkCancellation(outer);

    const limit = options.concurrency && options.concurrency > 0 ? options.concurrency : Infinity;
    type Settled = { name: string; ok: boolean; value: unknown };
    const running = new Set<string>();
    // Settled nodes queue up here; the loop below sleeps until one arrives (no race over every node).
    const settledQueue: Settled[] = [];
    let wake: (() => void) | undefined;
    const settle = (result: Settled): void => {
      if (!running.has(result.name)) return; // a node that settles after the run was stopped
      settledQueue.push(result);
      wake?.();
    };
    const waiting = new Map(this.graph.order.map((name) => [name, (this.graph.predecessors.get(name) ?? []).length]));
    const ready = this.graph.order.filter((name) => waiting.get(name) === 0);

    const start = (name: string): void => {
      const node = this.node(name);
      const run = runs.get(name) as NodeRun;
      const preds = this.graph.predecessors.get(name) ?? [];
      const nodeInput =
        preds.length === 0
          ? input
          : preds.length === 1
            ? outputs[preds[0] as string]
            : Object.fromEntries(preds.map((p) => [p, outputs[p]]));
      const context: NodeContext = {
        node: name,
        signal: controller.signal,
        reportUsage(usage, opts) {
          if (opts?.replayed) run.replayed = addUsage(run.replayed, usage);
          else run.usage = addUsage(run.usage, usage);
        },
      };
      run.startMs = elapsed();
      emit({ type: 'node-start', node: name, mocked: node.mocked });
      logger?.debug(`node ${name} started${node.mocked ? ' (mocked)' : ''}`, { node: name, mocked: node.mocked });
      running.add(name);
      void (async () => node.strategy.execute(nodeInput, context))().then(
        (value) => settle({ name, ok: true, value }),
        (error: unknown) => settle({ name, ok: false, value: error }),
      );
    };

    const finish = (name: string, status: NodeStatus): void => {
      const run = runs.get(name) as NodeRun;
      run.status = status;
      run.durationMs = Math.round((elapsed() - (run.startMs ?? 0)) * 10) / 10;
      emit({ type: 'node-end', node: name, status, durationMs: run.durationMs });
      logger?.debug(`node ${name} ${status} in ${run.durationMs} ms${run.mocked ? ' (mocked)' : ''}`, {
        node: name,
        status,
        durationMs: run.durationMs,
        mocked: run.mocked,
      });
    };

    const stopRunning = (status: NodeStatus): void => {
      for (const name of running) finish(name, status);
      running.clear();
    };

    try {
      if (controller.signal.aborted) throw cancelledError(`pipeline "${this.name}"`, outer?.reason);
      for (;;) {
        while (ready.length > 0 && running.size < limit) start(ready.shift() as string);
        if (running.size === 0) break;
        if (settledQueue.length === 0) {
          const woken = await Promise.race([new Promise<'settled'>((resolve) => (wake = () => resolve('settled'))), cancelled]);
          wake = undefined;
          if (woken === 'cancelled') {
            const names = [...running];
            stopRunning('cancelled');
            throw cancelledError(`pipeline "${this.name}" (while running ${names.join(', ')})`, outer?.reason);
          }
        }
        const settled = settledQueue.shift() as Settled;
        running.delete(settled.name);
        if (!settled.ok) {
          finish(settled.name, controller.signal.aborted ? 'cancelled' : 'failed');
          const run = runs.get(settled.name) as NodeRun;
          run.error = errorMessage(settled.value);
          if (outer?.aborted) {
            stopRunning('cancelled');
            throw cancelledError(`pipeline "${this.name}" (in node ${settled.name})`, outer.reason);
          }
          controller.abort(new Error(`node ${settled.name} failed`));
          stopRunning('cancelled');
          logger?.error(`node ${settled.name} failed: ${run.error}`, { node: settled.name });
          throw nodeError(this.name, settled.name, settled.value);
        }
        outputs[settled.name] = settled.value;
        finish(settled.name, 'ok');
        for (const next of this.graph.successors.get(settled.name) ?? []) {
          const left = (waiting.get(next) ?? 0) - 1;
          waiting.set(next, left);
          if (left === 0) ready.push(next);
        }
      }
    } finally {
      release();
    }
    return this.result(runs, outputs, elapsed());
  }

  /** Every node's record before the run: not run, no usage. */
  private notRunYet(): Map<string, NodeRun> {
    return new Map<string, NodeRun>(
      this.graph.order.map((name) => {
        const node = this.node(name);
        const run: NodeRun = {
          name,
          status: 'not-run',
          mocked: node.mocked,
          strategy: node.strategyName,
          startMs: undefined,
          durationMs: undefined,
          usage: { ...NO_USAGE },
          replayed: { ...NO_USAGE },
        };
        return [name, run];
      }),
    );
  }

  /** The finished run: node records in pipeline order, outputs, the exit output(s) and token totals. */
  private result(runs: Map<string, NodeRun>, outputs: Record<string, unknown>, durationMs: number): PipelineResult<Nodes> {
    const nodeRuns = this.graph.order.map((name) => runs.get(name) as NodeRun);
    const tokens = nodeRuns.reduce((sum, r) => ({ used: addUsage(sum.used, r.usage), replayed: addUsage(sum.replayed, r.replayed) }), {
      used: { ...NO_USAGE },
      replayed: { ...NO_USAGE },
    });
    const exits = this.graph.exits;
    const mockedNodes = this.mockedNodes;
    return {
      pipeline: this.name,
      mode: this.mode,
      mockedNodes,
      mockedLine: mockedNodesLine(mockedNodes),
      nodes: nodeRuns,
      outputs: outputs as PipelineResult<Nodes>['outputs'],
      output: exits.length === 1 ? outputs[exits[0] as string] : Object.fromEntries(exits.map((e) => [e, outputs[e]])),
      durationMs,
      tokens,
    };
  }

  /** The node of this name (throws for a name that is not in the pipeline). */
  node(name: string): PipelineNode {
    const node = this.byName.get(name);
    if (!node) throw new CeError('pipeline-unknown-node', `pipeline "${this.name}" has no node "${name}"`, { details: { node: name } });
    return node;
  }
}

/**
 * The run's own abort controller, aborted with the caller's signal; `cancelled` resolves when the
 * caller aborts (the scheduler races it against the next settled node); `release` unhooks it.
 */
function linkCancellation(outer: AbortSignal | undefined): {
  controller: AbortController;
  cancelled: Promise<'cancelled'>;
  release: () => void;
} {
  const controller = new AbortController();
  let resolveCancelled: (value: 'cancelled') => void = () => undefined;
  const cancelled = new Promise<'cancelled'>((resolve) => (resolveCancelled = resolve));
  const onOuterAbort = (): void => {
    controller.abort(outer?.reason);
    resolveCancelled('cancelled');
  };
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  if (outer?.aborted) onOuterAbort();
  return { controller, cancelled, release: () => outer?.removeEventListener('abort', onOuterAbort) };
}

function nodeError(pipeline: string, node: string, error: unknown): CeError {
  if (isCeError(error)) return error;
  return new CeError('pipeline-node-failed', `pipeline "${pipeline}": node "${node}" failed: ${errorMessage(error)}`, {
    cause: error,
    details: { node },
    hint: "the node's strategy threw; its message is above",
  });
}
