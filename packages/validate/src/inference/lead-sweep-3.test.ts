import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake the lead's fifth sweep of unlabelled mirrors showed (Pillow): plans read against
// each project's CI, not labelled.

const ci = (...jobs: string[]): string => workflowOn('[push, pull_request]', ...jobs);
const pytestScript = '#!/bin/bash\nset -e\npython3 -bb -m pytest -vv -x Tests\n';

describe('a script named as a gate in CI’s own `.ci/` folder', () => {
  it('is the project’s run, as in `ci/` (Pillow’s `.ci/test.sh`)', () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      '.ci/test.sh': pytestScript,
      '.github/workflows/test.yml': ci(stepsJob('test', ['- run: .ci/build.sh', '- run: .ci/test.sh'])),
    });
    expect(commandsByLevel(p)['2']).toEqual(['.ci/test.sh']);
  });

  it('reads the same run through an interpreter (`bash ci/label.sh` is plumbing like `ci/label.sh`)', () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      'ci/test-complete.sh': '#!/bin/bash\npytest tests/complete\n',
      'ci/test.sh': pytestScript,
      '.github/workflows/test.yml': ci(stepsJob('test', ['- run: bash ci/test-complete.sh', '- run: bash ci/test.sh'])),
    });
    expect(commandsByLevel(p)['2']).toEqual(['bash ci/test.sh']);
  });
});

describe('a script that reports on the machine', () => {
  it('(`system-info.py`) is no system test', () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      '.ci/test.sh': pytestScript,
      '.github/workflows/test.yml': ci(stepsJob('test', ['- run: python3 .github/workflows/system-info.py', '- run: .ci/test.sh'])),
    });
    expect(commandsByLevel(p)['3'] ?? []).toEqual([]);
    expect(commandsByLevel(p)['2']).toEqual(['.ci/test.sh']);
  });
});
