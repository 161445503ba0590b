import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import { excerpt, resolveInRepo, UsageError } from '@ce/core';
import { PATH_ARGUMENTS, type CeTool, type ToolContext } from './tool.js';
import { toolError, toolResult } from './tool-result.js';
import { withToolRunLog } from './tool-run-log.js';
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
    throw new UsageError('unknown-tool', `unknown MCP tool ${unknown.map((n) => `"${excerpt(n)}"`).join(', ')}`, {
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
    server.registerTool(tool.name, { description: tool.description, inputSchema: tool.inputSchema }, (args: unknown, extra) =>
      withToolRunLog(context.root, tool.name, args, async () => {
        try {
          confinePathArguments(tool, args, context.root);
          // The request's signal aborts when the client cancels (or the connection closes): long tools kill their processes.
          return toolResult(await tool.handler(args as never, { ...context, progress: progressSender(extra), signal: extra.signal }));
        } catch (error) {
          return toolError(error);
        }
      }),
    );
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

/**
 * An agent's paths stay in the repository: every path argument is resolved against the root
 * (symlinks included) and refused, naming the argument, when it leads out — for reads and writes.
 */
export function confinePathArguments(tool: CeTool, args: unknown, root: string): void {
  if (args === null || typeof args !== 'object') return;
  for (const name of tool.paths ?? PATH_ARGUMENTS) {
    const value = (args as Record<string, unknown>)[name];
    const values =
      typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    for (const path of values) resolveInRepo(root, path, `argument "${name}"`);
  }
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
