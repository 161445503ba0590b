import { readFileSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { delimiter, join } from 'node:path';

import { connectCeMcp, gitRepo, readTree, repoRoot, runCe, useTempDir } from '@ce/test-utils';
import { describe, expect, it, onTestFinished } from 'vitest';

const STANDIN = join(repoRoot, 'packages', 'agents', 'test', 'fixtures', 'claude-standin.mjs');
const SESSION = join(repoRoot, 'packages', 'agents', 'test', 'fixtures', 'claude-session-answer.jsonl');

/** A PATH with only node's directory and, when asked, the stand-in `claude` (no real agent is ever found). */
function pathWith(claude: boolean): string {
  const bin = useTempDir('ce-bin-');
  if (claude) symlinkSync(STANDIN, join(bin, 'claude'));
  return [bin, join(process.execPath, '..'), '/usr/bin', '/bin'].join(delimiter);
}

/** A local endpoint that fails the way a provider does, echoing the key it was sent in its error text. */
async function leakyEndpoint(): Promise<string> {
  let calls = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const key = String(req.headers['authorization'] ?? '').replace(/^Bearer /, '');
      calls++;
      const status = calls === 1 ? 503 : 401;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: {
            message: `${status === 503 ? 'upstream unavailable for' : 'Incorrect API key provided:'} ${key}`,
            type: 'invalid_request_error',
          },
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  onTestFinished(() => new Promise<void>((r) => server.close(() => r())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}

describe('ce agents', () => {
  it('check --json: lists every adapter with the reason it is unusable; none is selected and usable', async () => {
    const repo = gitRepo({ '.ce/config.yml': 'version: 1\n' });
    const run = await runCe(['agents', 'check', '--json'], {
      cwd: repo,
      env: { PATH: pathWith(false), ANTHROPIC_API_KEY: undefined, OPENAI_API_KEY: undefined },
    });
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout) as {
      selected: string;
      selectedUsable: boolean;
      adapters: { adapter: string; usable: boolean; problems: string[] }[];
    };
    expect(result).toMatchObject({ selected: 'none', selectedUsable: true });
    const problems = Object.fromEntries(result.adapters.map((a) => [a.adapter, a.problems]));
    expect(problems['claude-code']).toEqual(['binary "claude" not found on PATH']);
    expect(problems['anthropic']).toEqual(['no model configured (agents.model)', 'key missing: ANTHROPIC_API_KEY is not set']);
    expect(problems['command']).toEqual(['no command configured (agents.command)']);
  });

  it('check: exits 1 and says so when the selected adapter is not usable', async () => {
    const repo = gitRepo({ '.ce/config.yml': 'version: 1\nagents:\n  adapter: anthropic\n  model: claude-sonnet-4-5\n' });
    const run = await runCe(['agents', 'check'], { cwd: repo, env: { PATH: pathWith(true), ANTHROPIC_API_KEY: undefined } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/\* anthropic\s+unusable\s+key missing: ANTHROPIC_API_KEY is not set/);
    expect(run.stdout).toMatch(/ {2}claude-code\s+usable\s+2\.0\.37 \(Claude Code\)/);
    expect(run.stdout).toContain('selected: anthropic — NOT usable');
  });

  it('ask: never lets the key reach stdout, stderr or .ce files when the endpoint fails and echoes it', async () => {
    const key = 'plain-secret-7Qw9zXc2Vb8nM4kL';
    const repo = gitRepo({
      '.ce/config.yml': `version: 1\nagents:\n  adapter: openai-compatible\n  model: m\n  baseUrl: ${await leakyEndpoint()}\n  apiKeyEnv: LLM_PASS\n  retries: 1\n`,
    });
    for (const json of [false, true]) {
      const run = await runCe(['agents', 'ask', 'hello', ...(json ? ['--json'] : [])], {
        cwd: repo,
        env: { LLM_PASS: key, PATH: pathWith(false) },
      });
      expect(run.exitCode).toBe(1);
      expect(run.stdout + run.stderr).not.toContain(key);
      if (json) {
        expect(JSON.parse(run.stdout)).toMatchObject({
          error: { code: 'agent-auth', message: 'openai-compatible returned 401: Incorrect API key provided: [REDACTED]' },
        });
      } else {
        expect(run.stderr).toContain('upstream unavailable for [REDACTED]; retry 1/1');
        expect(run.stderr).toContain('error: openai-compatible returned 401: Incorrect API key provided: [REDACTED]');
        expect(run.stderr).toContain('hint: check the key in the LLM_PASS environment variable');
      }
    }
    const files = readTree(join(repo, '.ce'));
    expect(Object.keys(files).some((f) => f.startsWith('runs/'))).toBe(true);
    for (const [file, content] of Object.entries(files)) expect(content.toString('utf8'), file).not.toContain(key);
    expect(
      Object.values(files)
        .map((c) => c.toString('utf8'))
        .join(''),
    ).toContain('[REDACTED]');
  });

  it('ask: streams the answer of claude-code to stdout and the usage to stderr', async () => {
    const repo = gitRepo({ '.ce/config.yml': 'version: 1\nagents:\n  adapter: claude-code\n' });
    const run = await runCe(['agents', 'ask', 'What is a checkpoint?'], {
      cwd: repo,
      env: { PATH: pathWith(true), CLAUDE_STANDIN_SESSION: SESSION },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe('A checkpoint is an annotated git tag named checkpoint-{prp_id}-{phase}-{timestamp}.\n');
    expect(run.stderr).toMatch(/^claude-code claude-sonnet-4-5-20250929: 3 in \/ 25 out tokens, \$0\.0061, \d+\.\d s, 1 attempt$/m);
  });

  it('ask --provider --json: answers through a named provider (a local OpenAI-compatible endpoint)', async () => {
    const body = readFileSync(join(repoRoot, 'packages', 'agents', 'test', 'fixtures', 'recorded', 'ollama-chat.json'), 'utf8');
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    onTestFinished(() => new Promise<void>((r) => server.close(() => r())));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    const repo = gitRepo({
      '.ce/config.yml': `version: 1\nagents:\n  providers:\n    ollama: {type: openai-compatible, baseUrl: "${baseUrl}", model: "qwen2.5-coder:7b"}\n`,
    });
    const run = await runCe(['agents', 'ask', 'Summarise INITIAL.md', '--provider', 'ollama', '--json'], {
      cwd: repo,
    });
    expect(run.exitCode).toBe(0);
    const answer = JSON.parse(run.stdout) as {
      result: { ok: boolean; model: string; text: string; usage: { inputTokens: number } };
      log: string;
    };
    expect(answer.result).toMatchObject({ ok: true, model: 'qwen2.5-coder:7b', usage: { inputTokens: 120, outputTokens: 48 } });
    expect(answer.result.text).toContain('=== FILE: src/greet.ts ===');
    expect(answer.log).toMatch(/^\.ce\/runs\/.+\.jsonl$/);
  });

  it('ask with no agent configured: a clear result, exit 0', async () => {
    const repo = gitRepo({ '.ce/config.yml': 'version: 1\n' });
    const run = await runCe(['agents', 'ask', 'hi', '--json'], { cwd: repo });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ result: { ok: false, adapter: 'none', reason: 'no-agent' } });
  });

  it('serves agents_check over MCP (stdio) with the same result as the command', async () => {
    const repo = gitRepo({ '.ce/config.yml': 'version: 1\n' });
    const client = await connectCeMcp(repo, ['--tools', 'agents_check'], {
      env: { PATH: pathWith(false), OCLIF_SKIP_NEW_VERSION_CHECK: 'true' },
    });
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(['agents_check']);
    const response = await client.callTool({ name: 'agents_check', arguments: {} });
    expect(response.structuredContent).toMatchObject({ selected: 'none', selectedUsable: true });
  });
});
