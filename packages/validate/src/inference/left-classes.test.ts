import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree } from '../../test/inferred-plan.js';

/** The commands inferred at one level for a layout written to a fresh folder. */
function inferred(files: Record<string, string>, level: '1' | '2' | '3'): string[] {
  return commandsByLevel(planOfTree(files))[level] ?? [];
}

/** A workflow run on pull requests whose one job runs the given lines. */
function workflow(name: string, ...lines: string[]): string {
  return [
    `name: ${name}`,
    'on: [pull_request]',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    ...lines.map((line) => `      - run: ${line}`),
    '',
  ].join('\n');
}

describe('left-classes: a documentation workflow that runs code gates', () => {
  const pkg = JSON.stringify({
    scripts: { test: 'vitest run', typecheck: 'tsc --noEmit', 'docs:build': 'vitepress build docs' },
    devDependencies: { vitest: '2', typescript: '5', vitepress: '1' },
  });
  const files = {
    'package.json': pkg,
    'package-lock.json': '{}',
    '.github/workflows/ci.yml': workflow('CI', 'npm ci', 'npm test'),
    '.github/workflows/docs.yml': workflow('Documentation', 'npm ci', 'npm run docs:build', 'npm run typecheck'),
  };

  it('keeps the code gates its steps run', () => {
    expect(inferred(files, '1')).toEqual(['npm run typecheck']);
    expect(inferred(files, '2')).toEqual(['npm test']);
  });

  it('still leaves out a docs workflow that only builds the docs', () => {
    const only = { ...files, '.github/workflows/docs.yml': workflow('Documentation', 'npm ci', 'npm run docs:build') };
    expect(inferred(only, '1')).toEqual([]);
    expect(inferred(only, '2')).toEqual(['npm test']);
  });
});

describe('left-classes: the Azure DotNetCoreCLI@2 test task', () => {
  it('is the `dotnet test` line it runs, on its projects with its arguments', () => {
    const files = {
      'App.sln': '',
      'azure-pipelines.yml': [
        'steps:',
        '- task: DotNetCoreCLI@2',
        '  inputs:',
        '    command: build',
        '    projects: App.sln',
        '- task: DotNetCoreCLI@2',
        '  displayName: Run tests',
        '  inputs:',
        '    command: test',
        '    projects: App.sln',
        '    arguments: --no-build',
        '',
      ].join('\n'),
    };
    expect(inferred(files, '2')).toEqual(['dotnet test App.sln --no-build']);
  });
});

describe('left-classes: a tox environment of an interpreter factor and a check factor', () => {
  it('is that check (level 1), not the unit tests', () => {
    const files = {
      'pyproject.toml': '[project]\nname = "x"\n',
      'tox.ini': ['[tox]', 'envlist = py-unit,py-apicheck', '', '[testenv]', 'commands = pytest', ''].join('\n'),
      '.github/workflows/ci.yml': workflow('CI', 'pip install tox', 'tox -e py-unit', 'tox -e py-apicheck'),
    };
    expect(inferred(files, '2')).toEqual(['tox -e py-unit']);
    expect(inferred(files, '1')).toEqual(['tox -e py-apicheck']);
  });
});
