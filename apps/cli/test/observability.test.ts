import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectCeMcp, gitRepo, runCe, useTempDir } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';

// Fake keys: one in a well-known shape, one plain value that only the configuration marks as a
// secret (agents.apiKeyEnv names its variable, whose name does not look secret).
const SHAPED_KEY = ['sk-ant-api03', 'FAKEfakeFAKE0123456789abcdefXYZ'].join('-');
const PLAIN_KEY = ['plainCred', '7Qz0Lx9Wm'].join('');
const KEY_ENV = { ANTHROPIC_API_KEY: SHAPED_KEY, LLM_CRED: PLAIN_KEY };

type LogRecord = Record<string, unknown> & { event?: string; source?: string; command?: string };

/** Every file below `dir`, as [path, text]. */
function filesBelow(dir: string): [string, string][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [[path, readFileSync(path, 'utf8')] as [string, string]];
  });
}

/** The records of every command run log (source cli) under `.ce/runs/`. */
function commandRecords(root: string): LogRecord[] {
  return filesBelow(join(root, '.ce', 'runs'))
    .filter(([path]) => path.endsWith('.jsonl'))
    .flatMap(([, text]) => text.trim().split('\n'))
    .map((line) => JSON.parse(line) as LogRecord)
    .filter((r) => r.source === 'cli');
}

const LEAK_PRP = `---
prp_id: PRP-1
name: Sum
status: ready
---

## Goal
Add sum. The service key for the demo is ${SHAPED_KEY} (and the gateway's is ${PLAIN_KEY}).

## Why
Totals.

## What
- [ ] sum adds

## All Needed Context
- src/math.js

## Implementation Blueprint

Task 1: The sum function
- CREATE \`src/sum.js\`
- Validation: \`node test/leak.mjs\`

## Validation Loop

### Level 2

\`\`\`bash
node test/leak.mjs
\`\`\`
`;

describe('secrets never leave ce', () => {
  it('keeps fake keys out of prompts, run logs, debug lines, stdout, stderr and the escalation report', async () => {
    // The agent keeps every prompt it receives (outside the repository) and prints the keys it sees.
    const agentDir = useTempDir('ce-agent-');
    const prompts = join(agentDir, 'prompts.txt');
    const agent = join(agentDir, 'agent.mjs');
    writeFileSync(
      agent,
      [
        "import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';",
        "const prompt = readFileSync(0, 'utf8');",
        `appendFileSync(${JSON.stringify(prompts)}, prompt + '\\n----\\n');`,
        "writeFileSync('src/sum.js', 'export const sum = (a, b) => a + b;\\n');",
        'console.log("using", process.env.ANTHROPIC_API_KEY, process.env.LLM_CRED);',
      ].join('\n'),
    );
    const root = gitRepo({
      'package.json': '{ "name": "fixture", "type": "module", "private": true }\n',
      'src/math.js': 'export const double = (x) => x * 2;\n',
      // A gate that prints the keys and fails every time: its output reaches diagnostics, fix prompts and the report.
      // tsc's format, so the keys travel as parsed diagnostics into the fix prompts and the report.
      'test/leak.mjs':
        "console.log(`src/sum.js(1,1): error TS2304: Cannot find name '${process.env.ANTHROPIC_API_KEY}' nor '${process.env.LLM_CRED}'.`);\nprocess.exit(1);\n",
      'PRPs/PRP-1-sum.md': LEAK_PRP,
      '.gitignore': '.ce/state/\n.ce/index/\n.ce/runs/\n',
      '.ce/config.yml': `agents:\n  adapter: command\n  apiKeyEnv: LLM_CRED\n  command: ${JSON.stringify(`${process.execPath} ${agent}`)}\nvalidation:\n  maxAttempts: 2\n`,
    });
    const outputs: string[] = [];
    const ce = async (args: string[]): Promise<number> => {
      const r = await runCe(args, { cwd: root, env: { ...KEY_ENV, DEBUG: 'ce:*' }, timeoutMs: 120_000 });
      outputs.push(r.stdout, r.stderr);
      return r.exitCode;
    };
    expect(await ce(['prp', 'allow', 'PRPs/PRP-1-sum.md'])).toBe(0);
    expect(await ce(['validate', '--prp', 'PRPs/PRP-1-sum.md', '--level', '2', '--json'])).toBe(1);
    expect(await ce(['execute', 'PRPs/PRP-1-sum.md', '--verbose'])).toBe(3);

    const runFiles = filesBelow(join(root, '.ce', 'runs'));
    const report = runFiles.find(([path]) => path.endsWith('report.md'));
    expect(report, 'the escalation report').toBeDefined();
    const sent = readFileSync(prompts, 'utf8');
    // Each place did receive text that held the keys, so [REDACTED] stands where they were.
    expect(sent).toContain('[REDACTED]');
    expect(report?.[1]).toContain('[REDACTED]');
    expect(outputs.join('')).toContain('[REDACTED]');
    for (const [where, text] of [...runFiles, ['prompts sent to the agent', sent], ['stdout and stderr', outputs.join('\n')]]) {
      expect(text, where).not.toContain(SHAPED_KEY);
      expect(text, where).not.toContain(PLAIN_KEY);
    }
    // The debug lines were there (DEBUG=ce:*) and went to stderr.
    expect(outputs.join('')).toMatch(/ce:validate L2 node test\/leak\.mjs: exit 1/);
  }, 240_000);
});

