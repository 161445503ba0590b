import type { TranscriptEntry } from './types.js';

/** The final `result` event of a Claude Code stream-json session. */
export interface StreamJsonResult {
  subtype: string;
  isError: boolean;
  text: string;
  costUsd?: number;
  durationMs?: number;
  numTurns?: number;
  sessionId?: string;
  usage: { inputTokens?: number; outputTokens?: number; cacheReadTokens?: number; cacheWriteTokens?: number };
}

interface ContentBlock {
  type?: string;
  text?: string;
  name?: string;
  id?: string;
  input?: unknown;
  tool_use_id?: string;
  content?: unknown;
  is_error?: boolean;
}

interface StreamEvent {
  type?: string;
  subtype?: string;
  model?: string;
  cwd?: string;
  session_id?: string;
  message?: { content?: ContentBlock[] | string; model?: string };
  result?: string;
  is_error?: boolean;
  total_cost_usd?: number;
  duration_ms?: number;
  num_turns?: number;
  usage?: { input_tokens?: number; output_tokens?: number; cache_read_input_tokens?: number; cache_creation_input_tokens?: number };
}

/**
 * Reads the newline-delimited JSON that `claude -p --output-format stream-json --verbose` prints:
 * `system/init`, `assistant` messages (text and tool_use blocks), `user` messages (tool_result blocks)
 * and one final `result` with usage and total_cost_usd. Feed it chunks as they arrive.
 */
export class StreamJsonReader {
  readonly transcript: TranscriptEntry[] = [];
  result: StreamJsonResult | undefined;
  model: string | undefined;
  private buffer = '';
  private readonly toolNames = new Map<string, string>();

  constructor(private readonly onEvent?: (entry: TranscriptEntry) => void) {}

  push(chunk: string): void {
    this.buffer += chunk;
    let newline = this.buffer.indexOf('\n');
    while (newline >= 0) {
      this.line(this.buffer.slice(0, newline));
      this.buffer = this.buffer.slice(newline + 1);
      newline = this.buffer.indexOf('\n');
    }
  }

  end(): void {
    if (this.buffer.trim()) this.line(this.buffer);
    this.buffer = '';
  }

  private line(text: string): void {
    const trimmed = text.trim();
    if (!trimmed.startsWith('{')) return;
    let event: StreamEvent;
    try {
      event = JSON.parse(trimmed) as StreamEvent;
    } catch {
      return; // a partial or foreign line: not part of the protocol
    }
    switch (event.type) {
      case 'system':
        if (event.subtype === 'init') {
          this.model = event.model;
          this.add({ kind: 'system', text: `session ${event.session_id ?? '?'} model ${event.model ?? '?'} in ${event.cwd ?? '?'}` });
        }
        break;
      case 'assistant':
        this.model ??= event.message?.model;
        for (const block of blocks(event.message?.content)) {
          if (block.type === 'text' && block.text) this.add({ kind: 'text', text: block.text });
          else if (block.type === 'tool_use') {
            if (block.id && block.name) this.toolNames.set(block.id, block.name);
            this.add({ kind: 'tool-use', tool: block.name ?? '?', text: describeToolInput(block.input), input: block.input });
          }
        }
        break;
      case 'user':
        for (const block of blocks(event.message?.content)) {
          if (block.type !== 'tool_result') continue;
          const tool = block.tool_use_id ? this.toolNames.get(block.tool_use_id) : undefined;
          this.add({
            kind: 'tool-result',
            ...(tool ? { tool } : {}),
            text: resultText(block.content),
            ...(block.is_error ? { isError: true } : {}),
          });
        }
        break;
      case 'result': {
        const usage = event.usage ?? {};
        this.result = {
          subtype: event.subtype ?? 'unknown',
          isError: event.is_error === true || (event.subtype !== undefined && event.subtype !== 'success'),
          text: event.result ?? '',
          ...(typeof event.total_cost_usd === 'number' ? { costUsd: event.total_cost_usd } : {}),
          ...(typeof event.duration_ms === 'number' ? { durationMs: event.duration_ms } : {}),
          ...(typeof event.num_turns === 'number' ? { numTurns: event.num_turns } : {}),
          ...(event.session_id ? { sessionId: event.session_id } : {}),
          usage: {
            inputTokens: usage.input_tokens,
            outputTokens: usage.output_tokens,
            cacheReadTokens: usage.cache_read_input_tokens,
            cacheWriteTokens: usage.cache_creation_input_tokens,
          },
        };
        this.add({ kind: 'result', text: this.result.text || this.result.subtype, ...(this.result.isError ? { isError: true } : {}) });
        break;
      }
      default:
        break;
    }
  }

  private add(entry: TranscriptEntry): void {
    this.transcript.push(entry);
    this.onEvent?.(entry);
  }
}

function blocks(content: ContentBlock[] | string | undefined): ContentBlock[] {
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  return Array.isArray(content) ? content : [];
}

function describeToolInput(input: unknown): string {
  if (!input || typeof input !== 'object') return '';
  const i = input as Record<string, unknown>;
  for (const key of ['file_path', 'path', 'command', 'pattern', 'url', 'description']) {
    if (typeof i[key] === 'string') return i[key];
  }
  return JSON.stringify(input).slice(0, 200);
}

function resultText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map((c: { text?: unknown }) => (typeof c?.text === 'string' ? c.text : '')).join('\n');
  }
  return '';
}
