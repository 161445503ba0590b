import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { levelOfCiCommand } from './ci-level.js';
import { scriptInvocation } from './invocation.js';
import { leavesQuoteOpen } from './open-quote.js';
import { selectsOtherMarker } from './pytest-marker-selection.js';
import { isShellTestScript } from './shell-test-script.js';

// Classes of mistake seen on held-out-final-8-py (pip + Justfile with pytest markers, poetry + poe,
// tox, a uv workspace, hatch, pdm + nox), each fixture built here.

const PYPROJECT = '[project]\nname = "x"\nversion = "0"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n';

const POE = [
  '[tool.poe.tasks.test]',
  'cmd = "pytest -m \'not schema\'"',
  '',
  '[tool.poe.tasks.test-schema]',
  'cmd = "pytest -m schema tests/schema/"',
  '',
  '[tool.poe.tasks.types]',
  'cmd = "mypy x"',
  '',
  '[tool.poe.tasks.lint]',
  'cmd = "ruff check ."',
  '',
].join('\n');

describe('a poetry project whose pyproject also configures uv (a `[tool.uv.workspace]` for test fixtures)', () => {
  it('runs its tasks through poetry, which its lock file names', () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': `${PYPROJECT}\n${POE}\n[tool.uv.workspace]\nmembers = ["tests/fixtures/pkg"]\n`,
        'poetry.lock': '',
        'tests/test_x.py': '',
      }),
    );
    expect(p['2']).toContain('poetry run poe test');
    expect(p['1']).toContain('poetry run poe lint');
    expect(
      Object.values(p)
        .flat()
        .some((c) => c.startsWith('uv run')),
    ).toBe(false);
  });
});

describe("poetry's options before `run`", () => {
  it('are left out when reading which task runs (`poetry --ansi run poe types`)', () => {
    expect(scriptInvocation('poetry --ansi run poe types')).toEqual({ runner: 'poe', name: 'types' });
    expect(scriptInvocation('poetry -C sub --no-interaction run poe lint')).toEqual({ runner: 'poe', name: 'lint' });
    expect(scriptInvocation('pdm -v run poe lint')).toEqual({ runner: 'poe', name: 'lint' });
    expect(levelOfCiCommand('poetry --ansi run poe types')).toBe(1);
    // `poetry --version`, `poetry -C x install`: no `run`, nothing changes.
    expect(scriptInvocation('poetry --version')).toBeUndefined();
  });

  it("keeps the environment wrapper when CI's own line is wrapped too (`poetry --ansi run poe types`)", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': `${PYPROJECT}\n${POE}`,
        'poetry.lock': '',
        'tests/test_x.py': '',
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('quality', ['- uses: actions/checkout@v4', '- run: poetry --ansi run poe types', '- run: poetry --ansi run poe test']),
        ),
      }),
    );
    expect(p['1']).toEqual(['poetry run poe types']);
    expect(p['2']).toEqual(['poetry run poe test']);
  });
});

describe('a CI run that selects a pytest marker', () => {
  it('is another suite than a run without that selection', () => {
    expect(selectsOtherMarker('uv run pytest -n auto', 'pytest -m "serial"')).toBe(true);
    expect(selectsOtherMarker("poe test\npytest -m 'not schema'", 'poe test-schema\npytest -m schema tests/schema/')).toBe(true);
    expect(selectsOtherMarker('pytest -m serial', 'pytest -m "serial"')).toBe(false);
    // A deselection alone stays a variant of the same suite.
    expect(selectsOtherMarker('pytest', "pytest -m 'not slow'")).toBe(false);
  });

  it("keeps CI's `pytest -m serial` beside the Justfile's parallel run", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'pytest.ini': '[pytest]\nmarkers =\n    serial: tests to avoid using with pytest-xdist\n',
        'tests/test_x.py': '',
        Justfile: '@test *options:\n  uv run pytest -n auto {{options}}\n',
        '.github/workflows/test.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('test', [
            '- uses: actions/checkout@v4',
            '- run: pip install .',
            '- run: |',
            '    pytest -n auto -m "not serial"',
            '    pytest -m "serial"',
          ]),
        ),
      }),
    );
    expect(p['2']).toContain('just test');
    expect(p['2']).toContain('pytest -m serial');
  });

  it("keeps CI's poe task that runs the marked suite beside the task that deselects it", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': `${PYPROJECT}\n${POE}`,
        'poetry.lock': '',
        'tests/test_x.py': '',
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('quality', [
            '- uses: actions/checkout@v4',
            '- run: poetry --ansi run poe test-schema',
            '- run: poetry --ansi run poe types',
          ]),
          stepsJob('tests', ['- uses: actions/checkout@v4', "- run: poetry --ansi run pytest -v -m 'not schema'"]),
        ),
      }),
    );
    expect(p['2']).toContain('poetry --ansi run poe test-schema');
    expect(p['1']?.some((c) => /poe types$/.test(c))).toBe(true);
  });
});

