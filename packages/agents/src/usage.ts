import type { AgentUsage } from './types.js';

export interface Pricing {
  inputPerMillion: number;
  outputPerMillion: number;
}

/** The cost of a call from configured prices, when both token counts are known. */
export function costFromPricing(
  inputTokens: number | undefined,
  outputTokens: number | undefined,
  pricing: Pricing | undefined,
): number | undefined {
  if (!pricing || inputTokens === undefined || outputTokens === undefined) return undefined;
  return Math.round(((inputTokens * pricing.inputPerMillion + outputTokens * pricing.outputPerMillion) / 1_000_000) * 1e6) / 1e6;
}

/** Builds a usage record, leaving out what is unknown (so JSON shows only real figures). */
export function makeUsage(
  fields: Partial<Record<Exclude<keyof AgentUsage, 'durationMs' | 'attempts'>, number | undefined>> & {
    durationMs: number;
    attempts: number;
  },
): AgentUsage {
  const usage: AgentUsage = { durationMs: Math.round(fields.durationMs), attempts: fields.attempts };
  for (const key of ['inputTokens', 'outputTokens', 'cacheReadTokens', 'cacheWriteTokens', 'costUsd'] as const) {
    const value = fields[key];
    if (typeof value === 'number' && Number.isFinite(value)) usage[key] = value;
  }
  return usage;
}
