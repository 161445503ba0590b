// The MCP tools as a client receives them: starts the built `ce mcp` over stdio, speaks just enough
// JSON-RPC (initialize, tools/list) to read its definitions, and stops it. Used by reference.mjs to
// write docs/reference/mcp.md, so the tool reference is what an agent really sees.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The tools/list answer of `ce mcp <args>` (the built binary at `bin`), served from a throw-away folder. */
export async function listMcpTools(bin, args) {
  const cwd = mkdtempSync(join(tmpdir(), 'ce-docs-mcp-'));
  spawnSync('git', ['init', '-q'], { cwd }); // ce serves a git work tree
  const child = spawn(process.execPath, [bin, 'mcp', ...args], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const answers = new Map();
    let buffered = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      buffered += chunk;
      for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
        const message = JSON.parse(buffered.slice(0, end));
        buffered = buffered.slice(end + 1);
        answers.get(message.id)?.(message);
      }
    });
    const request = (id, method, params) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`ce mcp did not answer ${method}`)), 30_000);
        child.once('exit', (exitCode) => reject(new Error(`ce mcp exited (${exitCode}) before answering ${method}`)));
        answers.set(id, (message) => {
          clearTimeout(timer);
          if (message.error) reject(new Error(`ce mcp ${method}: ${message.error.message}`));
          else resolve(message.result);
        });
        child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id, method, params })}\n`);
      });
    await request(1, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'ce-docs', version: '1' } });
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);
    return await request(2, 'tools/list', {});
  } finally {
    child.kill();
    rmSync(cwd, { recursive: true, force: true });
  }
}
