import { join } from 'node:path';
import { compactTimestamp, ensureRunsFolder, Logger, repoRelative } from '@ce/core';
import { loadAgent } from './create-agent.js';
import type { AdapterName, CompleteResult } from './types.js';

export interface AskAgentOptions {
  /** Use this adapter instead of `agents.adapter`. */
  adapter?: AdapterName;
  /** Use this `agents.providers` entry. */
  provider?: string;
  system?: string;
  maxTokens?: number;
  /** Stream the answer here as it arrives. */
  onText?: (delta: string) => void;
  /** Readable log lines (retries) go here; the JSON-lines log always goes to `.ce/runs/`. */
  logStream?: { write(text: string): unknown };
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

export interface AskAgentResult {
  result: CompleteResult;
  /** The run's log, repository-relative (`.ce/runs/{run-id}.jsonl`). */
  log: string;
}

/**
 * One prompt to the configured agent, logged as a run under `.ce/runs/` (keys redacted): a quick way
 * to see that an adapter works end to end. With `none` the result says no agent is configured.
 */
export async function askAgent(root: string, prompt: string, options: AskAgentOptions = {}): Promise<AskAgentResult> {
  const runId = `${compactTimestamp()}-ask-${process.pid}`;
  const file = join(ensureRunsFolder(root), `${runId}.jsonl`);
  // Retries are shown as they happen; the run's own records (and a final error, which the caller
  // shows) go to the file only.
  const logger = new Logger({ file, stream: options.logStream, level: 'warn', fields: { run: runId } });
  const record = new Logger({ file, fields: { run: runId } });
  const agent = loadAgent(root, {
    ...(options.adapter ? { adapter: options.adapter } : {}),
    ...(options.provider ? { provider: options.provider } : {}),
    ...(options.env ? { env: options.env } : {}),
    logger,
  });
  record.info('ask', { event: 'agent-call', agent: agent.label, promptChars: prompt.length });
  try {
    const result = await agent.complete(prompt, {
      ...(options.system ? { system: options.system } : {}),
      ...(options.maxTokens ? { maxTokens: options.maxTokens } : {}),
      ...(options.onText ? { onText: options.onText } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    record.info(result.ok ? 'answered' : result.message, {
      event: 'agent-result',
      ok: result.ok,
      ...(result.ok ? { usage: result.usage, chars: result.text.length } : {}),
    });
    return { result, log: repoRelative(root, file) };
  } catch (error) {
    record.error((error as Error).message, { event: 'agent-error', code: (error as { code?: string }).code });
    throw error;
  }
}
