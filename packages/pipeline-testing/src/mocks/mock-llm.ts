import { existsSync, readFileSync } from 'node:fs';
import { CeError, UsageError, errorMessage } from '@ce/core';
import type { NodeContext, NodeStrategy } from '../node-strategy.js';
import { preview } from '../stable-json.js';

/** A prompt, or a prompt with a system message and variables for the template. */
export type LLMRequest = string | { prompt: string; system?: string; [variable: string]: unknown };

export interface LLMResponse {
  text: string;
  model: string;
}

export interface RecordedCompletion {
  prompt: string;
  response: string;
}

export interface MockLLMOptions {
  /** Answers with this text, `{{name}}` filled from the request (`{{prompt}}`, `{{system}}`, any field, `a.b` paths). */
  template?: string;
  /** Answers for prompts containing `match` (a string) or matching it (a RegExp); first match wins. */
  responses?: { match: string | RegExp; response: string }[];
  /**
   * Recorded completions, served for exactly the same prompt: a list, or a JSON file holding one
   * (`[{prompt, response}]`), or a ce pipeline fixture (its exchanges' prompts and texts).
   */
  recorded?: RecordedCompletion[] | string;
  /** The model name reported in responses. */
  model?: string;
}

/**
 * Stands in for a language model: recorded completions first (exact prompt), then `responses`
 * (substring or RegExp), then the template. A prompt none of them answers is an error naming it,
 * so a test never gets an empty answer by accident. Spends no tokens.
 */
export class MockLLMStrategy implements NodeStrategy<LLMRequest, LLMResponse> {
  readonly name = 'mock-llm';
  private readonly template: string | undefined;
  private readonly responses: { match: string | RegExp; response: string }[];
  private readonly recorded: Map<string, string>;
  private readonly model: string;

  constructor(options: MockLLMOptions | string = {}) {
    const opts = typeof options === 'string' ? { template: options } : options;
    this.template = opts.template;
    this.responses = opts.responses ?? [];
    this.model = opts.model ?? 'mock-llm';
    const recorded = typeof opts.recorded === 'string' ? readRecorded(opts.recorded) : (opts.recorded ?? []);
    this.recorded = new Map(recorded.map((r) => [r.prompt, r.response]));
    if (this.template === undefined && this.responses.length === 0 && this.recorded.size === 0) {
      throw new UsageError('mock-llm-empty', 'MockLLMStrategy needs a template, responses or recorded completions');
    }
  }

  isMocked(): boolean {
    return true;
  }

  async execute(request: LLMRequest, _context?: NodeContext): Promise<LLMResponse> {
    const fields = typeof request === 'string' ? { prompt: request } : request;
    if (!fields || typeof fields.prompt !== 'string') {
      throw new UsageError('mock-llm-bad-request', `MockLLMStrategy needs a prompt string or {prompt}, got ${preview(request)}`);
    }
    const prompt = fields.prompt;
    const recorded = this.recorded.get(prompt);
    if (recorded !== undefined) return { text: recorded, model: this.model };
    for (const { match, response } of this.responses) {
      if (typeof match === 'string' ? prompt.includes(match) : match.test(prompt))
        return { text: fill(response, fields), model: this.model };
    }
    if (this.template !== undefined) return { text: fill(this.template, fields), model: this.model };
    throw new CeError('mock-llm-no-response', `MockLLMStrategy has no response for the prompt ${preview(prompt)}`, {
      hint: 'add a matching entry to responses or recorded, or give a template',
    });
  }
}

/** Fills `{{name}}` and `{{a.b}}` placeholders; objects become JSON, missing values stay empty. */
export function fill(template: string, fields: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_whole, path: string) => {
    let value: unknown = fields;
    for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    if (value === undefined || value === null) return '';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
}

function readRecorded(file: string): RecordedCompletion[] {
  if (!existsSync(file)) throw new UsageError('mock-llm-recorded-missing', `recorded completions file ${file} does not exist`, { file });
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError('mock-llm-recorded-invalid', `recorded completions file ${file} is not valid JSON: ${errorMessage(error)}`, {
      file,
    });
  }
  const list = Array.isArray(data)
    ? data
    : (data as { format?: string; exchanges?: { request: unknown; response: unknown }[] })?.format === 'ce-pipeline-fixture'
      ? ((data as { exchanges: { request: unknown; response: unknown }[] }).exchanges ?? []).map((e) => ({
          prompt: typeof e.request === 'string' ? e.request : (e.request as { prompt?: unknown })?.prompt,
          response: typeof e.response === 'string' ? e.response : (e.response as { text?: unknown })?.text,
        }))
      : undefined;
  if (
    !list ||
    !list.every(
      (r: unknown) => typeof (r as RecordedCompletion)?.prompt === 'string' && typeof (r as RecordedCompletion)?.response === 'string',
    )
  ) {
    throw new UsageError(
      'mock-llm-recorded-invalid',
      `recorded completions file ${file} must hold [{"prompt": "…", "response": "…"}] or a ce pipeline fixture`,
      { file },
    );
  }
  return list as RecordedCompletion[];
}
