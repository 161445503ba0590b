import { defaultConfig, type CeConfig } from '@ce/core';

export type AgentsConfig = CeConfig['agents'];

/** The `agents` section with every default, changed by `overrides`. */
export function agentsConfig(overrides: Partial<AgentsConfig> = {}): AgentsConfig {
  return { ...defaultConfig().agents, ...overrides };
}

/** A sleep that records the delays asked for and returns at once (backoff observed, not waited). */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: (ms: number) => (delays.push(ms), Promise.resolve()) };
}
