import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowPrp } from '@ce/validate';
import { fixtureRepo, GOOD_SUM, PRP } from '../test/fixture-repo.js';
import { executePrp } from './execute-prp.js';
import type { GateRun } from './gate-run.js';
import { missingTool } from './missing-tool.js';

const failed = (command: string, outputTail: string): GateRun => ({
  passed: false,
  commands: [],
  diagnostics: [],
  unparsed: [{ command, outputTail, exitCode: 127 } as GateRun['unparsed'][number]],
  durationMs: 1,
});

describe('missingTool', () => {
  it.each([
    ['cannot run "ruff": not found on PATH', 'ruff'],
    ['sh: 1: poetry: not found', 'poetry'],
    ['/bin/sh: line 1: tox: command not found', 'tox'],
    ['bash: golangci-lint: command not found', 'golangci-lint'],
    ['poetry run black --check src\nmake: poetry: No such file or directory\nmake: *** [Makefile:33: format-check] Error 127', 'poetry'],
    ["/usr/bin/env: 'python': No such file or directory", 'python'],
  ])('reads the missing program from %j', (output, program) => {
    expect(missingTool(failed('make check', output))).toEqual({ command: 'make check', program });
  });

  it('does not take a test that failed on a missing file for a missing program', () => {
    expect(
      missingTool(failed('npm test', "Error: ENOENT: no such file or directory, open 'data.json'\nnot found: 3 tests")),
    ).toBeUndefined();
  });
});

describe('a gate whose program is not installed', () => {
  it('goes to a person at once (tool-missing, naming it) instead of asking the agent to fix it', async () => {
    const { root, env } = await fixtureRepo([
      { when: '^# Task 1:', write: { 'src/sum.js': GOOD_SUM } },
      { when: '^# fix', write: { 'src/sum.js': `${GOOD_SUM}// agent asked to fix\n` } },
    ]);
    writeFileSync(
      join(root, 'PRPs/PRP-1-sum.md'),
      PRP.replace('- Validation: `node --test test/`', '- Validation: `ce-no-such-linter --check src`'),
    );
    await allowPrp({ root, prp: 'PRPs/PRP-1-sum.md' });
    const result = await executePrp({ root, prp: 'PRPs/PRP-1-sum.md', env });
    expect(result).toMatchObject({ status: 'escalated', exitCode: 3, escalation: { trigger: 'tool-missing', step: 'task-1' } });
    expect(result.escalation?.message).toMatch(/`ce-no-such-linter --check src` needs ce-no-such-linter, which is not installed/);
    expect(readFileSync(join(root, 'src/sum.js'), 'utf8')).toBe(GOOD_SUM);
    expect(readFileSync(join(root, result.escalation?.report ?? ''), 'utf8')).toMatch(
      /# Escalation: A gate needs a program that is not installed here/,
    );
  });
});
