import { describe, expect, it } from 'vitest';
import { repoRoot } from '@ce/test-utils';
import { checkAgainstPlatformSchema, diffPipelineFile } from './index.js';
import { runActionlint } from '../test/pipeline-oracle.js';

describe("this repository's own CI (ci/pipeline.yml)", () => {
  it('is rendered to .github/workflows/ci.yml and .gitlab-ci.yml, and those are up to date', async () => {
    const result = await diffPipelineFile('ci/pipeline.yml', { cwd: repoRoot, root: repoRoot });
    const report = result.targets.map((t) => `${t.file}: ${t.status}\n${t.diff}`).join('\n');
    expect(result.upToDate, `${report}\nrun: ce ci render ci/pipeline.yml --target <github|gitlab> --out <file>`).toBe(true);
  });

  it('renders files that pass the platform schemas and actionlint', async () => {
    const { readFileSync } = await import('node:fs');
    const github = readFileSync(`${repoRoot}/.github/workflows/ci.yml`, 'utf8');
    expect(checkAgainstPlatformSchema('github-workflow', github)).toEqual([]);
    expect(await runActionlint(github)).toEqual([]);
    expect(checkAgainstPlatformSchema('gitlab-ci', readFileSync(`${repoRoot}/.gitlab-ci.yml`, 'utf8'))).toEqual([]);
  });
});
