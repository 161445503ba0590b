import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitRepo, useTempDir } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { createAgent, type CompleteSuccess, type ImplementSuccess } from '../index.js';
import { agentsConfig } from '../../test/helpers.js';

/** A tiny "agent" program: records how it got its prompt, answers, and edits a file when asked. */
function fakeAgentScript(dir: string): string {
  const script = join(dir, 'fake-agent.mjs');
  writeFileSync(
    script,
    [
      "import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';",
      'const args = process.argv.slice(2);',
      "const fileFlag = args.indexOf('--message-file');",
      "const prompt = fileFlag >= 0 ? readFileSync(args[fileFlag + 1], 'utf8') : args.length > 0 ? args[args.length - 1] : readFileSync(0, 'utf8');",
      "appendFileSync(process.env.FAKE_LOG, JSON.stringify({ args, prompt, promptFileEnv: process.env.CE_PROMPT_FILE ?? null }) + '\\n');",
      "if (prompt.includes('FAIL')) { console.error('fake-agent: cannot do that'); process.exit(3); }",
      "if (prompt.includes('Add greet')) writeFileSync('greet.txt', 'hello\\n');",
      "console.log('answer to: ' + prompt.split('\\n')[0]);",
    ].join('\n'),
  );
  return script;
}

const entries = (log: string) =>
  readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { args: string[]; prompt: string; promptFileEnv: string | null });

describe('command adapter (any program as the agent)', () => {
  it('sends the prompt on stdin and returns stdout as the answer', async () => {
    const dir = useTempDir();
    const log = join(dir, 'log.jsonl');
    const agent = createAgent(agentsConfig({ adapter: 'command', command: `node ${fakeAgentScript(dir)}`, promptVia: 'stdin' }), {
      env: { ...process.env, FAKE_LOG: log },
      root: dir,
    });
    const result = (await agent.complete('Summarise PRP-1')) as CompleteSuccess;
    expect(result).toMatchObject({ ok: true, adapter: 'command', text: 'answer to: Summarise PRP-1\n' });
    expect(result.usage.durationMs).toBeGreaterThan(0);
    expect(entries(log)[0]).toMatchObject({ args: [], prompt: 'Summarise PRP-1' });
  });

  it('passes the prompt as the last argument with promptVia: argument, unparsed by any shell', async () => {
    const dir = useTempDir();
    const log = join(dir, 'log.jsonl');
    const agent = createAgent(agentsConfig({ adapter: 'command', command: `node ${fakeAgentScript(dir)} --yes`, promptVia: 'argument' }), {
      env: { ...process.env, FAKE_LOG: log },
      root: dir,
    });
    const prompt = 'a "quoted" $HOME `x` && rm -rf / prompt';
    await agent.complete(prompt);
    expect(entries(log)[0]).toMatchObject({ args: ['--yes', prompt], prompt });
  });

  it('replaces {promptFile} with a temporary file holding the prompt (aider --message-file)', async () => {
    const dir = useTempDir();
    const log = join(dir, 'log.jsonl');
    const agent = createAgent(agentsConfig({ adapter: 'command', command: `node ${fakeAgentScript(dir)} --message-file {promptFile}` }), {
      env: { ...process.env, FAKE_LOG: log },
      root: dir,
    });
    await agent.complete('from a file');
    const [entry] = entries(log);
    expect(entry?.prompt).toBe('from a file');
    expect(entry?.promptFileEnv).toBe(entry?.args[1]);
  });

  it('implement(): runs in the repository and reports the files the program changed', async () => {
    const repo = gitRepo({ 'README.md': '# r\n' });
    const dir = useTempDir();
    const agent = createAgent(agentsConfig({ adapter: 'command', command: `node ${fakeAgentScript(dir)}` }), {
      env: { ...process.env, FAKE_LOG: join(dir, 'log') },
    });
    const result = (await agent.implement({ title: 'Add greet' }, { root: repo })) as ImplementSuccess;
    expect(result).toMatchObject({
      ok: true,
      adapter: 'command',
      completed: true,
      changedFiles: ['greet.txt'],
      summary: 'answer to: # Add greet',
    });
    expect(result.transcript.map((e) => e.kind)).toEqual(['prompt', 'text', 'result']);
  });

  it('implement(): a failing program is a result with completed: false and its stderr', async () => {
    const repo = gitRepo({ 'README.md': '# r\n' });
    const dir = useTempDir();
    const agent = createAgent(agentsConfig({ adapter: 'command', command: `node ${fakeAgentScript(dir)}` }), {
      env: { ...process.env, FAKE_LOG: join(dir, 'log') },
    });
    const result = (await agent.implement({ title: 'FAIL please' }, { root: repo })) as ImplementSuccess;
    expect(result.completed).toBe(false);
    expect(result.summary).toBe('exited 3: fake-agent: cannot do that');
  });

  it('complete(): a failing program throws with its exit code and last stderr line', async () => {
    const dir = useTempDir();
    const agent = createAgent(agentsConfig({ adapter: 'command', command: `node ${fakeAgentScript(dir)}` }), {
      env: { ...process.env, FAKE_LOG: join(dir, 'log') },
      root: dir,
    });
    await expect(agent.complete('FAIL')).rejects.toThrow(/exited 3: fake-agent: cannot do that$/);
  });

  it('runs shell pipelines with the prompt quoted, and says when no command is configured', async () => {
    const dir = useTempDir();
    const agent = createAgent(agentsConfig({ adapter: 'command', command: 'cat | tr a-z A-Z' }), { root: dir });
    expect(((await agent.complete("it's $fine")) as CompleteSuccess).text).toBe("IT'S $FINE");
    const none = createAgent(agentsConfig({ adapter: 'command' }), { root: dir });
    await expect(none.complete('x')).rejects.toThrow('agents.adapter is "command" but agents.command is not set');
  });
});
