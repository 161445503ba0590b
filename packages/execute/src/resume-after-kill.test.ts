import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanTestEnv } from '@ce/build-config/test-env';
import { parsePrp } from '@ce/core';
import { git, readTree, spawnSourceScript } from '@ce/test-utils';
import { fixtureRepo, GOOD_SUM, SUM_TEST, type AgentStep } from '../test/fixture-repo.js';
import { executePrp } from './execute-prp.js';

const PRP = 'PRPs/PRP-1-sum.md';
const STEPS: AgentStep[] = [
  { when: '^# Task 1:', write: { 'src/sum.js': GOOD_SUM } },
  // The first time Task 2 is asked for, the agent is still working when the process is killed.
  { when: '^# Task 2:', times: 1, sleepMs: 30_000, summary: 'killed before it finished' },
  { when: '^# Task 2:', write: { 'test/sum.test.js': SUM_TEST } },
];

/** What must be the same after a clean run and after a killed-and-resumed one. */
function finalState(root: string) {
  const header = { ...parsePrp(readFileSync(join(root, PRP), 'utf8')).header } as Record<string, unknown>;
  delete header['last_updated'];
  for (const level of Object.values((header['validation'] ?? {}) as Record<string, Record<string, unknown>>)) delete level['date'];
  const phase = (tag: string) => tag.replace(/^checkpoint-PRP-1-(.+)-\d{8}T\d{6}Z(?:-\d+)?$/, '$1');
  header['checkpoints'] = ((header['checkpoints'] ?? []) as string[]).map(phase);
  return {
    files: Object.fromEntries(
      Object.entries(readTree(root, (rel) => /^(\.git|\.ce|PRPs)(\/|$)/.test(rel))).map(([path, content]) => [
        path,
        content.toString('utf8'),
      ]),
    ),
    header,
    tags: git(root, 'tag', '-l', 'checkpoint-PRP-1-*').split('\n').filter(Boolean).map(phase),
  };
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('an execution killed with SIGKILL mid-task', () => {
  it('resumes with continue and reaches the same files, header and checkpoints as an uninterrupted run', { timeout: 180_000 }, async () => {
    const reference = await fixtureRepo([STEPS[0] as AgentStep, STEPS[2] as AgentStep]);
    expect((await executePrp({ root: reference.root, prp: PRP, env: reference.env })).status).toBe('completed');

    const killed = await fixtureRepo(STEPS);
    const child = spawnSourceScript(
      "import { executePrp } from '@ce/execute'; await executePrp({ root: process.argv[1], prp: process.argv[2], env: process.env });",
      [killed.root, PRP],
      { cwd: import.meta.dirname, env: { ...cleanTestEnv(), AGENT_PLAN: killed.env['AGENT_PLAN'] ?? '' } },
    );
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const counts = `${killed.env['AGENT_PLAN']}.counts.json`;
    await waitFor(() => {
      try {
        return JSON.parse(readFileSync(counts, 'utf8'))['1'] === 1;
      } catch {
        return false;
      }
    }, 60_000);
    child.kill('SIGKILL');
    await exited;
    const state = JSON.parse(readFileSync(join(killed.root, '.ce/state/execute/PRP-1.json'), 'utf8')) as {
      taskIndex: number;
      step: string;
    };
    expect(state).toMatchObject({ taskIndex: 1, step: 'implement' });

    const resumed = await executePrp({ root: killed.root, prp: PRP, env: killed.env, continue: true });
    expect(resumed.status).toBe('completed');
    expect(finalState(killed.root)).toEqual(finalState(reference.root));
  });
});
