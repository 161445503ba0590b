/** Tokens a node spent (or, for a replayed node, the tokens its recorded real call spent). */
export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

/** What the pipeline gives a node while it runs. */
export interface NodeContext {
  /** The node's name in the pipeline. */
  node: string;
  /** Aborted when the run is cancelled or another node failed; long work should stop then. */
  signal: AbortSignal;
  /**
   * Reports tokens spent by this call. `replayed: true` marks tokens a real run spent that this
   * run did not (a replayed recording): they count as saved, not used.
   */
  reportUsage(usage: TokenUsage, options?: { replayed?: boolean }): void;
}

/**
 * One step of a pipeline: takes the input of the node, returns its output. Real strategies call the
 * real component; mock strategies return canned data and say so through `isMocked()`, so that every
 * run can state which nodes were mocked.
 */
export interface NodeStrategy<Input = unknown, Output = unknown> {
  /** A short name for logs and fixtures (`serena`, `context7`, `llm`). */
  readonly name?: string;
  execute(input: Input, context?: NodeContext): Promise<Output> | Output;
  isMocked(): boolean;
}

/** Any strategy, whatever its types (for registries and plugins). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds strategies of every input/output type
export type AnyNodeStrategy = NodeStrategy<any, any>;

/** A context for calling a strategy outside a pipeline (a unit test of one node). */
export function standaloneContext(
  node = 'node',
  signal: AbortSignal = new AbortController().signal,
): NodeContext & { usage: TokenUsage; replayed: TokenUsage } {
  const usage = { inputTokens: 0, outputTokens: 0 };
  const replayed = { inputTokens: 0, outputTokens: 0 };
  return {
    node,
    signal,
    usage,
    replayed,
    reportUsage(u, options) {
      const target = options?.replayed ? replayed : usage;
      target.inputTokens += u.inputTokens;
      target.outputTokens += u.outputTokens;
    },
  };
}

/** Makes a strategy from a function: `strategy('parse', (text) => parse(text))`. */
export function strategy<Input, Output>(
  name: string,
  run: (input: Input, context: NodeContext) => Output | Promise<Output>,
  options: { mocked?: boolean } = {},
): NodeStrategy<Input, Output> {
  const mocked = options.mocked ?? false;
  return {
    name,
    async execute(input: Input, context?: NodeContext): Promise<Output> {
      return run(input, context ?? standaloneContext(name));
    },
    isMocked: () => mocked,
  };
}

/** True for an object that can serve as a node strategy (used to check what plugins contribute). */
export function isNodeStrategy(value: unknown): value is AnyNodeStrategy {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { execute?: unknown }).execute === 'function' &&
    typeof (value as { isMocked?: unknown }).isMocked === 'function'
  );
}

/** Sums token usages. */
export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return { inputTokens: a.inputTokens + b.inputTokens, outputTokens: a.outputTokens + b.outputTokens };
}

export const NO_USAGE: TokenUsage = Object.freeze({ inputTokens: 0, outputTokens: 0 });
