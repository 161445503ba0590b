import type { LanguageModel, LanguageModelUsage, streamText } from 'ai';
import { resolveInRepo, UsageError, writeFileAtomic, type Logger } from '@ce/core';
import { existsSync, rmSync } from 'node:fs';
import { AgentError, toAgentError } from '../agent-error.js';
import type { ModelSettings } from '../agent-settings.js';
import { FILE_BLOCK_INSTRUCTIONS, parseFileBlocks } from '../file-blocks.js';
import { implementPrompt } from '../implement-prompt.js';
import { breakerFor, resilientCall } from '../resilient-call.js';
import { changedFiles, snapshotTree } from '../tree-changes.js';
import type { Agent, CompleteOptions, CompleteSuccess, ImplementContext, ImplementSuccess, TranscriptEntry } from '../types.js';
import { costFromPricing, makeUsage } from '../usage.js';

export interface ModelAdapterOptions {
  settings: ModelSettings;
  timeoutMs: number;
  maxTokens: number;
  retries: number;
  logger?: Logger;
  /** Injected by tests to observe backoff delays without waiting. */
  sleep?: (ms: number) => Promise<void>;
  baseDelayMs?: number;
}

// The AI SDK prints warnings (unsupported settings) to the console; a library must not print.
(globalThis as { AI_SDK_LOG_WARNINGS?: unknown }).AI_SDK_LOG_WARNINGS ??= false;

/**
 * A model provider (Anthropic Messages API or any OpenAI-compatible chat completions endpoint) through
 * the AI SDK. The SDK's own retries are off (`maxRetries: 0`): ce's retry and circuit breaker are the one policy.
 */
export class ModelAdapter implements Agent {
  readonly adapter: ModelSettings['type'];
  readonly label: string;
  private readonly who: string;

  constructor(private readonly options: ModelAdapterOptions) {
    const s = options.settings;
    this.adapter = s.type;
    this.who = s.provider ? `${s.type} (${s.provider})` : s.type;
    this.label = `${this.who} ${s.model ?? '(no model)'}`;
  }

