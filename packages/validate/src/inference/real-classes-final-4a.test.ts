import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { levelOfScriptName } from './detector.js';

// Classes of mistake seen on held-out-final-4a (npm, deno, uv, poetry, nox, just, Task and Make
// projects), each fixture built here.

const PYPROJECT = '[project]\nname = "x"\nversion = "0"\n';

describe('suites named for Pyodide or for journeys are level 3', () => {
  it('reads `test-pyodide` and `journey-tests` as level 3 by their names', () => {
    expect(levelOfScriptName('test-pyodide')).toBe(3);
    expect(levelOfScriptName('journey-tests')).toBe(3);
    expect(levelOfScriptName('test-journey')).toBe(3);
  });

  it('puts the Makefile target CI runs to load the built wheel in Pyodide at level 3, not beside the unit tests', () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/test_x.py': '',
        Makefile: 'test:\n\tuv run pytest\n\ntest-pyodide:\n\tuv build\n\tcd pyodide_test && npm install && npm test\n',
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('test', ['- uses: actions/checkout@v4', '- run: uv run pytest']),
          stepsJob('pyodide', ['- uses: actions/checkout@v4', '- run: make test-pyodide']),
        ),
      }),
    );
    expect(p['3']).toContain('make test-pyodide');
    expect(p['2']).not.toContain('make test-pyodide');
  });
});

describe('the dprint/check action is the `dprint check` it runs', () => {
  it('lists `dprint check` at level 1 for a deno project whose CI formats through dprint', () => {
    const p = commandsByLevel(
      planOfTree({
        'deno.json': '{ "tasks": { "test": "deno test -A" } }',
        'dprint.json': '{}',
        'mod.ts': '',
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('deno', [
            '- uses: actions/checkout@v4',
            '- uses: denoland/setup-deno@v2',
            '- uses: dprint/check@v2.3',
            '- run: deno lint',
            '- run: deno test -P',
          ]),
        ),
      }),
    );
    expect(p['1']).toContain('dprint check');
  });
});
