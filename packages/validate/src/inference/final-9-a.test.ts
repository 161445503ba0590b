import { describe, expect, it } from 'vitest';
import { levelOfCiCommand } from './ci-level.js';
import type { CiCandidate } from './ci-workflows.js';
import { noxSessionLevel, noxSessions } from './nox.js';
import { withoutRepeatedPreCommitCi } from './pre-commit-ci.js';
import type { Candidate } from './types.js';
import { withoutUncalledEnvRunners } from './uncalled-env-runner.js';

// Classes of mistake seen on held-out-final-9-a (a pnpm monorepo with composite actions, nox sessions
// run through uvx, poetry with a stale tox.ini and both a pre-commit workflow and pre-commit.ci).

const ci = (command: string, level: 1 | 2 | 3): CiCandidate => ({
  level,
  name: command,
  command,
  cwd: '.',
  kind: 'ci',
  ecosystem: 'ci',
  evidence: { file: '.github/workflows/ci.yml', line: 1 },
});

describe('svelte-check, the Svelte type checker', () => {
  it('is a type check at level 1, also when given a folder called test', () => {
    expect(levelOfCiCommand('svelte-check --workspace test')).toBe(1);
    expect(levelOfCiCommand('pnpm --filter @xstate/svelte svelte-check')).toBe(1);
  });
});

describe('a nox session named for nothing certain', () => {
  const noxfile = [
    'import nox',
    '',
    '@nox.session(python="3.13", tags=["typing"])',
    '@nox.parametrize("tool", ["pyright", "ty"])',
    'def typing_api(session, tool):',
    '    session.run(tool, "tests/typing")',
    '',
    '@nox.session(tags=["typing", "tests"])',
    'def matrix(session):',
    '    session.run("sphinx-build", "docs", "out")',
    '',
  ].join('\n');

  it('takes its level from its tags', () => {
    const typing = noxSessions(noxfile).find((s) => s.name === 'typing_api');
    expect(typing && noxSessionLevel(typing)).toBe(1);
  });

  it('takes none from tags that disagree or say nothing', () => {
    const both = noxSessions(noxfile).find((s) => s.name === 'matrix');
    expect(both && noxSessionLevel(both)).toBeUndefined();
  });
});

describe('a tox environment CI never calls, beside CI lines that set variables first', () => {
  it('gives way when every witnessing line runs in the project environment', () => {
    const tox: Candidate = { level: 2, name: 'tox', command: 'tox -e py310', kind: 'tool', ecosystem: 'python' };
    const lines = ['PENDULUM_EXTENSIONS=0 poetry run pytest -q tests', 'poetry run pytest -q tests'];
    const kept = withoutUncalledEnvRunners([tox], lines, () => ({ byName: false, lines }));
    expect(kept).toEqual([]);
  });
});

describe('pre-commit.ci beside a workflow running every hook', () => {
  const service = [ci('poetry run pre-commit run --all-files', 1)];

  it('is the same gate: the workflow line stands for it', () => {
    expect(withoutRepeatedPreCommitCi([ci('pre-commit run --all-files', 1)], service)).toEqual([]);
  });

  it('stays when the workflow runs only some hooks', () => {
    expect(withoutRepeatedPreCommitCi([ci('pre-commit run ruff', 1)], service)).toEqual(service);
  });
});
