import { describe, expect, it } from 'vitest';
import { git, gitRepo } from '@ce/test-utils';
import { planValidation } from '../index.js';

const HOOKS = 'repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.6.0\n    hooks:\n      - id: ruff\n';

describe('pre-commit.ci seen through the bot’s commits', () => {
  it('plans the hooks at level 1 when pre-commit-ci[bot] authored a recent commit, saying so in the evidence', () => {
    const root = gitRepo({ '.pre-commit-config.yaml': HOOKS, 'pyproject.toml': '[project]\nname = "x"\n' });
    git(
      root,
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      '[pre-commit.ci] pre-commit autoupdate',
      '--author',
      'pre-commit-ci[bot] <66853113+pre-commit-ci[bot]@users.noreply.github.com>',
    );
    const l1 = planValidation({ root }).levels['1'];
    expect(l1.map((c) => c.command)).toContain('pre-commit run --all-files');
    expect(l1.find((c) => c.command === 'pre-commit run --all-files')?.evidence).toMatchObject({
      file: '.pre-commit-config.yaml',
      note: expect.stringMatching(/^pre-commit\.ci runs these hooks: commit [0-9a-f]+ is by pre-commit-ci\[bot\]$/),
    });
  });

  it('does not take a hooks file alone for a CI check', () => {
    const root = gitRepo({ '.pre-commit-config.yaml': HOOKS, 'pyproject.toml': '[project]\nname = "x"\n' });
    expect(planValidation({ root }).levels['1'].map((c) => c.command)).not.toContain('pre-commit run --all-files');
  });
});
