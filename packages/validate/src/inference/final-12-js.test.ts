import { useTempDir, writeTree } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { inferPlan } from './infer.js';

// Classes of mistake seen on held-out-final-12-js (a Rush monorepo, Nx Cloud fetched with `pnpm dlx`,
// a bot's upkeep job, a unit test of a release script).

function repo(files: Record<string, string>): string {
  const dir = useTempDir('ce-final-12-js-');
  writeTree(dir, files);
  return dir;
}

const commands = (dir: string, level: '1' | '2' | '3'): string[] => inferPlan(dir).levels[level].map((c) => c.command);
const steps = (runs: string[]): string => runs.map((r) => `      - run: ${r}\n`).join('');
const job = (name: string, runs: string[], condition?: string): string =>
  `  ${name}:\n    runs-on: ubuntu-latest\n${condition ? `    if: ${condition}\n` : ''}    steps:\n      - uses: actions/checkout@v4\n${steps(runs)}`;
const workflow = (...runs: string[]): string => `on: pull_request\njobs:\n${job('ci', runs)}`;
const node = (scripts: Record<string, string>): Record<string, string> => ({
  'package.json': JSON.stringify({ scripts, devDependencies: { vitest: '3.0.0' } }),
  'pnpm-lock.yaml': '',
});

describe('Rush', () => {
  const rush = (command: string): string =>
    repo({
      'rush.json': '{ "rushVersion": "5.172.0", "pnpmVersion": "10.27.0", "projects": [] }',
      'common/scripts/install-run-rush.js': '',
      '.github/workflows/ci.yml': workflow(
        'node common/scripts/install-run-rush.js change --verify',
        'node common/scripts/install-run-rush.js install',
        command,
      ),
    });

  it("reads the committed launcher's `retest` (the non-incremental `test`) as the test run", () => {
    const dir = rush('node common/scripts/install-run-rush.js retest --production');
    expect(commands(dir, '2')).toEqual(['node common/scripts/install-run-rush.js retest --production']);
    expect(commands(dir, '1')).toEqual([]);
  });

  it("reads Rush's own commands (change --verify, install, build) as no gate", () => {
    const dir = rush('rush rebuild --verbose');
    for (const level of ['1', '2', '3'] as const) expect(commands(dir, level)).toEqual([]);
  });
});

describe('Nx Cloud fetched by the package manager', () => {
  it('reads `pnpm dlx nx-cloud start-ci-run … --stop-agents-after=e2e-ci` as no gate', () => {
    const dir = repo({
      ...node({ e2e: 'nx e2e e2e' }),
      'nx.json': '{}',
      '.github/workflows/ci.yml': workflow(
        'pnpm dlx nx-cloud start-ci-run --distribute-on="3 linux-medium" --stop-agents-after="e2e-ci"',
        'pnpm nx run-many -t e2e-ci',
      ),
    });
    expect(commands(dir, '3')).toEqual(['pnpm nx run-many -t e2e-ci']);
  });

  it('reads `yarn dlx nx-cloud record -- <command>` as the command it records', () => {
    const dir = repo({
      ...node({ 'prettier:check': 'prettier --check .' }),
      'nx.json': '{}',
      '.github/workflows/ci.yml': workflow('yarn dlx nx-cloud record -- pnpm prettier:check'),
    });
    // Recorded, CI's line is the project's format check, and no level is left to guess from the manifest.
    expect(commands(dir, '1')).toEqual(['pnpm run prettier:check']);
    expect(commands(dir, '2')).toEqual([]);
  });
});

describe("a job run only for a bot's pull requests", () => {
  const upkeep = (condition: string): string =>
    repo({
      ...node({ test: 'vitest run', 'update-e2e-snapshots-ci': 'vitest run --config e2e.config.ts --update' }),
      '.github/workflows/ci.yml': `on: pull_request\njobs:\n${job('test', ['pnpm test'])}`,
      '.github/workflows/renovate.yml': `on: pull_request\njobs:\n${job('update', ['pnpm update-e2e-snapshots-ci --skip-nx-cache'], condition)}`,
    });

  it('gates nothing (`contains(\'["renovate[bot]"]\', github.actor) == true`)', () => {
    const dir = upkeep(`contains('["renovate[bot]"]', github.actor) == true`);
    expect(commands(dir, '3')).toEqual([]);
    expect(commands(dir, '2')).toEqual(['pnpm run test']);
  });

  it('gates nothing for one bot or another (`user.login == a[bot] || user.login == b[bot]`)', () => {
    const condition = `\${{ github.event.pull_request.user.login == 'dependabot[bot]' || github.event.pull_request.user.login == 'renovate[bot]' }}`;
    expect(commands(upkeep(condition), '3')).toEqual([]);
  });

  it('still gates when the condition lets others in or excludes the bot', () => {
    expect(commands(upkeep(`github.actor == 'dependabot[bot]' || github.event_name == 'merge_group'`), '3')).not.toEqual([]);
    expect(commands(upkeep(`github.actor != 'dependabot[bot]'`), '3')).not.toEqual([]);
    expect(commands(upkeep(`\${{ !(github.actor == 'github-actions[bot]' && github.ref == 'main') }}`), '3')).not.toEqual([]);
  });
});

describe('a test file named for the code it tests', () => {
  // The workspace's tests run through turbo; the release script outside the members has its own run.
  it('keeps `vitest run scripts/release.spec.mts` as a unit run, not a release step', () => {
    const dir = repo({
      ...node({ test: 'turbo run test' }),
      '.github/workflows/ci.yml': workflow('pnpm test', 'pnpm vitest run scripts/release.spec.mts'),
    });
    expect(commands(dir, '2')).toContain('pnpm vitest run scripts/release.spec.mts');
  });

  it('still reads a release script run by its path as no gate', () => {
    const dir = repo({
      ...node({ test: 'vitest run' }),
      '.github/workflows/ci.yml': workflow('pnpm test', 'bash scripts/release-test.sh'),
    });
    expect(commands(dir, '2')).toEqual(['pnpm run test']);
  });
});
