import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { withLiteralSubstitutions } from './command-substitution.js';
import { hatchScriptLevel, levelOfCiCommand } from './ci-level.js';
import { isQualifiedIntegrationName } from './integration-name.js';
import { splitPrerequisiteTargets } from './make-prerequisites.js';
import { withListedSelection } from './listed-matrix.js';
import { isUnrunnableLine } from './unrunnable-body.js';

// Classes of mistake seen on held-out-final-6-py (uv, poetry, hatch, pdm, tox and nox projects, Makefiles
// driving CI, integration suites run by target or marker), each fixture built here.

const PYPROJECT = '[project]\nname = "x"\nversion = "0"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n';

describe('a sed stage anchored at the start or the end of the value', () => {
  it('is worked out once the matrix value is in', () => {
    expect(withLiteralSubstitutions("tox -e py$(echo pypy3.9 | tr -d . | sed 's/^py//')")).toBe('tox -e pypy39');
    expect(withLiteralSubstitutions("tox -e py$(echo 3.12 | tr -d . | sed 's/^py//')")).toBe('tox -e py312');
    expect(withLiteralSubstitutions("tox -e $(echo 3.12-dev | sed 's/-dev$//')")).toBe('tox -e 3.12');
    // A pattern with other regular-expression syntax stays as written.
    expect(withLiteralSubstitutions("tox -e $(echo 3.12 | sed 's/^[0-9]//')")).toBe("tox -e $(echo 3.12 | sed 's/^[0-9]//')");
  });

  it("keeps CI's tox run whose factor a step variable reshapes with `sed 's/^py//'`", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/test_x.py': '',
        'tox.ini':
          '[tox]\nenv_list = py312, py313, lint\n\n[testenv]\ncommands = pytest tests\n\n[testenv:lint]\ncommands = ruff check src\n',
        '.github/workflows/main.yml': workflowOn(
          '[push, pull_request]',
          stepsJob(
            'tests',
            [
              '- uses: actions/checkout@v4',
              '- env:',
              '    V: ${{ matrix.python-version }}',
              `  run: "uv run --group tox tox -e py$(echo $V | tr -d . | sed 's/^py//')"`,
              '- run: uv run --group tox tox -e lint',
            ],
            ['strategy:', '  matrix:', '    python-version: ["3.12", "3.13"]'],
          ),
        ),
      }),
    );
    expect(p['2']?.length).toBeGreaterThan(0);
    expect(p['2']?.every((c) => /^(uv run --group tox )?tox -e py31[23]/.test(c))).toBe(true);
  });
});

describe('a hatch script named for the tests it runs with coverage and a report format', () => {
  it('is the test script (`test-cov-xml`)', () => {
    expect(hatchScriptLevel('test-cov-xml')).toBe(2);
    expect(hatchScriptLevel('test-cov')).toBe(2);
    expect(levelOfCiCommand('hatch run test-cov-xml')).toBe(2);
    expect(hatchScriptLevel('docs')).toBeUndefined();
  });

  it("keeps CI's `hatch run test-cov-xml`", () => {
    const pyproject = [
      PYPROJECT,
      '[tool.hatch.envs.default.scripts]',
      'lint-check = ["ruff check .", "mypy x/"]',
      'test = "pytest --cov=x/ --cov-report=term-missing"',
      'test-cov-xml = "pytest --cov=x/ --cov-report=xml"',
      '',
    ].join('\n');
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': pyproject,
        'tests/test_x.py': '',
        '.github/workflows/build.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('lint', ['- uses: actions/checkout@v4', '- run: pip install hatch', '- run: hatch run lint-check']),
          stepsJob('test', ['- uses: actions/checkout@v4', '- run: pip install hatch', '- run: hatch run test-cov-xml']),
        ),
      }),
    );
    expect(p['1']).toEqual(['hatch run lint-check']);
    expect(p['2']).toEqual(['hatch run test-cov-xml']);
  });
});

