import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import { isCeError, redactSecrets, UsageError } from '@ce/core';
import type { CeTool, ToolContext } from './tool.js';
import { allTools } from './tools/index.js';

export interface ServerOptions {
  root: string;
  /** `core`, `all`, or a comma-separated list of tool names. */
  tools: string;
  version: string;
}

/** Picks the tools to expose; an unknown name is a usage error listing the known ones. */
export function selectTools(selection: string, tools: readonly CeTool[] = allTools): CeTool[] {
  if (selection === 'all') return [...tools];
  if (selection === 'core' || selection === '') return tools.filter((t) => t.core);
  const names = selection
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !tools.some((t) => t.name === n));
  if (unknown.length > 0) {
    throw new UsageError('unknown-tool', `unknown MCP tool ${unknown.map((n) => `"${n}"`).join(', ')}`, {
      hint: `known tools: ${tools.map((t) => t.name).join(', ')}`,
    });
  }
  return tools.filter((t) => names.includes(t.name));
}

/** An MCP server exposing ce's operations as tools over the given context. */
export function createServer(options: ServerOptions): McpServer {
  const server = new McpServer({ name: 'ce', version: options.version });
  const context: ToolContext = { root: options.root, version: options.version };
  for (const tool of selectTools(options.tools)) {
    server.registerTool(tool.name, { description: tool.description, inputSchema: tool.inputSchema }, async (args: unknown, extra) => {
      try {
        const result = await tool.handler(args as never, { ...context, progress: progressSender(extra) });
        const structured =
          result !== null && typeof result === 'object' && !Array.isArray(result) ? (result as Record<string, unknown>) : { result };
        return { content: [{ type: 'text' as const, text: redactSecrets(JSON.stringify(structured)) }], structuredContent: structured };
      } catch (error) {
        const text = isCeError(error)
          ? `${error.line}${error.hint ? `\nhint: ${error.hint}` : ''}`
          : `internal error: ${(error as Error).message}`;
        return { content: [{ type: 'text' as const, text: redactSecrets(text) }], isError: true };
      }
    });
  }
  return server;
}

/** Progress notifications for one call, sent only when the client gave a progress token. */
function progressSender(extra: RequestHandlerExtra<ServerRequest, ServerNotification>): ToolContext['progress'] {
  const token = extra._meta?.progressToken;
  if (token === undefined) return undefined;
  return (message, progress, total) => {
    void extra
      .sendNotification({
        method: 'notifications/progress',
        params: { progressToken: token, progress, message, ...(total ? { total } : {}) },
      })
      .catch(() => undefined); // a client that went away does not stop the work
  };
}

/** Serves over stdio until the client disconnects. stdout is the protocol: logs go to stderr. */
export async function startStdioServer(options: ServerOptions): Promise<void> {
  const server = createServer(options);
  const transport = new StdioServerTransport();
  await server.connect(transport);
  await new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.on('end', () => resolve());
  });
}