  async complete(prompt: string, options: CompleteOptions = {}): Promise<CompleteSuccess> {
    const model = await this.model();
    // Loaded on first use: the AI SDK costs ~150 ms to import, paid only when a model is called.
    const { generateText } = await import('ai');
    const s = this.options.settings;
    const started = performance.now();
    const { value, attempts } = await resilientCall(
      async () => {
        const signal = callSignal(this.options.timeoutMs, options.signal);
        const request = {
          model,
          prompt,
          ...(options.system ? { system: options.system } : {}),
          maxOutputTokens: options.maxTokens ?? this.options.maxTokens,
          ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
          maxRetries: 0,
          abortSignal: signal,
        };
        try {
          if (!options.onText) {
            const result = await generateText(request);
            return { text: result.text, usage: result.usage, modelId: result.response.modelId };
          }
          return await this.stream(request, options.onText);
        } catch (error) {
          throw toAgentError(error, this.who, s.apiKeyEnv);
        }
      },
      {
        retries: this.options.retries,
        breaker: breakerFor(`${s.type} ${s.baseUrl}`),
        who: this.who,
        ...(this.options.logger ? { logger: this.options.logger } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(this.options.sleep ? { sleep: this.options.sleep } : {}),
        ...(this.options.baseDelayMs !== undefined ? { baseDelayMs: this.options.baseDelayMs } : {}),
      },
    );
    const { inputTokens, outputTokens } = value.usage;
    return {
      ok: true,
      adapter: this.adapter,
      model: value.modelId || s.model,
      text: value.text,
      usage: makeUsage({
        inputTokens,
        outputTokens,
        cacheReadTokens: value.usage.inputTokenDetails?.cacheReadTokens,
        cacheWriteTokens: value.usage.inputTokenDetails?.cacheWriteTokens,
        costUsd: costFromPricing(inputTokens, outputTokens, s.pricing),
        durationMs: performance.now() - started,
        attempts,
      }),
    };
  }

  /**
   * A model cannot edit files itself: it answers with whole files (file-blocks.ts), which are written
   * inside the repository (paths outside it are refused) with atomic writes.
   */
  async implement(task: Parameters<Agent['implement']>[0], context: ImplementContext): Promise<ImplementSuccess> {
    const transcript: TranscriptEntry[] = [];
    const record = (entry: TranscriptEntry): void => {
      transcript.push(entry);
      context.onEvent?.(entry);
    };
    const files = Object.entries(context.fileContents ?? {})
      .map(([path, content]) => `=== FILE: ${path} ===\n${content}${content.endsWith('\n') ? '' : '\n'}=== END FILE ===`)
      .join('\n');
    const prompt = `${implementPrompt(task, context)}${files ? `\n## Current files\n${files}\n` : ''}`;
    record({ kind: 'prompt', text: prompt });
    const before = await snapshotTree(context.root);
    const answer = await this.complete(prompt, { system: FILE_BLOCK_INSTRUCTIONS, ...(context.signal ? { signal: context.signal } : {}) });
    record({ kind: 'text', text: answer.text });
    const { edits, prose } = parseFileBlocks(answer.text);
    for (const edit of edits) {
      const target = resolveInRepo(context.root, edit.path, `file "${edit.path}" in the model's reply`);
      if (edit.content === undefined) {
        if (existsSync(target)) rmSync(target);
      } else writeFileAtomic(target, edit.content);
      record({ kind: 'tool-use', tool: edit.content === undefined ? 'Delete' : 'Write', text: edit.path, input: { file_path: edit.path } });
    }
    const after = await snapshotTree(context.root);
    record({ kind: 'result', text: prose });
    return {
      ok: true,
      adapter: this.adapter,
      completed: true,
      changedFiles: changedFiles(before, after),
      transcript,
      summary: prose,
      usage: answer.usage,
    };
  }

  private async model(): Promise<LanguageModel> {
    const s = this.options.settings;
    if (!s.model) {
      throw new UsageError('agent-no-model', `no model configured for ${this.who}`, {
        file: '.ce/config.yml',
        hint: s.provider ? `set agents.providers.${s.provider}.model or agents.model` : 'set agents.model',
      });
    }
    if (!s.apiKey && s.keyRequired) {
      throw new UsageError('agent-no-key', `no API key for ${this.who}: the environment variable ${s.apiKeyEnv} is not set`, {
        hint: `export ${s.apiKeyEnv}=… (keys are read only from the environment, never from .ce/config.yml)`,
      });
    }
    if (s.type === 'anthropic') {
      const { createAnthropic } = await import('@ai-sdk/anthropic');
      return createAnthropic({ baseURL: s.baseUrl, apiKey: s.apiKey ?? '', headers: s.headers })(s.model);
    }
    const { createOpenAICompatible } = await import('@ai-sdk/openai-compatible');
    return createOpenAICompatible({
      name: s.provider ?? 'openai-compatible',
      baseURL: s.baseUrl,
      ...(s.apiKey ? { apiKey: s.apiKey } : {}),
      headers: s.headers,
      includeUsage: true,
    })(s.model);
  }

  private async stream(
    request: Parameters<typeof streamText>[0],
    onText: (delta: string) => void,
  ): Promise<{ text: string; usage: LanguageModelUsage; modelId: string }> {
    const { streamText } = await import('ai');
    const result = streamText({ ...request, onError: () => undefined });
    let text = '';
    for await (const part of result.fullStream) {
      if (part.type === 'text-delta') {
        text += part.text;
        onText(part.text);
      } else if (part.type === 'error') {
        const error = toAgentError(part.error, this.who, this.options.settings.apiKeyEnv);
        // Text already handed to the caller cannot be taken back, so a stream that broke midway is not retried.
        if (text.length > 0 && error.transient) {
          throw new AgentError(error.code, `${error.message} (the stream broke after ${text.length} characters)`, {
            transient: false,
            cause: error,
          });
        }
        throw error;
      }
    }
    const response = await result.response;
    return { text, usage: await result.usage, modelId: response.modelId };
  }
}

/** The caller's signal combined with a per-attempt timeout. */
function callSignal(timeoutMs: number, signal: AbortSignal | undefined): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}
