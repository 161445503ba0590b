import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { onTestFinished } from 'vitest';
import { cleanTestEnv } from '@ce/build-config/test-env';
import { ceBinPath } from './run-ce.js';

/**
 * An MCP client connected over real stdio to a spawned `ce mcp` (built binary) serving `cwd`;
 * closed when the current test finishes. `args` are extra flags (`['--tools', 'all']`).
 */
export async function connectCeMcp(cwd: string, args: string[] = [], options: { env?: Record<string, string> } = {}): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [ceBinPath, 'mcp', ...args],
    cwd,
    env: options.env ?? cleanTestEnv(),
    stderr: 'pipe',
  });
  const client = new Client({ name: 'ce-test', version: '1.0.0' });
  await client.connect(transport);
  onTestFinished(() => client.close());
  return client;
}
