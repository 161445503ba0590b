import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree } from '../../test/inferred-plan.js';

/** The commands inferred at one level for a layout written to a fresh folder. */
function inferred(files: Record<string, string>, level: '1' | '2' | '3'): string[] {
  return commandsByLevel(planOfTree(files))[level] ?? [];
}

describe('final-15-mix: pre-commit.ci beside a workflow that runs every hook through a runner', () => {
  /** A uv project with prek in its dev group, its hooks also run by pre-commit.ci (the config's `ci:`). */
  const layout = (step: string): Record<string, string> => ({
    'pyproject.toml': '[project]\nname = "x"\nversion = "0"\n\n[dependency-groups]\ndev = ["prek>=0.2"]\n',
    'uv.lock': '',
    '.pre-commit-config.yaml': [
      'ci:',
      '  autofix_prs: true',
      'repos:',
      '  - repo: https://github.com/astral-sh/ruff-pre-commit',
      '    rev: v0.6.0',
      '    hooks: [{ id: ruff }]',
      '',
    ].join('\n'),
    '.github/workflows/pre-commit.yml': [
      'on: pull_request',
      'jobs:',
      '  pre-commit:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: uv sync --locked',
      `      - run: ${step}`,
      '',
    ].join('\n'),
  });

  it('is one gate: the workflow’s spelling, not the service’s again', () => {
    expect(inferred(layout('uv run prek run --all-files'), '1')).toEqual(['uv run prek run --all-files']);
  });

  it('is one gate when the workflow runs the pull request’s changes (read as every file)', () => {
    const step = 'uv run prek run --from-ref origin/${GITHUB_BASE_REF} --to-ref HEAD --show-diff-on-failure';
    expect(inferred(layout(step), '1')).toEqual(['uv run prek run --all-files']);
  });
});
