import { resolve } from 'node:path';
import { CeError } from '@ce/core';
import { standaloneContext, type NodeContext, type NodeStrategy } from '../node-strategy.js';
import { preview, requestKey } from '../stable-json.js';
import { readFixture, type Exchange } from './fixture-file.js';

export interface ReplayOptions {
  /** The fixture file written by a RecordingStrategy. Read when the strategy is made. */
  fixture: string;
  /** Looks exchanges up under this name instead of the node's name in the pipeline. */
  node?: string;
}

/**
 * Serves the responses a RecordingStrategy wrote, without calling anything. A request that was
 * not recorded fails loudly: a CeError (`replay-unrecorded-request`) naming the fixture file, the
 * node and the request. Each replayed call reports the recorded tokens as saved.
 */
export class ReplayStrategy<Input = unknown, Output = unknown> implements NodeStrategy<Input, Output> {
  readonly name = 'replay';
  readonly fixture: string;
  private readonly nodeName: string | undefined;
  private readonly exchanges: Exchange[];
  private readonly served = new Map<string, number>();

  constructor(options: ReplayOptions) {
    this.fixture = resolve(options.fixture);
    this.nodeName = options.node;
    this.exchanges = readFixture(this.fixture).exchanges;
  }

  isMocked(): boolean {
    return true;
  }

  async execute(input: Input, context?: NodeContext): Promise<Output> {
    const ctx = context ?? standaloneContext(this.nodeName ?? 'node');
    const node = this.nodeName ?? ctx.node;
    const request = input === undefined ? null : (JSON.parse(JSON.stringify(input)) as unknown);
    const key = requestKey(request);
    const matches = this.exchanges.filter((e) => e.node === node && e.key === key);
    if (matches.length === 0) {
      const recorded = this.exchanges.filter((e) => e.node === node);
      throw new CeError(
        'replay-unrecorded-request',
        `${this.fixture}: node "${node}" made a request that was not recorded: ${preview(request)}`,
        {
          file: this.fixture,
          hint:
            recorded.length > 0
              ? `the fixture holds ${recorded.length} other request(s) of "${node}"; record the run again with the real strategy (RecordingStrategy, or ce pipeline run --record)`
              : `the fixture has no exchanges of node "${node}"; record them with the real strategy (RecordingStrategy, or ce pipeline run --record)`,
          details: { node, key, request },
        },
      );
    }
    // The same request recorded several times is served in order; the last answer repeats.
    const id = `${node}\u0000${key}`;
    const index = this.served.get(id) ?? 0;
    this.served.set(id, index + 1);
    const exchange = matches[Math.min(index, matches.length - 1)] as Exchange;
    ctx.reportUsage(exchange.usage, { replayed: true });
    return exchange.response as Output;
  }
}
