import { resolve } from 'node:path';
import { addUsage, NO_USAGE, standaloneContext, type NodeContext, type NodeStrategy, type TokenUsage } from '../node-strategy.js';
import { appendExchange } from './fixture-file.js';

export interface RecordingOptions {
  /** The fixture file the exchanges are written to (created if missing). */
  fixture: string;
  /** Files exchanges under this name instead of the node's name in the pipeline. */
  node?: string;
}

/**
 * Wraps a real strategy: every call goes to it, and the request, the response and the tokens it
 * reported are written to the fixture file (atomically, after each call). The recorder is as real
 * as the strategy it wraps.
 */
export class RecordingStrategy<Input, Output> implements NodeStrategy<Input, Output> {
  readonly name: string;
  readonly fixture: string;
  private readonly inner: NodeStrategy<Input, Output>;
  private readonly nodeName: string | undefined;

  constructor(inner: NodeStrategy<Input, Output>, options: RecordingOptions) {
    this.inner = inner;
    this.fixture = resolve(options.fixture);
    this.nodeName = options.node;
    this.name = `record(${inner.name ?? 'strategy'})`;
  }

  isMocked(): boolean {
    return this.inner.isMocked();
  }

  async execute(input: Input, context?: NodeContext): Promise<Output> {
    const outer = context ?? standaloneContext(this.nodeName ?? this.inner.name ?? 'node');
    let usage: TokenUsage = { ...NO_USAGE };
    const capturing: NodeContext = {
      node: outer.node,
      signal: outer.signal,
      reportUsage(u, options) {
        if (!options?.replayed) usage = addUsage(usage, u);
        outer.reportUsage(u, options);
      },
    };
    const started = performance.now();
    const response = await this.inner.execute(input, capturing);
    await appendExchange(this.fixture, {
      node: this.nodeName ?? outer.node,
      request: toJson(input),
      response: toJson(response),
      usage,
      durationMs: Math.round(performance.now() - started),
    });
    return response;
  }
}

/** Requests and responses are stored as JSON; what JSON cannot hold (functions, undefined) is dropped. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}
