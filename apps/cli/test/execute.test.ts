import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CallToolResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { connectCeMcp, gitRepo, runCe, useTempDir } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { sumPrp } from './sum-prp.js';

const PRP = sumPrp({ level2: 'node --test test/' });
const SUM = 'export function sum(a, b) {\n  return a + b;\n}\n';

/** A repository with the PRP, its commands allowed by a person (`ce prp allow`). */
async function repo(config = 'agents:\n  adapter: none\n'): Promise<string> {
  const root = gitRepo({
    'package.json': '{ "name": "fixture", "type": "module", "private": true }\n',
    'src/math.js': 'export const double = (x) => x * 2;\n',
    'test/math.test.js': "import { test } from 'node:test';\ntest('ok', () => {});\n",
    'PRPs/PRP-1-sum.md': PRP,
    '.gitignore': '.ce/state/\n.ce/index/\n.ce/runs/\n',
    '.ce/config.yml': config,
  });
  expect((await runCe(['prp', 'allow', 'PRPs/PRP-1-sum.md'], { cwd: root })).exitCode).toBe(0);
  return root;
}

/** An agent program for the `command` adapter: reads the prompt on stdin, writes the file it is asked for. */
function agentScript(body: string): string {
  const file = join(useTempDir('ce-agent-'), 'agent.mjs');
  writeFileSync(
    file,
    `import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';\nconst prompt = readFileSync(0, 'utf8');\n${body}\n`,
  );
  return file;
}

describe('ce execute', () => {
  it('--agent none: stops before the task with what to implement, then referees the work on --continue; ce metrics reports the run', async () => {
    const root = await repo();
    const first = await runCe(['execute', 'PRPs/PRP-1-sum.md', '--agent', 'none', '--json'], { cwd: root });
    expect(first.exitCode).toBe(0);
    const waiting = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(waiting).toMatchObject({
      status: 'awaiting-implementation',
      task: {
        number: '1',
        title: 'The sum function',
        files: [{ path: 'src/sum.js', action: 'create' }],
        validation: ['node --test test/'],
      },
    });
    writeFileSync(join(root, 'src/sum.js'), SUM);
    const done = await runCe(['execute', 'PRPs/PRP-1-sum.md', '--continue'], { cwd: root, timeoutMs: 120_000 });
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toMatch(/Task 1: The sum function — outside; validation passed, L2 passed/);
    expect(done.stdout).toMatch(/PRP-1 executed: confidence \d+\/10/);
    const metrics = await runCe(['metrics', '--json'], { cwd: root });
    expect(JSON.parse(metrics.stdout)).toMatchObject({ runs: 1, completed: 1, firstPassSuccess: { count: 1, of: 1, percent: 100 } });
    const human = await runCe(['metrics'], { cwd: root });
    expect(human.stdout).toMatch(/First-pass success: +100% \(1\/1\)[\s\S]*Trend .*: █/);
  }, 180_000);

  it('exits 3 with a short summary on stderr and a report when the agent writes a secret; --decision without --reason is bad input', async () => {
    const token = ['ghp', 'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'].join('_');
    const script = agentScript(`writeFileSync('src/sum.js', 'const t = "${token}";\\n' + ${JSON.stringify(SUM)});`);
    const root = await repo(`agents:\n  adapter: command\n  command: ${JSON.stringify(`${process.execPath} ${script}`)}\n`);
    const r = await runCe(['execute', 'PRPs/PRP-1-sum.md'], { cwd: root, timeoutMs: 120_000 });
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toMatch(/^escalation \(secret\) at task-1: .*src\/sum\.js/m);
    expect(r.stderr).toMatch(/report: \.ce\/runs\/.+\/report\.md/);
    expect(r.stderr).not.toContain(token);
    const bad = await runCe(['execute', 'PRPs/PRP-1-sum.md', '--continue', '--decision', 'accept', '--json'], { cwd: root });
    expect(bad.exitCode).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({ error: { code: 'decision-needs-reason' } });
    const accepted = await runCe(
      ['execute', 'PRPs/PRP-1-sum.md', '--continue', '--decision', 'accept', '--reason', 'a revoked demo token', '--json'],
      {
        cwd: root,
        timeoutMs: 120_000,
      },
    );
    expect(accepted.exitCode).toBe(0);
    expect(JSON.parse(accepted.stdout)).toMatchObject({ status: 'completed' });
  }, 240_000);

  it('names the file when the PRP does not exist (exit 2, one line)', async () => {
    const root = await repo();
    const r = await runCe(['execute', 'PRPs/nope.md'], { cwd: root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^error: PRPs\/nope\.md: PRP file not found$/m);
  });
});

describe('MCP execute_prp', () => {
  it('returns the task to implement with agent none, and sends progress notifications while it runs the gates', async () => {
    const root = await repo();
    const client = await connectCeMcp(root, ['--tools', 'all']);
    const first = await client.callTool({ name: 'execute_prp', arguments: { prp: 'PRPs/PRP-1-sum.md', agent: 'none' } });
    expect(first.structuredContent).toMatchObject({ status: 'awaiting-implementation', task: { number: '1' } });
    writeFileSync(join(root, 'src/sum.js'), SUM);
    const progress: string[] = [];
    const done = await client.callTool(
      { name: 'execute_prp', arguments: { prp: 'PRPs/PRP-1-sum.md', continue: true } },
      CallToolResultSchema,
      {
        onprogress: (p) => progress.push(p.message ?? ''),
        timeout: 120_000,
      },
    );
    expect(done.structuredContent).toMatchObject({ status: 'completed', exitCode: 0 });
    expect(progress).toEqual(
      expect.arrayContaining(['task-1:validation attempt 1: passed', expect.stringMatching(/^checkpoint checkpoint-PRP-1-task-1-/)]),
    );
    expect(readFileSync(join(root, 'PRPs/PRP-1-sum.md'), 'utf8')).toMatch(/^files_touched:\n {2}- src\/sum\.js$/m);
  }, 180_000);
});