describe('run logs', () => {
  it('records start, child processes, gates and end with durations and exit codes; ce metrics ignores them', async () => {
    const root = gitRepo({
      'package.json': '{ "name": "fixture", "private": true, "scripts": { "test": "node -e \\"process.exit(0)\\"" } }\n',
      '.ce/config.yml': 'validation:\n  commands:\n    "2":\n      - command: node -e "process.exit(0)"\n',
    });
    const r = await runCe(['validate', '--level', '2', '--json'], { cwd: root });
    expect(r.exitCode).toBe(0);
    const records = commandRecords(root).filter((rec) => rec.command === 'validate');
    expect(records.map((rec) => rec.event)).toEqual(['start', 'process', 'gate-command', 'gate', 'end']);
    const [start, child, command, gate, end] = records;
    expect(start).toMatchObject({ level: 'info', argv: ['--level', '2', '--json'], cwd: root });
    expect(child).toMatchObject({ cmd: 'node -e process.exit(0)', exitCode: 0, timedOut: false });
    expect(child?.['durationMs']).toEqual(expect.any(Number));
    expect(command).toMatchObject({ level: 'info', gate: 'L2', exitCode: 0, passed: true });
    expect(gate).toMatchObject({ gate: 'L2', passed: true, empty: false, commandsFrom: 'config' });
    expect(end).toMatchObject({ exitCode: 0 });
    expect(end?.['durationMs']).toEqual(expect.any(Number));
    const metrics = await runCe(['metrics', '--json'], { cwd: root });
    expect(JSON.parse(metrics.stdout)).toMatchObject({ runs: 0 });
  }, 60_000);

  it('records the error of a failed command, and writes nothing in a repository that does not use ce', async () => {
    const root = gitRepo({ '.ce/config.yml': 'agents:\n  adapter: none\n' });
    const bad = await runCe(['prp', 'start', 'not-an-id'], { cwd: root });
    expect(bad.exitCode).toBe(2);
    const records = commandRecords(root);
    expect(records.map((rec) => rec.event)).toEqual(['start', 'error', 'end']);
    expect(records[1]).toMatchObject({ level: 'error', exitCode: 2 });
    expect(records[2]).toMatchObject({ exitCode: 2 });

    const plain = gitRepo({ 'README.md': '# a repository without ce\n' });
    expect((await runCe(['validate', '--json'], { cwd: plain })).exitCode).toBe(0);
    expect(existsSync(join(plain, '.ce'))).toBe(false);
  }, 60_000);

  it('keeps only the most recent logs, and goes on with one warning when the log cannot be written', async () => {
    const root = gitRepo({ '.ce/config.yml': 'agents:\n  adapter: none\n' });
    for (let i = 0; i < 4; i += 1) {
      expect((await runCe(['memory', 'write', 'note', `text ${i}`], { cwd: root, env: { CE_RUN_LOGS_KEEP: '2' } })).exitCode).toBe(0);
    }
    expect(readdirSync(join(root, '.ce', 'runs')).filter((n) => n.endsWith('.jsonl'))).toHaveLength(2);

    const broken = gitRepo({ '.ce/config.yml': 'agents:\n  adapter: none\n', '.ce/runs': 'a file where the folder should be\n' });
    const r = await runCe(['validate', '--json'], { cwd: broken });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ passed: true });
    expect(r.stderr.match(/warning: the run log .* cannot be written/g)).toHaveLength(1);
  }, 60_000);
});

