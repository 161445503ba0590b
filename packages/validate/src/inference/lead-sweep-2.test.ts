import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake the lead's fourth sweep of unlabelled mirrors showed (ninja, feathers, terser,
// ipykernel): plans read against each project's CI, not labelled.

const ci = (...jobs: string[]): string => workflowOn('[push, pull_request]', ...jobs);

describe('a test binary CI built into a named build folder', () => {
  it('is no gate (`./build-gcc/Debug/x_test`): the build’s own test runner is', () => {
    const p = planOfTree({
      'CMakeLists.txt': 'cmake_minimum_required(VERSION 3.15)\nproject(x)\ninclude(CTest)\nadd_test(NAME t COMMAND x_test)\n',
      '.github/workflows/ci.yml': ci(
        stepsJob('test', [
          '- run: cmake -Bbuild-gcc -G"Ninja Multi-Config"',
          '- run: cmake --build build-gcc --config Debug',
          '- run: ./build-gcc/Debug/x_test',
          '- run: ./cmake-build-release/x_test',
        ]),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['cmake -S . -B build && cmake --build build && ctest --test-dir build']);
  });
});

describe('a hosted results service', () => {
  it('(Code Climate’s reporter) is no gate, whatever its name says', () => {
    const p = planOfTree({
      'package.json': JSON.stringify({ name: 'x', scripts: { test: 'mocha' } }),
      'package-lock.json': '{}',
      '.github/workflows/ci.yml': ci(stepsJob('test', ['- run: npm test', '- run: codeclimate-test-reporter < coverage/lcov.info'])),
    });
    expect(commandsByLevel(p)['2']).toEqual(['npm test']);
  });
});

describe('steps for one runtime version of the matrix', () => {
  const pkg = {
    'package.json': JSON.stringify({ name: 'x', scripts: { 'test:compress': 'node test/compress.js', 'test:mocha': 'mocha test' } }),
    'package-lock.json': '{}',
  };

  it('are that version’s variant of the main steps, which alone are the gates', () => {
    const p = planOfTree({
      ...pkg,
      '.github/workflows/ci.yml': ci(
        stepsJob(
          'test',
          [
            "- if: matrix.node-version != '10.x'",
            '  run: npm run test:compress',
            "- if: matrix.node-version != '10.x'",
            '  run: npm run test:mocha',
            "- if: matrix.node-version == '10.x'",
            '  run: node --require esm test/compress.js',
            "- if: ${{ matrix.node-version == '10.x' }}",
            '  run: npm run test:mocha -- --require esm',
          ],
          ['strategy:', '  matrix:', '    node-version: [10.x, 20.x]'],
        ),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['npm run test:compress', 'npm run test:mocha']);
  });

  it('but a row for a mode (`check_formatting == 1`) does its own work', () => {
    const p = planOfTree({
      'tox.ini': '[tox]\nenvlist = py312\n[testenv]\ncommands = pytest\n[testenv:check]\nlabels = check\ncommands = ruff check .\n',
      '.github/workflows/ci.yml': ci(
        stepsJob(
          'test',
          ["- if: matrix.check_formatting != '1'", '  run: tox -e py312', "- if: matrix.check_formatting == '1'", '  run: tox -m check'],
          ['strategy:', '  matrix:', "    check_formatting: ['0', '1']"],
        ),
      ),
    });
    expect(commandsByLevel(p)['1']).toEqual(['tox -m check']);
  });
});

describe('a hatch script that only lists the environment', () => {
  it('(`test:list = "python -m pip freeze"`) is no gate, from the manifest or from CI', () => {
    const pyproject = [
      '[project]\nname = "x"\nversion = "1"\n',
      '[tool.hatch.envs.test.scripts]',
      'list = "python -m pip freeze"',
      'test = "python -m pytest -vv {args}"',
    ].join('\n');
    const p = planOfTree({
      'pyproject.toml': pyproject,
      '.github/workflows/ci.yml': ci(stepsJob('test', ['- run: hatch -v run test:list', '- run: hatch -v run test:test'])),
    });
    expect(commandsByLevel(p)['2']?.filter((c) => c.includes('list'))).toEqual([]);
    expect(commandsByLevel(p)['2']).toContain('hatch run test:test');
  });
});

describe('a step outside the checkout or tied to the pull request', () => {
  it('(`working-directory: ..`, medusa’s scratch project) is not this project', () => {
    const p = planOfTree({
      'package.json': JSON.stringify({ name: 'x', scripts: { test: 'jest' } }),
      'package-lock.json': '{}',
      '.github/workflows/ci.yml': ci(
        stepsJob('cli', ['- run: npm test', '- run: medusa new cli-test --skip-db', '  working-directory: ..']),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['npm test']);
  });

  it('reading a variable the workflow fills from the event (`$BASE_SHA`) is no gate of a working tree', () => {
    const p = planOfTree({
      'package.json': JSON.stringify({ name: 'x', scripts: { test: 'jest' } }),
      'package-lock.json': '{}',
      'scripts/test-breaking': '#!/bin/bash\nnpm test -- --changedSince "$1"\n',
      '.github/workflows/ci.yml': ci(
        stepsJob('breaking', [
          '- run: npm test',
          '- run: ./scripts/test-breaking "$BASE_SHA"',
          '  env:',
          '    BASE_SHA: ${{ github.event.pull_request.base.sha }}',
        ]),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['npm test']);
  });
});

describe('a script that prepares a suite', () => {
  it('(`test:init` = `run-s test:init:*`, fixture installs and a `--help` smoke) is no gate when CI runs it', () => {
    const scripts = {
      'test:unit': 'vitest run tests/unit/',
      'test:init': 'run-s test:init:*',
      'test:init:cli-help': 'npm run start -- --help',
      'test:init:hugo-deps': 'npm ci --prefix tests/integration/__fixtures__/hugo-site --no-audit',
    };
    const p = planOfTree({
      'package.json': JSON.stringify({ name: 'x', scripts }),
      'package-lock.json': '{}',
      '.github/workflows/ci.yml': ci(stepsJob('test', ['- run: npm run test:init', '- run: npm run test:unit'])),
    });
    expect(commandsByLevel(p)['2']).toEqual(['npm run test:unit']);
  });
});
