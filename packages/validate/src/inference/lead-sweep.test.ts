import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake the lead's sweep of unlabelled mirrors showed (plans read, not labelled).

const PYPROJECT = '[project]\nname = "x"\nversion = "1"\n';

describe('shell text inside quotes is text', () => {
  it('a `;` inside an echoed string does not start a command', () => {
    const p = planOfTree({
      'pyproject.toml': PYPROJECT,
      'uv.lock': '',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('check', ['- run: |', '    echo "No relevant file changes; skipping tests and linters."', '- run: uv run pytest']),
      ),
    });
    const all = Object.values(commandsByLevel(p)).flat();
    expect(all).toContain('uv run pytest');
    expect(all.filter((c) => /skipping|linters/.test(c))).toEqual([]);
  });
});
