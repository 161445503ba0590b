import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { McpLaunch } from './mcp-launch.js';

export interface McpHandshake {
  ok: boolean;
  /** The server's own name and version from `initialize`, when it answered. */
  server?: { name: string; version: string };
  /** How many tools `tools/list` returned. */
  tools?: number;
  /** Why it failed: the spawn error, the timeout, or the last line the server wrote to stderr. */
  error?: string;
}

/**
 * Starts exactly the command an agent's configuration names, as the agent would (no shell, in the
 * repository), and completes an MCP `initialize` and `tools/list` over stdio within `timeoutMs`.
 */
export async function mcpHandshake(
  launch: McpLaunch,
  cwd: string,
  timeoutMs: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<McpHandshake> {
  const transport = new StdioClientTransport({ command: launch.command, args: launch.args, cwd, env: stringValues(env), stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  const client = new Client({ name: 'ce-agents-check', version: '1.0.0' });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const answer = await Promise.race([talk(client, transport), timeout]);
    return { ok: true, ...answer };
  } catch (error) {
    const lastLine = stderr.trim().split('\n').at(-1);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: lastLine ? `${message} (stderr: ${lastLine})` : message };
  } finally {
    clearTimeout(timer);
    await client.close().catch(() => undefined);
  }
}

async function talk(
  client: Client,
  transport: StdioClientTransport,
): Promise<{ server?: { name: string; version: string }; tools: number }> {
  await client.connect(transport);
  const { tools } = await client.listTools();
  const info = client.getServerVersion();
  return { ...(info ? { server: { name: info.name, version: info.version } } : {}), tools: tools.length };
}

function stringValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