describe('a target named for an integration suite and then for what it runs against', () => {
  it('is that integration suite', () => {
    expect(isQualifiedIntegrationName('integration-dind-ssl')).toBe(true);
    expect(isQualifiedIntegrationName('integration-tests-mcp-v1')).toBe(true);
    expect(isQualifiedIntegrationName('test-e2e-chrome')).toBe(true);
    expect(isQualifiedIntegrationName('integration-setup')).toBe(false);
    expect(isQualifiedIntegrationName('e2e-build-image')).toBe(false);
    expect(isQualifiedIntegrationName('integration_sources')).toBe(false);
    expect(levelOfCiCommand('make integration-dind')).toBe(3);
    expect(levelOfCiCommand('python tests/integration_sources.py')).toBeUndefined();
  });

  it("keeps CI's `make ${{ matrix.variant }}` over integration targets at level 3", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/unit/test_x.py': '',
        'tests/integration/conftest.py': '',
        Makefile: [
          'build:',
          '\tdocker build -t sdk -f tests/Dockerfile .',
          'integration-dind: build',
          '\tdocker run --rm sdk py.test tests/integration/${file}',
          'integration-dind-ssl: build',
          '\tdocker run --rm --env DOCKER_TLS_VERIFY=1 sdk py.test tests/integration/${file}',
          '',
        ].join('\n'),
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('unit', ['- uses: actions/checkout@v4', '- run: py.test -v tests/unit']),
          stepsJob(
            'integration',
            ['- uses: actions/checkout@v4', '- run: |', '    docker logout', '    make ${{ matrix.variant }}'],
            ['strategy:', '  matrix:', '    variant: [integration-dind, integration-dind-ssl]'],
          ),
        ),
      }),
    );
    expect(p['2']).toEqual(['py.test -v tests/unit']);
    expect(p['3']).toEqual(['make integration-dind', 'make integration-dind-ssl']);
  });
});

describe("a runner's listing of its sessions or environments", () => {
  it('runs none of them (`nox --json -t tests -l` makes a matrix)', () => {
    expect(levelOfCiCommand('nox --json -t tests -l')).toBeUndefined();
    expect(levelOfCiCommand('uv run nox --json -t tests -l')).toBeUndefined();
    expect(levelOfCiCommand('tox -a')).toBeUndefined();
    expect(levelOfCiCommand('tox list')).toBeUndefined();
    // `-l` after `--` is the session's own option (pytest's showlocals).
    expect(levelOfCiCommand('tox -e py312 -- -l')).toBe(2);
  });
});

describe('a make target with only prerequisites of different levels', () => {
  const makefile = [
    'lint: ## Run linting',
    '\tpoetry run ruff check',
    '\tpoetry run flake8 .',
    'type-check:',
    '\tpoetry run mypy pkg',
    'unit:',
    '\tpoetry run pytest',
    'package:',
    '\tpoetry run pip check',
    'test: lint type-check unit package ## Run all checks',
    'checks: lint type-check',
    '',
  ].join('\n');
  const read = (path: string): string | undefined => (path === 'Makefile' ? makefile : undefined);

  it('is each of its prerequisites, at its own level', () => {
    expect(splitPrerequisiteTargets('make test', '.', read)).toEqual(['make lint', 'make type-check', 'make unit', 'make package']);
    // Prerequisites of one level keep the umbrella's name; a target with a recipe of its own is itself.
    expect(splitPrerequisiteTargets('make checks', '.', read)).toEqual(['make checks']);
    expect(splitPrerequisiteTargets('make unit', '.', read)).toEqual(['make unit']);
  });

  it("reads CI's `make test` as the checks at level 1 and the unit tests at level 2", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/test_x.py': '',
        Makefile: makefile,
        '.github/workflows/test.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('build', ['- uses: actions/checkout@v4', '- run: poetry install', '- run: make test']),
        ),
      }),
    );
    expect(p['1']).toEqual(['make lint', 'make type-check']);
    expect(p['2']).toEqual(['make unit']);
  });
});

