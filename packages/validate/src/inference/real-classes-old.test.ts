import { useTempDir, writeTree } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { inferPlan } from './infer.js';
import { addoptsValue, deselectedMarkers } from './pytest-addopts.js';

function repo(files: Record<string, string>): string {
  const dir = useTempDir('ce-old-');
  writeTree(dir, files);
  return dir;
}

const commands = (dir: string, level: '1' | '2' | '3'): string[] => inferPlan(dir).levels[level].map((c) => c.command);
const workflow = (steps: string): string => `on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

describe('a marker deselected by a multi-line addopts, with a test folder of its own', () => {
  const setupCfg = [
    '[tool:pytest]',
    'addopts =',
    '    # show the slowest:',
    '    --durations=10',
    '',
    '    -ra',
    '',
    '    -m "not dev_mode and not autobahn and not internal"',
    'asyncio_mode = auto',
    '',
  ].join('\n');
  it('reads the whole value, past comments and blank lines', () => {
    expect(addoptsValue(setupCfg)).toBe('--durations=10 -ra -m "not dev_mode and not autobahn and not internal"');
    expect(deselectedMarkers(addoptsValue(setupCfg))).toEqual(['dev_mode', 'autobahn', 'internal']);
    expect(deselectedMarkers('["-ra", "-m", "not slow"]')).toEqual(['slow']);
  });
  it('is a separate suite at level 3', () => {
    const dir = repo({
      '.github/workflows/ci.yml': workflow(
        "      - run: pytest -m 'not dev_mode and not autobahn'\n      - run: pytest --timeout=0 -m autobahn\n",
      ),
      'setup.cfg': setupCfg,
      'requirements/test.txt': 'pytest\n',
      'pyproject.toml': '[project]\nname = "x"\n',
      'tests/test_a.py': '',
      'tests/autobahn/test_autobahn.py': '',
    });
    expect(commands(dir, '3').some((c) => /pytest .*-m autobahn/.test(c))).toBe(true);
  });
  it('a deselected marker without a folder of its own stays out of level 3', () => {
    const dir = repo({
      '.github/workflows/ci.yml': workflow("      - run: pytest -m 'not dev_mode'\n"),
      'setup.cfg': '[tool:pytest]\naddopts =\n    -ra\n\n    -m "not dev_mode"\n',
      'requirements/test.txt': 'pytest\n',
      'pyproject.toml': '[project]\nname = "x"\n',
      'tests/test_a.py': '',
    });
    expect(commands(dir, '3')).toEqual([]);
  });
});

describe('two wrappers of one bare CI line, neither called by CI', () => {
  const files = (extra: Record<string, string>): Record<string, string> => ({
    '.github/workflows/ci.yml': workflow('      - run: pip install .[test]\n      - run: pytest\n'),
    'pyproject.toml': '[project]\nname = "x"\n[project.optional-dependencies]\ntest = ["pytest"]\n',
    'tox.ini': '[tox]\nenvlist = py{311,312}\n\n[testenv]\nextras = test\ncommands =\n    python -m pytest {posargs}\n',
    'tests/test_a.py': '',
    ...extra,
  });
  it("give way to CI's own line", () => {
    const dir = repo(files({ 'hatch.toml': '[envs.test]\nextras = ["test"]\n\n[envs.test.scripts]\nall = "pytest {args}"\n' }));
    expect(commands(dir, '2')).toEqual(['pytest']);
  });
  it('one wrapper alone stays', () => {
    const dir = repo(files({}));
    expect(commands(dir, '2')).toEqual(['tox -e py311,py312']);
  });
});

describe("a job of third-party tests that runs the repository's own recipes", () => {
  const job = (name: string, run: string): string =>
    `on: pull_request\njobs:\n  ${name}:\n    name: Third-party Parser Tests\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: yarn install\n${run}`;
  const files = (workflow: string): Record<string, string> => ({
    '.github/workflows/ci.yml': workflow,
    'package.json': '{"name":"x","scripts":{"test":"jest"},"devDependencies":{"jest":"29"}}\n',
    'yarn.lock': '',
    Makefile:
      'NODE := yarn node\n\nbootstrap-flow:\n\tnode Makefile.js bootstrap-flow\n\ntest-flow:\n\t$(NODE) scripts/parser-tests/flow\n\ntest-typescript:\n\t$(NODE) scripts/parser-tests/typescript\n',
  });
  it('is a conformance suite of the code here, level 3', () => {
    const dir = repo(
      files(
        job('external-parser-tests', '      - run: make bootstrap-flow\n      - run: make test-flow\n      - run: make test-typescript\n'),
      ),
    );
    expect(commands(dir, '3')).toEqual(expect.arrayContaining(['make test-flow', 'make test-typescript']));
    expect(commands(dir, '3')).not.toContain('make bootstrap-flow');
    expect(commands(dir, '1')).not.toContain('make test-typescript');
  });
  it('a job of a tool named for external things stays out', () => {
    const dir = repo(files(job('check-external-types', '      - run: cargo check-external-types\n')));
    expect([...commands(dir, '1'), ...commands(dir, '2'), ...commands(dir, '3')].some((c) => c.includes('external'))).toBe(false);
  });
});

describe('a root script file a Makefile recipe runs with the settings it needs', () => {
  it('is reached through the recipe, not an entry point of its own', () => {
    const dir = repo({
      '.github/workflows/ci.yml': workflow('      - run: yarn install\n      - run: yarn jest --ci\n'),
      'package.json': '{"name":"x","scripts":{"test":"make test"},"devDependencies":{"jest":"29"}}\n',
      'yarn.lock': '',
      Makefile: 'test-only:\n\tBABEL_ENV=test ./scripts/test.sh\n',
      'scripts/test.sh': '#!/bin/sh\nyarn jest "$@"\n',
    });
    expect(commands(dir, '2')).not.toContain('bash scripts/test.sh');
    expect(commands(dir, '2')).toContain('yarn jest --ci');
  });
});

describe('a test program in a package of its own that takes the project through workspace:', () => {
  const files = (deps: string): Record<string, string> => ({
    '.github/workflows/ci.yml': workflow('      - run: yarn install\n      - run: yarn test:esm\n'),
    'package.json': '{"name":"x","workspaces":["packages/*","test/esm"],"scripts":{"test:esm":"node test/esm/index.ts"}}\n',
    'yarn.lock': '',
    'packages/a/package.json': '{"name":"@x/a"}\n',
    'test/esm/package.json': `{"name":"@x/test-esm","private":true,"devDependencies":{${deps}}}\n`,
    'test/esm/index.ts': '',
  });
  it('is an integration suite (level 3)', () => {
    const dir = repo(files('"@x/a":"workspace:^"'));
    expect(commands(dir, '3')).toContain('yarn test:esm');
  });
  it('without the workspace dependency it stays where it was', () => {
    const dir = repo(files('"left-pad":"1"'));
    expect(commands(dir, '3')).not.toContain('yarn test:esm');
  });
});

describe('Trunk Code Quality', () => {
  it("another repository's reusable trunk.yml runs `trunk check` (level 1)", () => {
    const dir = repo({
      '.github/workflows/trunk.yml':
        'on: pull_request\njobs:\n  trunk:\n    name: Trunk Code Quality\n    uses: acme/.github/.github/workflows/trunk.yml@main\n',
      '.github/workflows/ci.yml': workflow('      - run: go test ./...\n'),
      'go.mod': 'module example.com/x\n\ngo 1.22\n',
      'a_test.go': 'package x\n',
    });
    expect(commands(dir, '1')).toContain('trunk check');
  });
});

describe('a program CI installs from this repository and then runs as a test', () => {
  it('is a test of the built program (level 3), from whatever folder', () => {
    const dir = repo({
      '.github/workflows/bank.yml': workflow(
        '      - run: cd tool && go install --race .\n      - run: |\n          mkdir bank && cd bank\n          tool bank test -v --dir=. -d=20m\n',
      ),
      '.github/workflows/ci.yml': workflow('      - run: go test ./...\n'),
      'go.mod': 'module example.com/x\n\ngo 1.22\n',
      'a_test.go': 'package x\n',
      'tool/main.go': 'package main\n',
    });
    expect(commands(dir, '3')).toEqual(['tool bank test -v --dir=. -d=20m']);
    expect(commands(dir, '2')).toEqual(['go test ./...']);
  });
});
