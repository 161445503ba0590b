import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree } from '../../test/inferred-plan.js';

/** The commands inferred at one level for a layout written to a fresh folder. */
function inferred(files: Record<string, string>, level: '1' | '2' | '3'): string[] {
  return commandsByLevel(planOfTree(files))[level] ?? [];
}

describe('final-14-ci: a command CI times', () => {
  it('is the command timed, without `time`', () => {
    const files = {
      'meson.build': "project('x', 'c')\n",
      '.gitlab-ci.yml': [
        'build:',
        '  script:',
        '    - meson setup build',
        '    - ninja -C build',
        '    - time meson test -C build -v --suite unit',
        '',
      ].join('\n'),
    };
    expect(inferred(files, '2')).toEqual(['meson test -C build -v --suite unit']);
  });
});

describe('final-14-ci: the CircleCI node orb’s test job', () => {
  const pkg = JSON.stringify({ scripts: { lint: 'eslint .', test: 'jest' }, devDependencies: { eslint: '9', jest: '29' } });
  /** A config whose own `unit` job runs the tests, beside the workflow entries given. */
  const config = (...entries: string[]): string =>
    [
      'version: 2.1',
      'orbs:',
      '  node: circleci/node@5.2',
      'jobs:',
      '  unit:',
      '    docker: [{ image: cimg/node:20.0 }]',
      '    steps: [checkout, { run: npm ci }, { run: npm test }]',
      'workflows:',
      '  ci:',
      '    jobs:',
      '      - unit',
      ...entries.map((e) => `      ${e}`),
      '',
    ].join('\n');

  it('runs the project script its `run-command` names', () => {
    const files = {
      'package.json': pkg,
      'package-lock.json': '{}',
      '.circleci/config.yml': config('- node/test:', '    name: lint', '    run-command: lint'),
    };
    expect(inferred(files, '1')).toEqual(['npm run lint']);
    expect(inferred(files, '2')).toEqual(['npm test']);
  });

  it('runs it with the package manager its `pkg-manager` names', () => {
    const files = {
      'package.json': pkg,
      'yarn.lock': '',
      '.circleci/config.yml': config('- node/test:', '    pkg-manager: yarn', '    run-command: lint'),
    };
    expect(inferred(files, '1')).toEqual(['yarn lint']);
  });

  it('leaves a job of another orb, whose steps the repository does not hold', () => {
    const files = {
      'package.json': pkg,
      'package-lock.json': '{}',
      '.circleci/config.yml': config('- other/test:', '    run-command: lint').replace('  node: circleci/node@5.2', '  other: acme/node@1'),
    };
    expect(inferred(files, '1')).toEqual([]);
  });
});

describe('final-14-ci: an Azure Pipelines job’s TOXENV', () => {
  it('names the environments its bare `tox` runs, per matrix row and from the job’s variables', () => {
    const files = {
      'tox.ini': [
        '[tox]',
        'envlist = py312, style, docs',
        '[testenv]',
        'commands = pytest tests',
        '[testenv:style]',
        'commands = flake8 src',
        '[testenv:docs]',
        'commands = sphinx-build docs out',
        '',
      ].join('\n'),
      'azure-pipelines.yml': [
        'jobs:',
        '- job: docs',
        '  variables:',
        '    TOXENV: docs',
        '  steps:',
        '  - script: tox',
        '- job: tests',
        '  strategy:',
        '    matrix:',
        '      py312:',
        '        TOXENV: py312',
        '  steps:',
        '  - script: pip install tox',
        '  - script: tox',
        '',
      ].join('\n'),
    };
    // The envlist's `style` is no job's TOXENV: CI never runs it.
    expect(inferred(files, '1')).toEqual([]);
    expect(inferred(files, '2')).toEqual(['tox -e py312']);
  });
});

describe('final-14-ci: Azure Pipelines’ conditional insertion', () => {
  it('reads the steps inserted under a condition that holds, and not those under one that does not', () => {
    const files = {
      'pyproject.toml': '[project]\nname = "x"\n',
      'azure-pipelines.yml': [
        'jobs:',
        '- job: linux',
        '  steps:',
        '  - template: ci/steps.yml',
        '    parameters:',
        '      os: linux',
        '',
      ].join('\n'),
      'ci/steps.yml': [
        'parameters:',
        '  os: none',
        'steps:',
        "- ${{ if eq(parameters.os, 'linux') }}:",
        '  - script: ruff check .',
        "- ${{ if eq(parameters.os, 'windows') }}:",
        '  - script: flake8 .',
        '- script: pytest tests',
        '',
      ].join('\n'),
    };
    expect(inferred(files, '1')).toEqual(['ruff check .']);
    expect(inferred(files, '2')).toEqual(['pytest tests']);
  });
});
