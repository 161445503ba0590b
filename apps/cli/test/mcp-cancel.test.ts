// Cancelling a long tool over MCP: the SDK client aborts the call (notifications/cancelled), the
// server aborts the request's signal, and the gate command the tool was running is killed with its
// whole process tree; the server goes on answering.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CallToolResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { cleanTestEnv } from '@ce/build-config/test-env';
import { connectCeMcp, gitRepo, runCe, useTempDir } from '@ce/test-utils';
import { describe, expect, it, onTestFinished } from 'vitest';
import { sumPrp } from './sum-prp.js';

const PRP = sumPrp({ level2: 'node slow-check.mjs' });

/** A check that never ends by itself: it starts a grandchild, writes both pids, and waits. */
const SLOW_CHECK = `import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
writeFileSync(process.env.CE_TEST_PIDS, \`\${process.pid} \${child.pid}\`);
setInterval(() => {}, 1000);
`;

/** Running (not exited, and not a zombie waiting for its parent to reap it). */
function isRunning(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (condition()) return true;
  return condition();
}

describe('cancelling a long MCP tool', () => {
  it(
    'kills the gate command execute_prp is running, with its children, and the server answers the next call',
    { timeout: 120_000 },
    async () => {
      const root = gitRepo({
        'package.json': '{ "name": "fixture", "type": "module", "private": true }\n',
        'src/math.js': 'export const double = (x) => x * 2;\n',
        'slow-check.mjs': SLOW_CHECK,
        'PRPs/PRP-1-sum.md': PRP,
        '.gitignore': '.ce/state/\n.ce/index/\n.ce/runs/\n',
        '.ce/config.yml': 'agents:\n  adapter: none\n',
      });
      expect((await runCe(['prp', 'allow', 'PRPs/PRP-1-sum.md'], { cwd: root })).exitCode).toBe(0);
      const pids = join(useTempDir('ce-pids-'), 'pids');
      const client = await connectCeMcp(root, [], { env: { ...cleanTestEnv(), CE_TEST_PIDS: pids } });
      const first = await client.callTool({ name: 'execute_prp', arguments: { prp: 'PRPs/PRP-1-sum.md', agent: 'none' } });
      expect(first.structuredContent).toMatchObject({ status: 'awaiting-implementation' });
      writeFileSync(join(root, 'src/sum.js'), 'export const sum = (a, b) => a + b;\n');

      const controller = new AbortController();
      const running = client.callTool(
        { name: 'execute_prp', arguments: { prp: 'PRPs/PRP-1-sum.md', continue: true } },
        CallToolResultSchema,
        {
          signal: controller.signal,
          timeout: 60_000,
        },
      );
      const settled = running.then(
        () => 'answered',
        (error: Error) => error.message,
      );
      expect(await until(() => existsSync(pids) && readFileSync(pids, 'utf8').includes(' '), 30_000)).toBe(true);
      const [check, grandchild] = readFileSync(pids, 'utf8').split(' ').map(Number) as [number, number];
      expect(isRunning(check) && isRunning(grandchild)).toBe(true);
      // Should the cancel fail, the test still leaves nothing running behind it.
      onTestFinished(() => {
        for (const pid of [check, grandchild]) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
      });

      // The server does not block on one tool: it answers while the execution runs.
      expect((await client.callTool({ name: 'prp_status', arguments: {} })).isError).toBeFalsy();
      expect(isRunning(check)).toBe(true);

      controller.abort('the person changed their mind');
      expect(await settled).toMatch(/changed their mind/);
      expect(await until(() => !isRunning(check) && !isRunning(grandchild), 10_000)).toBe(true);

      const status = await client.callTool({ name: 'status', arguments: {} });
      expect(status.isError).toBeFalsy();
      expect(status.structuredContent).toMatchObject({ root });
      // The execution stopped where it was saved: a fresh start is refused, `continue` would resume it.
      const fresh = await client.callTool({ name: 'execute_prp', arguments: { prp: 'PRPs/PRP-1-sum.md' } });
      expect(fresh.structuredContent).toMatchObject({ error: { code: 'execution-in-progress', exitCode: 2 } });
    },
  );
});