describe('a parametrized nox session named with its parameters', () => {
  it('is the session before the parentheses', () => {
    expect(scriptInvocation(`nox --session "framework-integration(framework='keras')"`)).toEqual({
      runner: 'nox',
      name: 'framework-integration',
    });
    expect(levelOfCiCommand(`nox -s "e2e-testing-3.9(suite='http')"`)).toBe(3);
  });

  it("keeps CI's run of one parametrization as the integration session", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/unit/test_x.py': '',
        'noxfile.py': [
          'import nox',
          '@nox.session(name="unit")',
          'def unit(session):',
          '    session.run("pytest", "tests/unit")',
          '@nox.session(name="framework-integration")',
          '@nox.parametrize("framework", ["keras", "torch"])',
          'def fw(session, framework):',
          '    session.run("pytest", "tests/integration/frameworks")',
          '',
        ].join('\n'),
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('unit', ['- uses: actions/checkout@v4', '- run: nox --session unit']),
          stepsJob('integrations', ['- uses: actions/checkout@v4', `- run: nox --session "framework-integration(framework='keras')"`]),
        ),
      }),
    );
    expect(p['3']).toHaveLength(1);
    expect(scriptInvocation(p['3']?.[0] ?? '')?.name).toBe('framework-integration');
  });
});

describe('a quoted word spanning several lines of a `run:` script', () => {
  it('leaves its quote open on the lines before the closing one', () => {
    expect(leavesQuoteOpen(`CODE=$(echo "$FILES" | jq '[.[] | select(`)).toBe(true);
    expect(leavesQuoteOpen(`echo "it's"`)).toBe(false);
    expect(leavesQuoteOpen(`echo ok # don't`)).toBe(false);
    expect(leavesQuoteOpen(`echo \\'`)).toBe(false);
  });

  it('is one command: a jq program is no test', () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/test_x.py': '',
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('test', ['- uses: actions/checkout@v4', '- run: pytest']),
          stepsJob('size', [
            '- run: |',
            `    TESTS=$(echo "$FILES" | jq '[.[] | select(`,
            '      (.filename | startswith("tests/")) and',
            '      (.filename | endswith(".md") | not)',
            `    ) | .additions] | add // 0')`,
          ]),
        ),
      }),
    );
    expect(p['2']).toEqual(['pytest']);
  });
});

describe('a shell script written as a test whose body runs no test runner', () => {
  it('is named as a test', () => {
    expect(isShellTestScript('tests/test_datasette_https_server.sh')).toBe(true);
    expect(isShellTestScript('test-in-pyodide-with-shot-scraper.sh')).toBe(true);
    expect(isShellTestScript('scripts/smoke-test.sh')).toBe(true);
    expect(isShellTestScript('test.sh')).toBe(false);
    expect(isShellTestScript('scripts/latest.sh')).toBe(false);
    expect(isShellTestScript('tests/test_x.py')).toBe(false);
  });

  it('checks the program from outside: level 3', () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/test_x.py': '',
        'tests/test_https_server.sh':
          '#!/bin/bash\nmyapp --port 8152 &\npid=$!\ncurl --fail --insecure https://localhost:8152/\nkill $pid\n',
        '.github/workflows/test.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('test', [
            '- uses: actions/checkout@v4',
            '- run: pip install .',
            '- run: |',
            '    pytest',
            '    tests/test_https_server.sh',
          ]),
        ),
      }),
    );
    expect(p['2']).toEqual(['pytest']);
    expect(p['3']).toEqual(['tests/test_https_server.sh']);
  });
});

describe('Python checkers of documentation run by CI', () => {
  it('are checks (`pipx run interrogate -v .`, `pipx run doc8 …`)', () => {
    expect(levelOfCiCommand('pipx run interrogate -v .')).toBe(1);
    expect(levelOfCiCommand('pipx run doc8 --max-line-length=200')).toBe(1);
    expect(levelOfCiCommand('uv run pydocstyle src')).toBe(1);
    expect(levelOfCiCommand('blacken-docs -l 60 docs/*.rst')).toBe(1);
  });
});
