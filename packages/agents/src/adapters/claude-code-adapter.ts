import { redactSecrets, runProcess, type CeConfig, type Logger, type RunResult } from '@ce/core';
import { AgentError } from '../agent-error.js';
import { implementPrompt } from '../implement-prompt.js';
import { breakerFor, resilientCall } from '../resilient-call.js';
import { StreamJsonReader, type StreamJsonResult } from '../stream-json.js';
import { changedFiles, snapshotTree } from '../tree-changes.js';
import type {
  Agent,
  CompleteOptions,
  CompleteSuccess,
  ImplementContext,
  ImplementSuccess,
  ImplementTask,
  TranscriptEntry,
} from '../types.js';
import { makeUsage } from '../usage.js';

export interface ClaudeCodeOptions {
  claudeCode: CeConfig['agents']['claudeCode'];
  model?: string;
  timeoutMs: number;
  retries: number;
  /** Directory `claude` runs in for complete() (implement() runs in the task's root). */
  cwd: string;
  logger?: Logger;
  env?: NodeJS.ProcessEnv;
  sleep?: (ms: number) => Promise<void>;
  baseDelayMs?: number;
}

/** Prompts longer than this go on stdin rather than argv (Linux caps one argument at 128 KiB). */
const MAX_PROMPT_ARG = 100_000;
/** complete() answers questions: it may read the repository but never edit it. */
const READ_ONLY_SESSION = { allowedTools: ['Read', 'Glob', 'Grep'], permissionMode: 'default' as const };
const TRANSIENT_RESULT = /overloaded|rate.?limit|\b429\b|\b5\d\d\b|timed? ?out|ECONNRESET|socket hang up|connection (error|reset)/i;

/**
 * Claude Code headless: `claude -p … --output-format stream-json --verbose`, with the allowed tools and
 * permission mode from `agents.claudeCode`. The stream is parsed into a transcript; the final result
 * event gives usage and total_cost_usd; changed files come from git status before and after.
 */
export class ClaudeCodeAdapter implements Agent {
  readonly adapter = 'claude-code' as const;
  readonly label: string;

  constructor(private readonly options: ClaudeCodeOptions) {
    this.label = `claude-code${options.model ? ` ${options.model}` : ''}`;
  }

  async complete(prompt: string, options: CompleteOptions = {}): Promise<CompleteSuccess> {
    const started = performance.now();
    const extra = options.system ? ['--append-system-prompt', options.system] : [];
    const { value, attempts } = await resilientCall(async () => {
      let streamed = 0;
      const run = await this.run(prompt, extra, this.options.cwd, options.signal, READ_ONLY_SESSION, (entry) => {
        if (entry.kind === 'text' && options.onText) {
          options.onText(entry.text);
          streamed++;
        }
      });
      const result = this.requireResult(run.result, run.process);
      if (result.isError) {
        throw new AgentError('agent-failed', `claude-code: ${result.text || result.subtype}`, {
          transient: streamed === 0 && TRANSIENT_RESULT.test(result.text),
        });
      }
      return { result, model: run.model };
    }, this.resilience(options.signal));
    return {
      ok: true,
      adapter: 'claude-code',
      ...(value.model ? { model: value.model } : {}),
      text: value.result.text,
      usage: this.usage(value.result, performance.now() - started, attempts),
    };
  }

  /**
   * Runs the agent once in the task's working tree (never retried: a second run would redo edits). A run
   * that ends in an error result is reported with `completed: false` and the files it did change.
   */
  async implement(task: ImplementTask, context: ImplementContext): Promise<ImplementSuccess> {
    const started = performance.now();
    const prompt = implementPrompt(task, context);
    const before = await snapshotTree(context.root);
    const run = await this.run(prompt, [], context.root, context.signal, this.options.claudeCode, context.onEvent);
    const after = await snapshotTree(context.root);
    const transcript: TranscriptEntry[] = [{ kind: 'prompt', text: prompt }, ...run.transcript];
    if (!run.result) {
      if (run.process.timedOut) transcript.push({ kind: 'result', text: `timed out after ${this.options.timeoutMs} ms`, isError: true });
      else this.requireResult(undefined, run.process);
    }
    const result = run.result;
    return {
      ok: true,
      adapter: 'claude-code',
      completed: result !== undefined && !result.isError,
      changedFiles: changedFiles(before, after),
      transcript,
      summary: result?.text ?? `timed out after ${this.options.timeoutMs} ms`,
      usage: result
        ? this.usage(result, performance.now() - started, 1)
        : makeUsage({ durationMs: performance.now() - started, attempts: 1 }),
    };
  }

