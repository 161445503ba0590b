import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@ce/test-utils';

// The tiers of DESIGN.md are enforced by @nx/enforce-module-boundaries in the root ESLint config,
// which every project's lint target (and so `npm test`) runs. These cases prove the rule bites.
const eslint = new ESLint({
  cwd: repoRoot,
  // Type information is not needed for the boundary rule; probe files do not exist on disk.
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/await-thenable': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
    },
  },
});

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries (DESIGN.md tiers)', () => {
  it.each([
    ['packages/core/src/probe.ts', "import { checkConformance } from '@ce/validate';\nvoid checkConformance;\n"],
    ['packages/state/src/probe.ts', "import { checkConformance } from '@ce/validate';\nvoid checkConformance;\n"],
    ['packages/drift/src/probe.ts', "import * as state from '@ce/state';\nvoid state;\n"],
    ['packages/validate/src/probe.ts', "import * as context from '@ce/context';\nvoid context;\n"],
  ])(
    '%s may not import a package of the same or a higher tier',
    async (file, code) => {
      expect(await boundaryErrors(file, code)).toEqual([
        expect.stringMatching(/can only depend on libs tagged with|Circular dependency between/),
      ]);
    },
    60_000,
  );

  it.each([
    ['packages/state/src/probe.ts', "import { isoNow } from '@ce/core';\nvoid isoNow;\n"],
    ['packages/validate/src/probe.ts', "import * as drift from '@ce/drift';\nvoid drift;\n"],
    ['packages/ci-render/src/probe.ts', "import { isoNow } from '@ce/core';\nvoid isoNow;\n"],
  ])(
    '%s may import a lower tier',
    async (file, code) => {
      expect(await boundaryErrors(file, code)).toEqual([]);
    },
    60_000,
  );

  it('no package may import the CLI app', async () => {
    expect(await boundaryErrors('packages/validate/src/probe.ts', "import { BaseCommand } from '@ce/cli';\nvoid BaseCommand;\n")).toEqual([
      expect.stringMatching(/can only depend on libs tagged with|Circular dependency between/),
    ]);
  }, 60_000);
});