describe('--verbose and DEBUG', () => {
  it('--verbose puts debug lines on stderr only: --json stays one plain document, even with FORCE_COLOR', async () => {
    const root = gitRepo({ '.ce/config.yml': 'validation:\n  commands:\n    "1":\n      - command: node -e "1"\n' });
    const r = await runCe(['validate', '--level', '1', '--json', '--verbose'], { cwd: root, env: { FORCE_COLOR: '3' } });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ passed: true });
    // eslint-disable-next-line no-control-regex -- looking for ANSI escapes
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stderr).toMatch(/ce:cli ce validate started/);
    expect(r.stderr).toMatch(/ce:process node -e 1 exited 0 in \d+ ms/);
    expect(r.stderr).toMatch(/ce:validate L1 passed/);
    // No spinner without a terminal.
    expect(r.stderr).not.toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/);
    const quiet = await runCe(['validate', '--level', '1', '--json'], { cwd: root });
    expect(quiet.stderr).toBe('');
  }, 60_000);

  it('DEBUG=ce:validate shows that namespace and no other', async () => {
    const root = gitRepo({ '.ce/config.yml': 'validation:\n  commands:\n    "1":\n      - command: node -e "1"\n' });
    const r = await runCe(['validate', '--level', '1'], { cwd: root, env: { DEBUG: 'ce:validate,ce:agents' } });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/ce:validate L1 node -e "1": exit 0/);
    expect(r.stderr).not.toMatch(/ce:(process|cli)/);
    expect(r.stdout).not.toMatch(/ce:validate/);
  }, 60_000);
});

describe('run logs of MCP tool calls', () => {
  it('logs each tool call as a run, with its arguments redacted and the exit code the CLI would give', async () => {
    const root = gitRepo({ '.gitignore': 'node_modules/\n' });
    expect((await runCe(['init', '--json'], { cwd: root })).exitCode).toBe(0);
    const client = await connectCeMcp(root, ['--tools', 'all']);
    try {
      const wrote = await client.callTool({ name: 'write_memory', arguments: { memory_name: 'note', content: `key ${SHAPED_KEY}` } });
      expect(wrote.isError).toBeFalsy();
      const refused = await client.callTool({ name: 'prp_check', arguments: { file: '../outside.md' } });
      expect(refused.isError).toBe(true);
    } finally {
      await client.close();
    }
    const records = commandRecords(root).filter((r) => r.command?.startsWith('mcp:'));
    const ends = records.filter((r) => r.event === 'end').map((r) => [r.command, r['exitCode']]);
    expect(ends).toEqual(
      expect.arrayContaining([
        ['mcp:write_memory', 0],
        ['mcp:prp_check', 2],
      ]),
    );
    expect(JSON.stringify(records)).not.toContain(SHAPED_KEY);
    expect(JSON.stringify(records)).toContain('[REDACTED]');
    // The logs keep themselves out of git: the tree ce init left is as clean as before the calls.
    expect(execFileSync('git', ['status', '--porcelain', '.ce/runs'], { cwd: root, encoding: 'utf8' })).toBe('');
  }, 60_000);
});