describe("a matrix computed from another job's listing of nox sessions", () => {
  const noxfile = [
    'import nox',
    '',
    '@nox.session(python=["3.12", "3.13"], name="Tests", tags=["tests"])',
    'def tests(session):',
    '    session.run("pytest")',
    '',
    '@nox.session(name="docs")',
    'def docs(session):',
    '    session.run("sphinx-build", "docs", "build")',
    '',
  ].join('\n');

  it("runs what the listing selected (`nox -t tests`), the row's session put aside", () => {
    const selections = new Map([['session', '-t tests']]);
    expect(withListedSelection('uv run nox -r -s "${{ matrix.session.session }}"', selections)).toBe('uv run nox -r -t tests');
    expect(withListedSelection('nox -s "${{ matrix.noxenv }}"', new Map([['noxenv', '']]))).toBe('nox');
    expect(withListedSelection('nox -s "${{ matrix.other }}"', selections)).toBe('nox -s "${{ matrix.other }}"');
  });

  it("keeps CI's tagged nox run, not the listing that made the matrix", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/test_x.py': '',
        'noxfile.py': noxfile,
        '.github/workflows/test.yml': workflowOn(
          '[push, pull_request]',
          stepsJob(
            'generate',
            [
              '- uses: actions/checkout@v4',
              '- id: set-matrix',
              '  run: |',
              '    echo sessions=$(',
              '      uv run nox --json -t tests -l |',
              "      jq 'map({session})'",
              '    ) | tee --append $GITHUB_OUTPUT',
            ],
            ['outputs:', '  sessions: ${{ steps.set-matrix.outputs.sessions }}'],
          ),
          stepsJob(
            'unit-tests',
            ['- uses: actions/checkout@v4', '- run: uv run nox -r -s "${{ matrix.session.session }}"'],
            ['needs: [generate]', 'strategy:', '  matrix:', '    session: ${{ fromJson(needs.generate.outputs.sessions) }}'],
          ),
        ),
      }),
    );
    expect(p['2']).toContain('uv run nox -r -t tests');
    expect(p['2']?.some((c) => /(^|\s)-l(\s|$)|\|/.test(c))).toBe(false);
  });
});

describe('an expression CI cannot know that is a folder of a path', () => {
  it('leaves no command with an empty folder (`make community//tests`)', () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/core/test_x.py': '',
        'tests/community/redis/test_redis.py': '',
        Makefile: [
          'COMMUNITY_MODULES = $(patsubst tests/community/%/,%,$(wildcard tests/community/*/))',
          'COMMUNITY_TESTS = $(addprefix community/,$(addsuffix /tests,$(COMMUNITY_MODULES)))',
          'core/tests:',
          '\tuv run pytest -v tests/core',
          '$(COMMUNITY_TESTS): community/%/tests:',
          '\tuv run pytest -v tests/community/$*',
          '',
        ].join('\n'),
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('core', ['- uses: actions/checkout@v4', '- run: make core/tests']),
          stepsJob(
            'modules',
            ['- uses: actions/checkout@v4', '- run: make community/${{ matrix.module }}/tests'],
            ['strategy:', '  matrix:', '    module: ${{ fromJSON(needs.track.outputs.modules) }}'],
          ),
        ),
      }),
    );
    expect(p['2']).toEqual(['make core/tests']);
  });
});

describe('a hatch script that only asks pip what is installed', () => {
  it("is no test, in the test environment's scripts or run by CI (`hatch -v run test:list`)", () => {
    const pyproject = [
      PYPROJECT,
      '[tool.hatch.envs.test.scripts]',
      'list = "python -m pip freeze"',
      'test = "python -m pytest -vv {args}"',
      '',
    ].join('\n');
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': pyproject,
        'tests/test_x.py': '',
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('test', ['- uses: actions/checkout@v4', '- run: pip install hatch', '- run: hatch run test:test']),
          stepsJob('minimum', ['- uses: actions/checkout@v4', '- run: pip install hatch', '- run: hatch -v run test:list']),
        ),
      }),
    );
    expect(p['2']).toEqual(['hatch run test:test']);
  });
});

describe("a package script whose body is a scoped package's name", () => {
  it('is no command (`"test": "@playwright/test"`), and CI\'s own Playwright run stays the level-3 suite', () => {
    expect(isUnrunnableLine('@playwright/test')).toBe(true);
    expect(isUnrunnableLine('playwright test')).toBe(false);
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/test_x.py': '',
        'e2e/package.json': JSON.stringify({
          name: 'e2e',
          private: true,
          scripts: { lint: 'eslint .', test: '@playwright/test' },
          devDependencies: { '@playwright/test': '^1.54.1', eslint: '^9.0.0' },
        }),
        'e2e/bun.lock': '',
        '.github/workflows/test.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('tests', ['- uses: actions/checkout@v4', '- run: pytest']),
          stepsJob('e2e', [
            '- uses: actions/checkout@v4',
            '- run: |',
            '    cd e2e',
            '    bun install',
            '- run: |',
            '    cd e2e',
            '    bunx playwright test',
          ]),
        ),
      }),
    );
    expect(p['2']).toEqual(['pytest']);
    expect(p['3']).toEqual(['e2e: bunx playwright test']);
  });
});
