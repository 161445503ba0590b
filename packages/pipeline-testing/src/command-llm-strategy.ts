import { CeError, runCommandLine } from '@ce/core';
import { standaloneContext, type NodeContext, type NodeStrategy, type TokenUsage } from './node-strategy.js';
import type { LLMRequest, LLMResponse } from './mocks/mock-llm.js';

export interface CommandLLMOptions {
  /** The program and its arguments (`ollama run llama3`, `node my-model.js`); the prompt goes to stdin. */
  command: string;
  cwd?: string;
  timeoutMs?: number;
  /** Model name reported in responses (default: the command). */
  model?: string;
}

/**
 * A real language-model strategy: any program that reads a prompt on stdin and writes the answer
 * on stdout. If the program prints JSON `{"text", "usage": {"input_tokens", "output_tokens"}}` its
 * usage is reported; otherwise tokens are estimated as characters / 4 (and the response says so).
 */
export class CommandLLMStrategy implements NodeStrategy<LLMRequest, LLMResponse & { usage: TokenUsage; estimatedUsage: boolean }> {
  readonly name: string;
  private readonly options: CommandLLMOptions;

  constructor(options: CommandLLMOptions) {
    this.options = options;
    this.name = 'command-llm';
  }

  isMocked(): boolean {
    return false;
  }

  async execute(request: LLMRequest, context?: NodeContext): Promise<LLMResponse & { usage: TokenUsage; estimatedUsage: boolean }> {
    const ctx = context ?? standaloneContext('llm');
    const prompt = typeof request === 'string' ? request : request.system ? `${request.system}\n\n${request.prompt}` : request.prompt;
    const result = await runCommandLine(this.options.command, {
      cwd: this.options.cwd,
      input: prompt,
      timeoutMs: this.options.timeoutMs ?? 300_000,
      signal: ctx.signal,
    });
    if (result.exitCode !== 0) {
      throw new CeError(
        'llm-command-failed',
        `LLM command "${this.options.command}" exited ${result.timedOut ? 'after its timeout' : `with ${result.exitCode ?? result.signal}`}: ${result.stderr.trim().split('\n').pop() ?? ''}`,
        {
          hint: 'run the command by hand with the prompt on stdin to see what it says',
        },
      );
    }
    let text = result.stdout.trimEnd();
    let usage: TokenUsage | undefined;
    try {
      const parsed = JSON.parse(result.stdout) as { text?: unknown; usage?: Record<string, unknown> };
      if (parsed && typeof parsed.text === 'string') {
        text = parsed.text;
        const u = parsed.usage ?? {};
        const num = (...keys: string[]): number => Number(keys.map((k) => u[k]).find((v) => typeof v === 'number') ?? 0);
        if (parsed.usage)
          usage = {
            inputTokens: num('input_tokens', 'inputTokens', 'prompt_tokens'),
            outputTokens: num('output_tokens', 'outputTokens', 'completion_tokens'),
          };
      }
    } catch {
      /* plain text output */
    }
    const estimatedUsage = usage === undefined;
    usage ??= { inputTokens: Math.ceil(prompt.length / 4), outputTokens: Math.ceil(text.length / 4) };
    ctx.reportUsage(usage);
    return { text, model: this.options.model ?? this.options.command, usage, estimatedUsage };
  }
}
