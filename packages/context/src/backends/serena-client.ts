import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { parseToolJson } from './serena-results.js';

export interface SerenaServerOptions {
  /** The command that starts Serena as an MCP server over stdio (`serena.command`). */
  command: string;
  args?: string[];
  /** Working directory of the server: the repository root. */
  cwd: string;
}

interface ToolResult {
  content?: Array<{ type: string; text?: string }>;
  isError?: boolean;
}

/** A running Serena process, spoken to with the official MCP SDK client over stdio. */
export class SerenaSession {
  private constructor(
    private readonly client: Client,
    private readonly params: Map<string, string[]>,
  ) {}

  /** Starts the server and lists its tools; rejects when it cannot be started or does not speak MCP. */
  static async start(options: SerenaServerOptions): Promise<SerenaSession> {
    // Loaded on first use: the SDK costs nothing at start-up while Serena is not configured.
    const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
    const { StdioClientTransport } = await import('@modelcontextprotocol/sdk/client/stdio.js');
    const client = new Client({ name: 'ce-context', version: '0.1.0' });
    const transport = new StdioClientTransport({ command: options.command, args: options.args ?? [], cwd: options.cwd, stderr: 'pipe' });
    // Serena logs to stderr: drain it (a full pipe would stall the server) and keep its tail for errors.
    let stderrTail = '';
    transport.stderr?.on('data', (chunk: Buffer | string) => {
      stderrTail = (stderrTail + chunk.toString()).slice(-2000);
    });
    try {
      await client.connect(transport);
      const { tools } = await client.listTools();
      const params = new Map(
        tools.map((t) => [t.name, Object.keys((t.inputSchema.properties as Record<string, unknown> | undefined) ?? {})]),
      );
      return new SerenaSession(client, params);
    } catch (error) {
      await client.close().catch(() => undefined);
      await new Promise((settle) => setImmediate(settle)); // let the last stderr chunk arrive
      const lastLog = stderrTail.trim().split('\n').pop()?.trim();
      throw new Error(
        `could not start Serena (${[options.command, ...(options.args ?? [])].join(' ')}): ${(error as Error).message}${lastLog ? ` — ${lastLog}` : ''}`,
      );
    }
  }

  /** Whether the server offers a tool. */
  has(tool: string): boolean {
    return this.params.has(tool);
  }

  /** The first of these argument names the tool declares (Serena renamed some between releases). */
  param(tool: string, names: string[]): string {
    const declared = this.params.get(tool) ?? [];
    return names.find((n) => declared.includes(n)) ?? names[0]!;
  }

  /** Calls a tool and parses its JSON text answer; rejects on a tool error or an answer that is not JSON. */
  async call(tool: string, args: Record<string, unknown>): Promise<unknown> {
    if (!this.has(tool)) throw new Error(`Serena offers no ${tool} tool`);
    // Only the arguments this release declares: a server may refuse the others.
    const declared = this.params.get(tool) ?? [];
    const sent = declared.length > 0 ? Object.fromEntries(Object.entries(args).filter(([key]) => declared.includes(key))) : args;
    const result = (await this.client.callTool({ name: tool, arguments: sent })) as ToolResult;
    const text = (result.content ?? [])
      .filter((c) => c.type === 'text')
      .map((c) => c.text ?? '')
      .join('');
    if (result.isError) throw new Error(`Serena's ${tool} failed: ${text.split('\n')[0] ?? ''}`);
    return parseToolJson(tool, text);
  }

  async close(): Promise<void> {
    await this.client.close().catch(() => undefined);
  }
}
