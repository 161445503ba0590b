// The whole workflow as an agent drives it over MCP: the SDK client over real stdio against the
// built `ce mcp`, on the demo's example repository (examples/demo-repo) in a real git repository,
// with the demo's REPLAYED Claude Code (tools/demo/replay-claude.mjs through ce's real claude-code
// adapter, making real edits). The one step an agent cannot take over MCP, allowing the PRP's
// commands, a person takes through the CLI.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CallToolResultSchema } from '@modelcontextprotocol/sdk/types.js';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { cleanTestEnv } from '@ce/build-config/test-env';
import { connectCeMcp, git, gitRepo, repoRoot, runCe, useTempDir } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';

const REPLAY = join(repoRoot, 'tools', 'demo', 'replay-claude.mjs');

/** The example repository, committed, with ce set up by the `init` tool and the replayed agent configured. */
async function demoRepository(): Promise<{ root: string; client: Client }> {
  const root = gitRepo();
  cpSync(join(repoRoot, 'examples', 'demo-repo'), root, { recursive: true });
  commit(root, 'demo-shop: initial');
  // Replays are counted per working directory in this folder: a fresh one per test.
  const env = { ...cleanTestEnv(), CE_DEMO_REPLAY_STATE: useTempDir('ce-replay-') };
  const client = await connectCeMcp(root, [], { env });
  expect((await client.callTool({ name: 'init', arguments: {} })).isError).toBeFalsy();
  const config = readFileSync(join(root, '.ce', 'config.yml'), 'utf8').replace(
    /^agents:[\s\S]*?(?=^\S)/m,
    `agents:\n  adapter: claude-code\n  claudeCode:\n    binary: ${JSON.stringify(REPLAY)}\n    permissionMode: acceptEdits\n    allowedTools: [Read, Edit, Write]\n\n`,
  );
  writeFileSync(join(root, '.ce', 'config.yml'), config);
  commit(root, 'ce init, the replayed agent');
  return { root, client };
}

function commit(root: string, message: string): void {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
}

/** Calls a tool with a progress token, returning its structuredContent and the progress messages sent. */
async function call(client: Client, name: string, args: Record<string, unknown>) {
  const progress: string[] = [];
  const result = await client.callTool({ name, arguments: args }, CallToolResultSchema, {
    onprogress: (p) => progress.push(p.message ?? ''),
    timeout: 180_000,
  });
  expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
  return { doc: result.structuredContent as Record<string, unknown>, progress };
}

describe('the workflow over MCP (ce mcp, stdio, default tool set)', () => {
  it('generate → a person allows → execute with the replayed agent → drift summary → metrics', { timeout: 300_000 }, async () => {
    const { root, client } = await demoRepository();

    const generated = await call(client, 'generate_prp', { initial: 'INITIAL.md' });
    expect(generated.doc).toMatchObject({
      prpId: 'PRP-3',
      prpPath: 'PRPs/PRP-3-add-discount-codes-to-the-cart.md',
      executable: true,
      synthesizedBy: 'draft',
      files: { modify: expect.arrayContaining(['src/cart.js', 'test/cart.test.js']) },
    });
    expect(generated.doc['completeness']).toBeGreaterThanOrEqual(80);
    expect(generated.progress).toEqual(expect.arrayContaining(['generate: sync', 'generate: research', 'generate: synthesize']));
    const prp = generated.doc['prpPath'] as string;
    // The person reviewing the draft gives it a level 3 (the example has no integration suite of its
    // own: the whole node:test suite), a command neither inferred nor configured, so it needs allowing.
    const file = join(root, prp);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('### Level 4', '### Level 3: Integration\n\n```bash\nnode --test test/\n```\n\n### Level 4'),
    );
    commit(root, `ce generate: ${prp}`);

    const checked = await call(client, 'prp_check', { file: prp });
    expect(checked.doc).toMatchObject({ executable: true });
    expect((checked.doc['findings'] as { severity: string }[]).filter((f) => f.severity === 'error')).toEqual([]);

    // Before a person allows them, the PRP's own commands are listed as not allowed and execution refuses (exit 3).
    const plan = await call(client, 'validate_plan', { prp });
    expect(plan.doc).toMatchObject({ levels: { '3': [{ command: 'node --test test/', source: 'prp', allowed: false }] } });
    const refused = await client.callTool({ name: 'execute_prp', arguments: { prp } });
    expect(refused.isError).toBe(true);
    expect(refused.structuredContent).toMatchObject({ error: { code: 'commands-not-allowed', exitCode: 3 } });
    expect((await runCe(['prp', 'allow', prp], { cwd: root })).exitCode).toBe(0);
    expect((await call(client, 'validate_plan', { prp })).doc).toMatchObject({ levels: { '3': [{ allowed: true }] }, unallowed: [] });

    const executed = await call(client, 'execute_prp', { prp });
    expect(executed.doc).toMatchObject({ prpId: 'PRP-3', status: 'completed', exitCode: 0, confidence: '10/10', agent: 'claude-code' });
    expect(executed.doc['filesTouched']).toEqual(['src/cart.js', 'test/cart.test.js']);
    const tasks = executed.doc['tasks'] as { number: string; implementedBy: string; passed: boolean; gates: Gate[] }[];
    expect(tasks.map((t) => [t.number, t.implementedBy, t.passed])).toEqual([
      ['1', 'agent', true],
      ['2', 'agent', true],
    ]);
    // Task 2's tests fail at first; the replayed agent fixes them on the second attempt.
    const healed = tasks[1]!.gates.find((g) => g.gate === 'task-2:validation');
    expect(healed).toMatchObject({ passed: true, attempts: [{ passed: false, healedBy: 'agent' }, { passed: true }] });
    expect((executed.doc['final'] as Gate[]).map((g) => [g.gate, g.passed])).toEqual([
      ['L3', true],
      ['L4', true],
    ]);
    expect(executed.progress).toEqual(expect.arrayContaining([expect.stringMatching(/^checkpoint checkpoint-PRP-3-task-1-/)]));
    expect(readFileSync(join(root, prp), 'utf8')).toMatch(/^status: validated$/m);

    const drift = await call(client, 'drift_summary', {});
    // PRP-1 and PRP-2 came with the example (PRP-2 with a legacy drift_decision at 18.5), PRP-3 is the new one.
    expect(drift.doc).toMatchObject({ totalPrps: 3, withDecisions: 1, accepted: 1, avgDriftScore: 18.5, distribution: { '10-30': 1 } });

    const metrics = await call(client, 'metrics', {});
    expect(metrics.doc).toMatchObject({
      runs: 1,
      completed: 1,
      escalated: 0,
      firstPassSuccess: { count: 0, of: 1 },
      secondPassSuccess: { count: 1, of: 1 },
      selfHealingSuccess: { count: 1, of: 1, percent: 100 },
      gatePassRates: { L3: { count: 1, of: 1 }, L4: { count: 1, of: 1 } },
      timePerPrp: { completedRuns: 1 },
    });
  });
});

interface Gate {
  gate: string;
  passed: boolean;
  attempts: { passed: boolean; healedBy?: string }[];
}
