import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePrp } from '@ce/core';
import { git } from '@ce/test-utils';
import { BAD_SUM, fixtureRepo, GOOD_SUM, SUM_TEST } from '../test/fixture-repo.js';
import { executePrp } from './execute-prp.js';
import { executionMetrics } from './metrics.js';

const PRP = 'PRPs/PRP-1-sum.md';
const header = (root: string) => parsePrp(readFileSync(join(root, PRP), 'utf8')).header;

describe('executePrp with a scripted agent (command adapter, real git, real node --test)', () => {
  it('runs every task through its gates first time, checkpoints, and records status and files in the PRP header', async () => {
    const { root, env } = await fixtureRepo([
      { when: '^# Task 1:', write: { 'src/sum.js': GOOD_SUM } },
      { when: '^# Task 2:', write: { 'test/sum.test.js': SUM_TEST } },
    ]);
    const result = await executePrp({ root, prp: PRP, env });
    expect(result).toMatchObject({ status: 'completed', exitCode: 0, prpId: 'PRP-1' });
    expect(result.tasks.map((t) => [t.number, t.implementedBy, t.passed])).toEqual([
      ['1', 'agent', true],
      ['2', 'agent', true],
    ]);
    expect(result.tasks.flatMap((t) => t.gates).every((g) => g.attempts.length <= 1)).toBe(true);
    expect(result.filesTouched).toEqual(['src/sum.js', 'test/sum.test.js']);
    const h = header(root);
    expect(h.status).toBe('executed');
    expect(h['files_touched']).toEqual(['src/sum.js', 'test/sum.test.js']);
    expect(h.confidence).toMatch(/^\d+\/10$/);
    expect(git(root, 'tag', '-l', 'checkpoint-PRP-1-*')).toMatch(/checkpoint-PRP-1-final-/);
    const log = readFileSync(join(root, result.runLog), 'utf8');
    expect(log).toMatch(/"msg":"run-end"/);
  });

  it('heals a unit-test failure with the agent on the second attempt', async () => {
    const { root, env } = await fixtureRepo([
      { when: '^# Task 1:', write: { 'src/sum.js': BAD_SUM, 'test/sum.test.js': SUM_TEST } },
      { when: '^# fix task-1', write: { 'src/sum.js': GOOD_SUM } },
      { when: '^# Task 2:', write: { 'test/sum.test.js': SUM_TEST } },
    ]);
    const result = await executePrp({ root, prp: PRP, env });
    expect(result.status).toBe('completed');
    const gate = result.tasks[0]?.gates.find((g) => g.gate === 'task-1:validation');
    expect(gate?.attempts.map((a) => [a.attempt, a.passed, a.healedBy])).toEqual([
      [1, false, 'agent'],
      [2, true, undefined],
    ]);
    expect(readFileSync(join(root, 'src/sum.js'), 'utf8')).toBe(GOOD_SUM);
    expect(executionMetrics(root)).toMatchObject({
      runs: 1,
      firstPassSuccess: { count: 0 },
      secondPassSuccess: { count: 1, of: 1, percent: 100 },
      selfHealingSuccess: { count: 1, of: 1 },
      gatePassRates: { task: { count: 0, of: 1 }, L2: { count: 2, of: 2 } },
    });
  });

  it('escalates (exit 3, report) when the same failure comes back three times', async () => {
    const { root, env } = await fixtureRepo([
      { when: '^# Task 1:', write: { 'src/sum.js': BAD_SUM, 'test/sum.test.js': SUM_TEST } },
      { when: '^# fix task-1', write: { 'src/sum.js': `${BAD_SUM}// tried\n` }, times: 1 },
      { when: '^# fix task-1', write: { 'src/sum.js': `${BAD_SUM}// tried again\n` } },
    ]);
    const result = await executePrp({ root, prp: PRP, env });
    expect(result).toMatchObject({ status: 'escalated', exitCode: 3, escalation: { trigger: 'repeated-failure', step: 'task-1' } });
    expect(result.tasks[0]?.gates.at(-1)?.attempts).toHaveLength(3);
    const report = readFileSync(join(root, result.escalation?.report ?? ''), 'utf8');
    expect(report).toMatch(/# Escalation: The same failure after every attempt/);
    expect(report).toMatch(/sum adds/);
  });

  it('escalates for a secret in the diff and names the rule, not the value', async () => {
    const token = ['ghp', 'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'].join('_');
    const { root, env } = await fixtureRepo([{ when: '^# Task 1:', write: { 'src/sum.js': `const token = "${token}";\n${GOOD_SUM}` } }]);
    const result = await executePrp({ root, prp: PRP, env });
    expect(result).toMatchObject({ status: 'escalated', exitCode: 3, escalation: { trigger: 'secret' } });
    expect(result.escalation?.findings[0]).toMatchObject({ file: 'src/sum.js', line: 1 });
    expect(readFileSync(join(root, result.escalation?.report ?? ''), 'utf8')).not.toContain(token);
  });

  it('escalates when a fix deletes a test instead of fixing the code, and never counts it as healed', async () => {
    const { root, env } = await fixtureRepo([
      { when: '^# Task 1:', write: { 'src/sum.js': BAD_SUM, 'test/sum.test.js': SUM_TEST } },
      { when: '^# fix task-1', delete: ['test/sum.test.js', 'test/math.test.js'] },
    ]);
    git(root, 'add', '-A');
    const result = await executePrp({ root, prp: PRP, env });
    expect(result).toMatchObject({ status: 'escalated', escalation: { trigger: 'disabled-check' } });
    expect(result.escalation?.findings.map((f) => f.message)).toContain('deletes a test file');
    expect(result.tasks[0]?.passed).toBe(false);
  });

  it('refuses to start (exit 3, commands-not-allowed) before anything runs while the PRP’s own commands are not allowed', async () => {
    const { root, env } = await fixtureRepo([{ when: '^# Task 1:', write: { 'src/sum.js': GOOD_SUM } }], { allow: false });
    await expect(executePrp({ root, prp: PRP, env })).rejects.toMatchObject({
      code: 'commands-not-allowed',
      exitCode: 3,
      commands: expect.arrayContaining(['node scripts/lint.mjs', 'node --test test/']),
    });
    expect(existsSync(join(root, 'src/sum.js'))).toBe(false);
    expect(existsSync(join(root, '.ce/state/execute/PRP-1.json'))).toBe(false);
    const plan = await executePrp({ root, prp: PRP, env, dryRun: true });
    expect(plan.plan?.unallowed).toEqual(expect.arrayContaining(['node --test test/']));
  });

  it.each(['../evil.js', '/etc/hosts'])(
    'refuses (exit 2) a task that names %s, outside the repository, before anything runs',
    async (path) => {
      const { root, env } = await fixtureRepo([{ when: '^# Task 1:', write: { 'src/sum.js': GOOD_SUM } }]);
      const prp = readFileSync(join(root, PRP), 'utf8').replace('- CREATE `src/sum.js`', `- CREATE \`src/sum.js\`\n- MODIFY \`${path}\``);
      writeFileSync(join(root, PRP), prp);
      for (const dryRun of [true, false])
        await expect(executePrp({ root, prp: PRP, env, dryRun, agent: 'none' })).rejects.toMatchObject({
          code: 'task-file-outside-repo',
          exitCode: 2,
          message: `${PRP}: task 1: ${path} is outside the repository`,
        });
      expect(existsSync(join(root, '.ce/state/execute/PRP-1.json'))).toBe(false);
    },
  );

  it('with --agent none stops before each task and referees what a person did on --continue', async () => {
    const { root, env } = await fixtureRepo([], { agent: 'none' });
    const first = await executePrp({ root, prp: PRP, env, agent: 'none' });
    expect(first).toMatchObject({
      status: 'awaiting-implementation',
      exitCode: 0,
      task: { number: '1', validation: ['node --test test/'] },
    });
    expect(first.task?.files).toEqual([{ path: 'src/sum.js', action: 'create' }]);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(root, 'src/sum.js'), GOOD_SUM);
    const second = await executePrp({ root, prp: PRP, env, continue: true });
    expect(second).toMatchObject({ status: 'awaiting-implementation', task: { number: '2' } });
    writeFileSync(join(root, 'test/sum.test.js'), SUM_TEST);
    const done = await executePrp({ root, prp: PRP, env, continue: true });
    expect(done.status).toBe('completed');
    expect(done.tasks.map((t) => t.implementedBy)).toEqual(['outside', 'outside']);
    expect(existsSync(join(root, '.ce/state/execute/PRP-1.json'))).toBe(true);
  });
});
