import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { UsageError } from '../errors/index.js';
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
  const sdk = await loadMcpClient();
  const transport = new sdk.StdioClientTransport({
    command: launch.command,
    args: launch.args,
    cwd,
    env: stringValues(env),
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  const client = new sdk.Client({ name: 'ce-agents-check', version: '1.0.0' });
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

/**
 * The MCP SDK is an optional peer of @ce/core: only the agent set-up check talks MCP, and a user of
 * core for anything else (CI rendering through @ce/ci-render) should not install it.
 */
async function loadMcpClient(): Promise<{ Client: typeof Client; StdioClientTransport: typeof StdioClientTransport }> {
  try {
    const [client, stdio] = await Promise.all([
      import('@modelcontextprotocol/sdk/client/index.js'),
      import('@modelcontextprotocol/sdk/client/stdio.js'),
    ]);
    return { Client: client.Client, StdioClientTransport: stdio.StdioClientTransport };
  } catch {
    throw new UsageError('mcp-sdk-missing', 'checking an MCP server needs @modelcontextprotocol/sdk, which is not installed', {
      hint: 'npm install @modelcontextprotocol/sdk (the ce CLI installs it)',
    });
  }
}
