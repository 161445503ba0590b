import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { CeError, isoNow, UsageError } from '@ce/core';
import { parseMemoryText, recordFromInput, serializeMemory } from './memory-file.js';
import { memoryId, parseMemoryId, refToKey } from './memory-id.js';
import type { MemoryFilter, MemoryInput, MemoryRecord, MemoryRef, MemoryStore } from './memory-types.js';

export interface McpMemoryOptions {
  /** The memory server to start over stdio (e.g. Serena, or `ce mcp --tools all`). */
  command?: string;
  args?: string[];
  cwd?: string;
  env?: Record<string, string>;
  /** An already made transport instead of a command (in-process servers). */
  transport?: Transport;
}

const NAME_PARAMS = ['memory_name', 'memory_file_name', 'name'];

interface ToolResult {
  content?: Array<{ type: string; text?: string }>;
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

/**
 * Memories kept by an MCP memory server, called through its tools `write_memory`, `read_memory`,
 * `list_memories` and `delete_memory` (Serena's names). Each memory travels as the same markdown
 * text the file backend stores, so the server keeps the same on-disk form.
 */
export class McpMemoryStore implements MemoryStore {
  readonly backend = 'mcp' as const;
  private client: Client | undefined;
  private connecting: Promise<Client> | undefined;
  private nameParam = 'memory_name';

  constructor(private readonly options: McpMemoryOptions) {
    if (!options.transport && !options.command) {
      throw new UsageError('memory-mcp-command', 'memory.backend is "mcp" but memory.mcp.command is not set', {
        file: '.ce/config.yml',
        hint: 'set memory.mcp.command (and args) to the memory server to start, e.g. serena',
      });
    }
  }

  async write(input: MemoryInput): Promise<MemoryRecord> {
    const id = memoryId({ prpId: input.prpId ?? null, kind: input.kind, name: input.name });
    const existing = await this.read(id);
    const record = recordFromInput(input, isoNow(), existing);
    await this.call('write_memory', { [this.nameParam]: record.id, content: serializeMemory(record) });
    // The server stamps the memory with its own clock (`updated` may fall in the next second): what it
    // stored is the answer, as the file backend answers with what it wrote.
    return (await this.read(id)) ?? record;
  }

  async read(ref: MemoryRef): Promise<MemoryRecord | undefined> {
    const id = memoryId(refToKey(ref));
    const client = await this.connect();
    const result = (await client.callTool({ name: 'read_memory', arguments: { [this.nameParam]: id } })) as ToolResult;
    const text = textOf(result);
    if (result.isError || /\bnot found\b|does not exist|no memory/i.test(text.slice(0, 200))) {
      if (result.isError && !/not found|does not exist|no memory/i.test(text)) throw serverError('read_memory', text);
      return undefined;
    }
    const structured = result.structuredContent?.['content'];
    return parseMemoryText(id, typeof structured === 'string' ? structured : text);
  }

  async list(filter: MemoryFilter = {}): Promise<MemoryRecord[]> {
    const result = await this.call('list_memories', {});
    const names = memoryNames(result);
    const records: MemoryRecord[] = [];
    for (const name of names) {
      let key;
      try {
        key = parseMemoryId(name);
      } catch {
        continue;
      }
      if (filter.kind && key.kind !== filter.kind) continue;
      if (filter.prpId && key.prpId !== null && key.prpId !== filter.prpId) continue;
      const record = await this.read(memoryId(key));
      if (!record) continue;
      if (filter.prpId && record.prpId !== filter.prpId) continue;
      records.push(record);
    }
    return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async delete(ref: MemoryRef): Promise<boolean> {
    const id = memoryId(refToKey(ref));
    if (!(await this.read(id))) return false;
    await this.call('delete_memory', { [this.nameParam]: id });
    return true;
  }

  async close(): Promise<void> {
    const client = this.client ?? (this.connecting ? await this.connecting.catch(() => undefined) : undefined);
    this.client = undefined;
    this.connecting = undefined;
    await client?.close();
  }

  private async call(tool: string, args: Record<string, unknown>): Promise<ToolResult> {
    const client = await this.connect();
    const result = (await client.callTool({ name: tool, arguments: args })) as ToolResult;
    if (result.isError) throw serverError(tool, textOf(result));
    return result;
  }

  private connect(): Promise<Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      // Loaded on first use: the SDK is not needed (nor paid for at start-up) with the file backend.
      const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
      const { StdioClientTransport } = await import('@modelcontextprotocol/sdk/client/stdio.js');
      const client = new Client({ name: 'ce-state', version: '0.1.0' });
      const transport =
        this.options.transport ??
        new StdioClientTransport({
          command: this.options.command ?? '',
          args: this.options.args ?? [],
          ...(this.options.cwd ? { cwd: this.options.cwd } : {}),
          ...(this.options.env ? { env: this.options.env } : {}),
          stderr: 'pipe',
        });
      try {
        await client.connect(transport);
      } catch (error) {
        throw new CeError('memory-server', `could not start the memory server ${this.options.command ?? ''}: ${(error as Error).message}`, {
          hint: 'check memory.mcp.command and memory.mcp.args in .ce/config.yml',
        });
      }
      const { tools } = await client.listTools();
      const missing = ['write_memory', 'read_memory', 'list_memories', 'delete_memory'].filter((n) => !tools.some((t) => t.name === n));
      if (missing.length > 0) {
        await client.close();
        throw new CeError('memory-server', `the memory server ${this.options.command ?? ''} lacks the tools ${missing.join(', ')}`, {
          hint: 'point memory.mcp at a server with write_memory, read_memory, list_memories and delete_memory (Serena, or ce mcp --tools all)',
        });
      }
      const props = Object.keys(
        (tools.find((t) => t.name === 'write_memory')?.inputSchema?.properties as Record<string, unknown> | undefined) ?? {},
      );
      this.nameParam = NAME_PARAMS.find((p) => props.includes(p)) ?? 'memory_name';
      this.client = client;
      return client;
    })();
    return this.connecting;
  }
}

function textOf(result: ToolResult): string {
  return (result.content ?? [])
    .filter((c) => c.type === 'text')
    .map((c) => c.text ?? '')
    .join('');
}

function serverError(tool: string, text: string): CeError {
  return new CeError('memory-server', `the memory server's ${tool} failed: ${text.split('\n')[0] ?? ''}`, {
    hint: 'see the memory server log',
  });
}

/** Memory names from a list_memories answer: structured `{memories: [...]}`, a JSON array or object of arrays, or lines. */
export function memoryNames(result: ToolResult): string[] {
  const fromValue = (value: unknown): string[] | undefined => {
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
    if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      if (Array.isArray(obj['memories'])) return fromValue(obj['memories']);
      const arrays = Object.values(obj).filter(Array.isArray);
      if (arrays.length > 0) return arrays.flatMap((a) => fromValue(a) ?? []);
    }
    return undefined;
  };
  const structured = result.structuredContent ? fromValue(result.structuredContent) : undefined;
  if (structured) return structured;
  const text = textOf(result).trim();
  try {
    const parsed = fromValue(JSON.parse(text));
    if (parsed) return parsed;
  } catch {
    /* not JSON: one name per line below */
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^[-*\s]+/, '').trim())
    .filter((line) => line.length > 0 && !/\s/.test(line));
}
