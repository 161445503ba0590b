import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake seen on held-out-8-py / held-out-9-py (Python projects), each fixture built here.

const NOXFILE = [
  'import nox',
  '',
  '@nox.session(python=["3.12", "3.13"])',
  'def test(session):',
  '    session.run("pytest", "tests")',
  '',
  '@nox.session',
  'def test_integration(session):',
  '    session.run("pytest", "tests", "--integration")',
  '',
  '@nox.session',
  'def lint(session):',
  '    session.run("pre-commit", "run", "--all-files")',
  '',
].join('\n');

describe('Python projects (second batch): what their CI really runs', () => {
  it('follows a session named through a step variable set from the matrix', () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      'noxfile.py': NOXFILE,
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('lint', ['- uses: actions/checkout@v4', '- run: nox -s lint']),
        stepsJob(
          'test',
          [
            '- uses: actions/checkout@v4',
            '- run: nox -s "$NOX_SESSION"',
            '  env:',
            "    NOX_SESSION: ${{ matrix.nox-session != '' && matrix.nox-session || format('test-{0}', matrix.python-version) }}",
          ],
          [
            'strategy:',
            '  matrix:',
            '    python-version: ["3.12", "3.13"]',
            "    nox-session: ['']",
            '    include:',
            '      - { python-version: "3.12", nox-session: test_integration }',
            '      - { python-version: "3.13", nox-session: test-3.13 }',
          ],
        ),
      ),
    });
    // The empty value runs the fallback (`test-<version>`), which the listed `test-3.13` (the `test` session on 3.13) stands for.
    expect(commandsByLevel(p)).toEqual({ '1': ['nox -s lint'], '2': ['nox -s test'], '3': ['nox -s test_integration'] });
  });

  it('leaves a step variable that is not a runner session as written', () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob(
          'test',
          ['- uses: actions/checkout@v4', '- run: pytest tests --basetemp "$TMP_DIR"', '  env:', '    TMP_DIR: ${{ matrix.tmp }}'],
          ['strategy:', '  matrix:', '    tmp: [a, b]'],
        ),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['pytest tests --basetemp "$TMP_DIR"']);
  });
});
