import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { levelOfCiCommand } from './ci-level.js';
import { levelOfScriptName } from './detector.js';

// Classes of mistake seen on held-out-final-14-py (a Makefile target that installs the test extra
// read as an installed-package test, an install recipe that reaches into an integration-tests
// folder, tox environments whose interpreter factor hid the gate's factor, a `check-quality` lint
// target), each layout built here.

const PYPROJECT = '[project]\nname = "x"\nversion = "0"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n';

const push = (...steps: string[]): string =>
  workflowOn('[push, pull_request]', stepsJob('test', ['- uses: actions/checkout@v4', ...steps]));

describe('a target named for installing what a gate needs (`install-test-requirements`)', () => {
  it('is set-up, not an installed-package test', () => {
    expect(levelOfScriptName('install-test-requirements')).toBeUndefined();
    expect(levelOfScriptName('setup-lint-deps')).toBeUndefined();
    // The installed package tested after install is still that suite.
    expect(levelOfScriptName('install-test')).toBe(3);
    expect(levelOfScriptName('test-install')).toBe(3);
  });

  it('leaves the Makefile target CI runs before its suites out of the plan', () => {
    const plan = planOfTree({
      'pyproject.toml': PYPROJECT,
      Makefile: 'install-test-requirements:\n\tuv pip install -e ".[test]"\n\ntest:\n\tpytest\n\ne2e-tests:\n\tbehave --tags=-skip\n',
      '.github/workflows/ci.yml': push('- run: make install-test-requirements', '- run: make test', '- run: make e2e-tests'),
    });
    const levels = commandsByLevel(plan);
    expect(Object.values(levels).flat()).not.toContain('make install-test-requirements');
    expect(levels['3']).toContain('make e2e-tests');
  });
});

describe('an install recipe that also installs an integration-tests folder (`make install-dev`)', () => {
  it('is set-up by its name, whatever folder its recipe enters', () => {
    const body = 'git submodule update --init || true\n$(MAKE) -C my-integration-tests install\npip install -e ".[dev]"\n';
    expect(levelOfCiCommand('make install-dev', body)).toBeUndefined();
    const plan = planOfTree({
      'pyproject.toml': PYPROJECT,
      Makefile: `install-dev:\n\t${body.trim().split('\n').join('\n\t')}\n\ntest:\n\tpython -m unittest\n`,
      'my-integration-tests/Makefile': 'install:\n\tpip install -e .\n',
      '.github/workflows/ci.yml': push('- run: make install-dev', '- run: make test'),
    });
    expect(Object.values(commandsByLevel(plan)).flat()).not.toContain('make install-dev');
  });
});

describe('a tox environment of an interpreter factor and a gate factor (`py-flake8`)', () => {
  it("is the gate's level, the interpreter only picking the Python", () => {
    expect(levelOfCiCommand('tox -v -e py-flake8 -- -v')).toBe(1);
    expect(levelOfCiCommand('tox -e py312-integration')).toBe(3);
    // An interpreter alone, or beside a dependency set, is the unit tests.
    expect(levelOfCiCommand('tox -e py312')).toBe(2);
    expect(levelOfCiCommand('tox -e py311-django42')).toBe(2);
  });
});

describe('a lint target named for code quality (`make check-quality`)', () => {
  it('is level 1, like `check-types` beside it', () => {
    expect(levelOfScriptName('check-quality')).toBe(1);
    expect(levelOfScriptName('code-quality')).toBe(1);
    // A bare `quality` may be a suite (grype's match-quality tests): not read as lint.
    expect(levelOfScriptName('quality')).toBeUndefined();
    const plan = planOfTree({
      'pyproject.toml': PYPROJECT,
      Makefile: 'actions = check-quality check-types test\n.PHONY: $(actions)\n$(actions):\n\t@python scripts/make "$@"\n',
      '.github/workflows/ci.yml': push('- run: make check-quality', '- run: make check-types', '- run: make test'),
    });
    expect(commandsByLevel(plan)['1']).toContain('make check-quality');
  });
});
