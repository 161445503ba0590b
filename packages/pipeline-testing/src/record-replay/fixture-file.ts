import { existsSync, readFileSync } from 'node:fs';
import { UsageError, errorMessage, isoNow, withLock, writeFileAtomic } from '@ce/core';
import { NO_USAGE, type TokenUsage } from '../node-strategy.js';
import { requestKey } from '../stable-json.js';

/** One recorded call of a real strategy. */
export interface Exchange {
  /** The node (or recorder name) the call belongs to. */
  node: string;
  /** sha256 prefix of the request's stable JSON: how replay finds it. */
  key: string;
  request: unknown;
  response: unknown;
  usage: TokenUsage;
  durationMs: number;
  recordedAt: string;
}

export interface FixtureData {
  format: 'ce-pipeline-fixture';
  version: 1;
  exchanges: Exchange[];
}

const FORMAT = 'ce-pipeline-fixture';

/** Reads a fixture file; a missing or malformed file is a UsageError naming it. */
export function readFixture(file: string): FixtureData {
  if (!existsSync(file)) {
    throw new UsageError('fixture-missing', `fixture file ${file} does not exist`, {
      file,
      hint: 'record it first: wrap the real strategy in RecordingStrategy (or run `ce pipeline run <name> --record <file>`)',
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError('fixture-invalid', `fixture file ${file} is not valid JSON: ${errorMessage(error)}`, { file });
  }
  const fixture = data as Partial<FixtureData>;
  if (!fixture || fixture.format !== FORMAT || !Array.isArray(fixture.exchanges)) {
    throw new UsageError(
      'fixture-invalid',
      `fixture file ${file} is not a ce pipeline fixture (expected {"format": "${FORMAT}", "exchanges": [...]})`,
      { file },
    );
  }
  fixture.exchanges.forEach((exchange, index) => {
    if (typeof exchange?.node !== 'string' || typeof exchange.key !== 'string') {
      throw new UsageError('fixture-invalid', `fixture file ${file}: exchange ${index} has no "node" or "key"`, { file });
    }
    exchange.usage = normaliseUsage(exchange.usage);
  });
  return fixture as FixtureData;
}

/**
 * Adds an exchange to a fixture file, replacing an earlier recording of the same node and request.
 * The file is rewritten atomically, so a reader never sees half a fixture, and under a lock
 * (`<file>.lock`), so two processes recording into the same fixture do not lose each other's exchanges.
 */
export async function appendExchange(
  file: string,
  exchange: Omit<Exchange, 'key' | 'recordedAt'> & { key?: string; recordedAt?: string },
): Promise<Exchange> {
  return withLock(`${file}.lock`, () => appendUnlocked(file, exchange), { purpose: 'recording pipeline exchanges' });
}

function appendUnlocked(file: string, exchange: Omit<Exchange, 'key' | 'recordedAt'> & { key?: string; recordedAt?: string }): Exchange {
  const full: Exchange = {
    node: exchange.node,
    key: exchange.key ?? requestKey(exchange.request),
    request: exchange.request,
    response: exchange.response,
    usage: normaliseUsage(exchange.usage),
    durationMs: exchange.durationMs,
    recordedAt: exchange.recordedAt ?? isoNow(),
  };
  const current = existsSync(file) ? readFixture(file) : { format: FORMAT, version: 1, exchanges: [] as Exchange[] };
  const exchanges = current.exchanges.filter((e) => !(e.node === full.node && e.key === full.key));
  exchanges.push(full);
  const data: FixtureData = { format: FORMAT, version: 1, exchanges };
  writeFileAtomic(file, `${JSON.stringify(data, null, 2)}\n`);
  return full;
}

/** The tokens a recorded run spent: the sum over the fixture's exchanges (optionally of some nodes). */
export function fixtureUsage(file: string, nodes?: readonly string[]): TokenUsage {
  return readFixture(file)
    .exchanges.filter((e) => !nodes || nodes.includes(e.node))
    .reduce((sum, e) => ({ inputTokens: sum.inputTokens + e.usage.inputTokens, outputTokens: sum.outputTokens + e.usage.outputTokens }), {
      ...NO_USAGE,
    });
}

function normaliseUsage(value: unknown): TokenUsage {
  const u = (value ?? {}) as Partial<TokenUsage>;
  const n = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : 0);
  return { inputTokens: n(u.inputTokens), outputTokens: n(u.outputTokens) };
}
