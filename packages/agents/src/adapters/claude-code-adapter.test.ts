import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitRepo } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { type AgentError, createAgent, type CompleteSuccess, type ImplementSuccess, type TranscriptEntry } from '../index.js';
import { claudeOnPath } from '../../test/claude-stand-in.js';
import { agentsConfig, recordingSleep } from '../../test/helpers.js';

const INDEX = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';
const runs = (log: string): { argv: string[]; prompt: string; cwd: string }[] =>
  readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { argv: string[]; prompt: string; cwd: string });

describe('claude-code adapter (stand-in claude replaying recorded stream-json)', () => {
  it('implements a task: edits the tree, lists changed files from git, parses the transcript, usage and cost', async () => {
    const repo = gitRepo({ 'src/index.ts': INDEX, 'README.md': '# demo\n' });
    const { env, log } = claudeOnPath('implement');
    const agent = createAgent(
      agentsConfig({
        adapter: 'claude-code',
        claudeCode: { binary: 'claude', allowedTools: ['Read', 'Edit', 'Write', 'Bash(npm test:*)'], permissionMode: 'acceptEdits' },
      }),
      { env, root: repo },
    );
    const seen: TranscriptEntry[] = [];
    const result = (await agent.implement(
      { id: 'Task 1', title: 'Add greet()', description: 'Create src/greet.ts and export it.', files: ['src/greet.ts', 'src/index.ts'] },
      { root: repo, context: 'PRP-1: greeting feature', onEvent: (e) => seen.push(e) },
    )) as ImplementSuccess;

    expect(result.ok).toBe(true);
    expect(result.completed).toBe(true);
    expect(result.changedFiles).toEqual(['src/greet.ts', 'src/index.ts']);
    expect(readFileSync(join(repo, 'src/index.ts'), 'utf8')).toBe(`export { greet } from './greet.js';\n\n${INDEX}`);
    expect(result.summary).toBe('Added `greet()` in src/greet.ts and re-exported it from src/index.ts.');
    expect(result.usage).toMatchObject({
      inputTokens: 22,
      outputTokens: 273,
      cacheReadTokens: 64286,
      cacheWriteTokens: 5724,
      costUsd: 0.0421855,
      attempts: 1,
    });
    expect(result.transcript.map((e) => e.kind)).toEqual([
      'prompt',
      'system',
      'text',
      'tool-use',
      'tool-result',
      'tool-use',
      'tool-result',
      'tool-use',
      'tool-result',
      'text',
      'result',
    ]);
    expect(result.transcript.filter((e) => e.kind === 'tool-use').map((e) => [e.tool, e.text])).toEqual([
      ['Read', join(repo, 'src/index.ts')],
      ['Write', join(repo, 'src/greet.ts')],
      ['Edit', join(repo, 'src/index.ts')],
    ]);
    expect(result.transcript.find((e) => e.kind === 'tool-result' && e.tool === 'Write')?.text).toBe(
      `File created successfully at: ${join(repo, 'src/greet.ts')}`,
    );
    expect(seen).toEqual(result.transcript.slice(1));

    const [run] = runs(log);
    expect(run?.cwd).toBe(repo);
    expect(run?.argv.slice(0, 1)).toEqual(['-p']);
    expect(run?.argv).toEqual(expect.arrayContaining(['--output-format', 'stream-json', '--verbose', '--permission-mode', 'acceptEdits']));
    expect(run?.argv.slice(run.argv.indexOf('--allowedTools'))).toEqual(['--allowedTools', 'Read', 'Edit', 'Write', 'Bash(npm test:*)']);
    expect(run?.prompt).toContain('# Task 1: Add greet()');
    expect(run?.prompt).toContain('- src/greet.ts');
    expect(run?.prompt).toContain('PRP-1: greeting feature');
  });

  it('counts a second edit of a file that was already modified before the run', async () => {
    const repo = gitRepo({ 'src/index.ts': INDEX });
    writeFileSync(join(repo, 'src/index.ts'), `// local change\n${INDEX}`);
    writeFileSync(join(repo, 'notes.txt'), 'untracked before the run\n');
    const { env } = claudeOnPath('implement');
    const agent = createAgent(agentsConfig({ adapter: 'claude-code' }), { env, root: repo });
    const result = (await agent.implement({ title: 'Add greet()' }, { root: repo })) as ImplementSuccess;
    expect(result.changedFiles).toEqual(['src/greet.ts', 'src/index.ts']);
  });

  it('reports denied tools: in plan mode nothing is written and the run lists no changes', async () => {
    const repo = gitRepo({ 'src/index.ts': INDEX });
    const { env } = claudeOnPath('implement');
    const agent = createAgent(
      agentsConfig({ adapter: 'claude-code', claudeCode: { binary: 'claude', allowedTools: [], permissionMode: 'plan' } }),
      { env, root: repo },
    );
    const result = (await agent.implement({ title: 'Add greet()' }, { root: repo })) as ImplementSuccess;
    expect(result.changedFiles).toEqual([]);
    expect(result.transcript.filter((e) => e.kind === 'tool-result' && e.isError).map((e) => e.tool)).toEqual(['Write', 'Edit']);
  });

  it('complete(): returns the result text, streams assistant text, passes --model and the system prompt', async () => {
    const repo = gitRepo();
    const { env, log } = claudeOnPath('answer');
    const agent = createAgent(agentsConfig({ adapter: 'claude-code', model: 'sonnet' }), { env, root: repo });
    const streamed: string[] = [];
    const result = (await agent.complete('What is a checkpoint?', {
      system: 'One sentence.',
      onText: (t) => streamed.push(t),
    })) as CompleteSuccess;
    expect(result).toMatchObject({ ok: true, adapter: 'claude-code', model: 'claude-sonnet-4-5-20250929' });
    expect(result.text).toBe('A checkpoint is an annotated git tag named checkpoint-{prp_id}-{phase}-{timestamp}.');
    expect(streamed).toEqual([result.text]);
    expect(result.usage).toMatchObject({ inputTokens: 3, outputTokens: 25, costUsd: 0.0061234 });
    const [run] = runs(log);
    expect(run?.argv).toEqual(expect.arrayContaining(['--model', 'sonnet', '--append-system-prompt', 'One sentence.']));
    // A question never edits the tree: read-only tools, default permission mode.
    expect(run?.argv).toEqual(expect.arrayContaining(['--permission-mode', 'default']));
    expect(run?.argv.slice(run.argv.indexOf('--allowedTools'))).toEqual(['--allowedTools', 'Read', 'Glob', 'Grep']);
    expect(run?.prompt).toBe('What is a checkpoint?');
  });

  it('complete(): retries an overloaded (529) result, then succeeds', async () => {
    const { env, log } = claudeOnPath('overloaded', 'answer');
    const { sleep, delays } = recordingSleep();
    const agent = createAgent(agentsConfig({ adapter: 'claude-code' }), { env, root: gitRepo(), sleep });
    const result = (await agent.complete('What is a checkpoint?')) as CompleteSuccess;
    expect(result.text).toContain('annotated git tag');
    expect(result.usage.attempts).toBe(2);
    expect(delays).toHaveLength(1);
    expect(runs(log)).toHaveLength(2);
  });

  it('sends a long prompt on stdin instead of argv', async () => {
    const { env, log } = claudeOnPath('answer');
    const agent = createAgent(agentsConfig({ adapter: 'claude-code' }), { env, root: gitRepo() });
    const prompt = `${'context line\n'.repeat(10_000)}question?`;
    await agent.complete(prompt);
    const [run] = runs(log);
    expect(run?.prompt).toBe(prompt);
    expect(run?.argv.join(' ')).not.toContain('context line');
  });

  it('fails with the CLI message when claude exits without a result, and names a missing binary', async () => {
    const { env } = claudeOnPath('answer');
    const noSession = createAgent(agentsConfig({ adapter: 'claude-code' }), {
      env: { ...env, CLAUDE_STANDIN_SESSION: '' },
      root: gitRepo(),
      sleep: () => Promise.resolve(),
    });
    await expect(noSession.complete('hi')).rejects.toThrow(
      'claude-code exited 1 without a result: stand-in: set CLAUDE_STANDIN_SESSION to a recorded .jsonl session',
    );

    const missing = createAgent(
      agentsConfig({ adapter: 'claude-code', claudeCode: { binary: 'claude-not-installed', allowedTools: [], permissionMode: 'default' } }),
      { root: gitRepo() },
    );
    const error = (await missing.complete('hi').catch((e: unknown) => e)) as AgentError;
    expect(error.message).toBe('claude-code: cannot run "claude-not-installed": not found on PATH');
    expect(error.hint).toContain('install Claude Code');
  });

  it('stops a run that exceeds agents.timeoutMs and still reports what changed', async () => {
    const repo = gitRepo({ 'src/index.ts': INDEX });
    const { env } = claudeOnPath('implement');
    const agent = createAgent(agentsConfig({ adapter: 'claude-code', timeoutMs: 1500 }), {
      env: { ...env, CLAUDE_STANDIN_HANG_AFTER: '6' },
      root: repo,
    });
    const result = (await agent.implement({ title: 'Add greet()' }, { root: repo })) as ImplementSuccess;
    expect(result.completed).toBe(false);
    expect(result.summary).toBe('timed out after 1500 ms');
    expect(result.changedFiles).toEqual(['src/greet.ts']);
  });
});
