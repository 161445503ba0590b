import type { TokenUsage } from './node-strategy.js';
import type { PipelineResult } from './pipeline.js';

export interface TokenReport {
  /** Tokens this run spent. */
  usedTokens: number;
  /** Tokens the recorded real run spent (the baseline). */
  recordedTokens: number;
  savedTokens: number;
  /** 0–100, one decimal. */
  savedPercent: number;
  /** The target (percent saved), 90 unless given. */
  target: number;
  meetsTarget: boolean;
  perNode: { node: string; mocked: boolean; usedTokens: number; recordedTokens: number }[];
  /** `tokens: 0 used vs 4,210 in the recorded real run (100.0% saved; target ≥ 90%)` */
  text: string;
}

const total = (u: TokenUsage): number => u.inputTokens + u.outputTokens;

/**
 * States the tokens a (replayed or mocked) run used against the recorded real run. The baseline
 * is, by default, what the run used plus what its replayed nodes' recordings spent; pass the
 * fixture's whole usage (`fixtureUsage(file)`) or a real run's result to compare with that instead.
 */
export function tokenReport(
  result: PipelineResult,
  options: { baseline?: TokenUsage | PipelineResult | number; target?: number } = {},
): TokenReport {
  const usedTokens = total(result.tokens.used);
  const baseline = options.baseline;
  const recordedTokens =
    baseline === undefined
      ? usedTokens + total(result.tokens.replayed)
      : typeof baseline === 'number'
        ? baseline
        : 'tokens' in baseline
          ? total(baseline.tokens.used)
          : total(baseline);
  const savedTokens = Math.max(0, recordedTokens - usedTokens);
  const savedPercent = recordedTokens > 0 ? Math.round((savedTokens / recordedTokens) * 1000) / 10 : 0;
  const target = options.target ?? 90;
  const meetsTarget = recordedTokens > 0 && savedPercent >= target;
  const fmt = (n: number): string => n.toLocaleString('en-US');
  const text =
    recordedTokens > 0
      ? `tokens: ${fmt(usedTokens)} used vs ${fmt(recordedTokens)} in the recorded real run (${savedPercent.toFixed(1)}% saved; target ≥ ${target}%)`
      : `tokens: ${fmt(usedTokens)} used; no recorded real run to compare with`;
  return {
    usedTokens,
    recordedTokens,
    savedTokens,
    savedPercent,
    target,
    meetsTarget,
    perNode: result.nodes.map((n) => ({ node: n.name, mocked: n.mocked, usedTokens: total(n.usage), recordedTokens: total(n.replayed) })),
    text,
  };
}
