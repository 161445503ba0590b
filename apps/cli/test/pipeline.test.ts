import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { connectCeMcp, gitRepo, runCe, useTempDir } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const MODEL = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(fixtures, 'model.mjs'))}`;

const INITIAL = '## FEATURE\n\nRetry flaky network calls with backoff.\n\n## DOCUMENTATION\n\n- `left-pad`\n';

function repo(): string {
  return gitRepo({
    'INITIAL.md': INITIAL,
    'src/network.ts': 'export async function retryCall() {\n  // network retry\n}\n',
  });
}

/** An oclif data/config/cache dir of its own, so linking a plugin touches nothing outside the test. */
function isolatedEnv(): Record<string, string> {
  const home = useTempDir('ce-oclif-');
  return { CE_DATA_DIR: join(home, 'data'), CE_CONFIG_DIR: join(home, 'config'), CE_CACHE_DIR: join(home, 'cache') };
}

describe('ce pipeline graph', () => {
  it('prints a named pipeline as Mermaid, marking mocked nodes', async () => {
    const run = await runCe(['pipeline', 'graph', 'prp-generation']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('flowchart LR');
    expect(run.stdout).toContain('parse --> research');
    expect(run.stdout).toContain('synthesize --> template');
    expect(run.stdout).toMatch(/research\[.*real: code-index-research.*\]\n/);
    expect(run.stdout).toMatch(/synthesize\[.*mock: recorded-model.*\]:::mocked/);
  });

  it('returns the graph as one JSON document with --json, in the chosen mode', async () => {
    const run = await runCe(['pipeline', 'graph', 'prp-execution', '--mode', 'e2e', '--json']);
    expect(run.exitCode).toBe(0);
    const graph = JSON.parse(run.stdout) as { mermaid: string; nodes: { name: string; mocked: boolean }[] };
    expect(graph.nodes.filter((n) => n.mocked).map((n) => n.name)).toEqual(['agent']);
    expect(graph.mermaid).toContain('tasks --> agent');
  });

  it('exits 2 naming an unknown pipeline', async () => {
    const run = await runCe(['pipeline', 'graph', 'nope']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('error: there is no pipeline named "nope"');
    expect(run.stderr).toContain('hint: known pipelines: prp-execution, prp-generation');
  });
});

describe('ce pipeline run', () => {
  it('runs in e2e mode, logs the mocked nodes and times each node', async () => {
    const root = repo();
    const run = await runCe(['pipeline', 'run', 'prp-generation', '--mode', 'e2e', '--input', 'INITIAL.md', '--out', 'PRP.md'], {
      cwd: root,
    });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain('MOCKED NODES: docs, synthesize');
    expect(run.stdout).toMatch(/^research\s+code-index-research\s+no\s+[\d.]+ ms\s+[\d.]+ ms/m);
    expect(run.stdout).toMatch(/^synthesize\s+recorded-model\s+yes\s/m);
    expect(run.stdout).toMatch(/^template\s+render-prp\s+no\s/m);
    expect(readFileSync(join(root, 'PRP.md'), 'utf8')).toContain('# Retry flaky network calls with backoff');
  });

  it('records a real run and replays it in e2e mode, reporting the tokens saved', async () => {
    const root = repo();
    const record = await runCe(
      [
        'pipeline',
        'run',
        'prp-generation',
        '--mode',
        'integration',
        '--input',
        'INITIAL.md',
        '--record',
        'fx.json',
        '--llm-command',
        MODEL,
        '--json',
      ],
      { cwd: root },
    );
    expect(record.exitCode).toBe(0);
    const real = JSON.parse(record.stdout) as { mockedNodes: string[]; tokens: { used: { inputTokens: number; outputTokens: number } } };
    expect(real.mockedNodes).toEqual([]);
    expect(existsSync(join(root, 'fx.json'))).toBe(true);

    const replay = await runCe(['pipeline', 'run', 'prp-generation', '--mode', 'e2e', '--input', 'INITIAL.md', '--replay', 'fx.json'], {
      cwd: root,
    });
    expect(replay.exitCode).toBe(0);
    const total = real.tokens.used.inputTokens + real.tokens.used.outputTokens;
    expect(replay.stdout).toContain(
      `tokens: 0 used vs ${total.toLocaleString('en-US')} in the recorded real run (100.0% saved; target ≥ 90%)`,
    );
  });

  it('fails loudly when the replayed run makes a request the fixture does not hold', async () => {
    const root = repo();
    await runCe(
      [
        'pipeline',
        'run',
        'prp-generation',
        '--mode',
        'integration',
        '--input',
        'INITIAL.md',
        '--record',
        'fx.json',
        '--llm-command',
        MODEL,
      ],
      { cwd: root },
    );
    const run = await runCe(['pipeline', 'run', 'prp-generation', '--mode', 'e2e', '--replay', 'fx.json', '--json'], { cwd: root });
    expect(run.exitCode).toBe(1);
    const { error } = JSON.parse(run.stdout) as { error: { code: string; message: string; file: string } };
    expect(error.code).toBe('replay-unrecorded-request');
    expect(error.file).toBe(join(root, 'fx.json'));
    expect(error.message).toMatch(/made a request that was not recorded/);
  });

  it('runs a node strategy registered by a linked plugin', async () => {
    const env = isolatedEnv();
    const link = await runCe(['plugins', 'link', join(fixtures, 'ce-plugin-shout'), '--no-install'], { env });
    expect(link.exitCode).toBe(0);
    const root = repo();
    const run = await runCe(
      ['pipeline', 'run', 'prp-generation', '--mode', 'integration', '--input', 'INITIAL.md', '--strategy', 'synthesize=shout', '--json'],
      {
        cwd: root,
        env,
      },
    );
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout) as {
      replaced: Record<string, string>;
      output: { markdown: string };
      nodes: { name: string; strategy: string }[];
    };
    expect(result.replaced).toEqual({ synthesize: 'shout' });
    expect(result.nodes.find((n) => n.name === 'synthesize')?.strategy).toBe('shout');
    expect(result.output.markdown).toContain('SHOUTED BY PLUGIN: RETRY FLAKY NETWORK CALLS WITH BACKOFF');
  });

  it('exits 2 for a strategy no plugin offers, and for an unknown mode', async () => {
    const env = isolatedEnv();
    const run = await runCe(['pipeline', 'run', 'prp-generation', '--strategy', 'synthesize=ghost'], { cwd: repo(), env });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('no installed plugin offers a node strategy named "ghost"');
    const bad = await runCe(['pipeline', 'run', 'prp-generation', '--mode', 'smoke'], { cwd: repo() });
    expect(bad.exitCode).toBe(2);
  });
});

describe('MCP pipeline tools', () => {
  it('serves pipeline_graph and pipeline_run over real stdio with --tools all, not in the core set', async () => {
    const root = repo();
    const connect = (tools: string[]) => connectCeMcp(root, tools);
    const core = await connect([]);
    expect((await core.listTools()).tools.map((t) => t.name)).not.toContain('pipeline_run');
    const client = await connect(['--tools', 'all']);
    const graph = await client.callTool({ name: 'pipeline_graph', arguments: { name: 'prp-execution', mode: 'e2e' } });
    expect(graph.structuredContent).toMatchObject({ pipeline: 'prp-execution', mode: 'e2e' });
    const run = await client.callTool({ name: 'pipeline_run', arguments: { name: 'prp-generation', mode: 'e2e', input: 'INITIAL.md' } });
    expect(run.isError).toBeFalsy();
    expect(run.structuredContent).toMatchObject({ mockedLine: 'MOCKED NODES: docs, synthesize', mode: 'e2e' });
  });
});