  private async run(
    prompt: string,
    extra: string[],
    cwd: string,
    signal: AbortSignal | undefined,
    permissions: Pick<ClaudeCodeOptions['claudeCode'], 'allowedTools' | 'permissionMode'>,
    onEvent: ((entry: TranscriptEntry) => void) | undefined,
  ): Promise<{ process: RunResult; result: StreamJsonResult | undefined; transcript: TranscriptEntry[]; model: string | undefined }> {
    const cc = { ...this.options.claudeCode, ...permissions };
    const viaStdin = prompt.length > MAX_PROMPT_ARG || prompt.startsWith('-');
    const args = [
      '-p',
      ...(viaStdin ? [] : [prompt]),
      '--output-format',
      'stream-json',
      '--verbose',
      '--permission-mode',
      cc.permissionMode,
      ...(this.options.model ? ['--model', this.options.model] : []),
      ...extra,
      // Variadic: keep it last so it cannot swallow other arguments.
      ...(cc.allowedTools.length > 0 ? ['--allowedTools', ...cc.allowedTools] : []),
    ];
    const reader = new StreamJsonReader(onEvent);
    let process: RunResult;
    try {
      process = await runProcess(cc.binary, args, {
        cwd,
        env: this.options.env ?? globalThis.process.env,
        timeoutMs: this.options.timeoutMs,
        ...(viaStdin ? { input: prompt } : {}),
        onOutput: (chunk, stream) => {
          if (stream === 'stdout') reader.push(chunk);
        },
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      throw new AgentError(
        'agent-unavailable',
        `claude-code: cannot run "${cc.binary}": ${(error as Error).message.replace(/^cannot run "[^"]*": /, '')}`,
        {
          transient: false,
          hint: 'install Claude Code (npm i -g @anthropic-ai/claude-code) or set agents.claudeCode.binary',
          cause: error,
        },
      );
    }
    reader.end();
    return { process, result: reader.result, transcript: reader.transcript, model: reader.model };
  }

  /** A run without a result event failed before the session began (bad flag, no login, crash). */
  private requireResult(result: StreamJsonResult | undefined, run: RunResult): StreamJsonResult {
    if (result) return result;
    if (run.timedOut) {
      throw new AgentError('agent-timeout', `claude-code did not finish in ${this.options.timeoutMs} ms`, {
        transient: true,
        hint: 'raise agents.timeoutMs in .ce/config.yml',
      });
    }
    const lastLine = redactSecrets(run.stderr.trim().split('\n').pop() ?? '') || `exit code ${run.exitCode ?? run.signal}`;
    throw new AgentError('agent-failed', `claude-code exited ${run.exitCode ?? run.signal} without a result: ${lastLine}`, {
      transient: TRANSIENT_RESULT.test(lastLine),
    });
  }

  private usage(result: StreamJsonResult, durationMs: number, attempts: number) {
    return makeUsage({ ...result.usage, costUsd: result.costUsd, durationMs, attempts });
  }

  private resilience(signal: AbortSignal | undefined) {
    return {
      retries: this.options.retries,
      breaker: breakerFor(`claude-code ${this.options.claudeCode.binary}`),
      who: 'claude-code',
      ...(this.options.logger ? { logger: this.options.logger } : {}),
      ...(signal ? { signal } : {}),
      ...(this.options.sleep ? { sleep: this.options.sleep } : {}),
      ...(this.options.baseDelayMs !== undefined ? { baseDelayMs: this.options.baseDelayMs } : {}),
    };
  }
}
