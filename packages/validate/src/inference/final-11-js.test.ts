import { useTempDir, writeTree } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { inferPlan } from './infer.js';

// Classes of mistake seen on held-out-final-11-js (an Nx workspace whose CI runs through Nx Cloud).

function repo(files: Record<string, string>): string {
  const dir = useTempDir('ce-final-11-js-');
  writeTree(dir, files);
  return dir;
}

const commands = (dir: string, level: '1' | '2' | '3'): string[] => inferPlan(dir).levels[level].map((c) => c.command);
const workflow = (...runs: string[]): string =>
  `on: pull_request\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${runs.map((r) => `      - run: ${r}\n`).join('')}`;

describe('Nx Cloud in CI', () => {
  const nxWorkspace = (): string =>
    repo({
      'package.json': JSON.stringify({
        scripts: { 'prettier:check': 'prettier --check .', e2e: 'nx run-many --target e2e' },
        devDependencies: { nx: '21.0.0', prettier: '3.0.0' },
      }),
      'pnpm-lock.yaml': '',
      'nx.json': '{}',
      '.github/workflows/ci.yml': workflow(
        `pnpm exec nx-cloud start-ci-run --distribute-on="3 linux-medium" --stop-agents-after="e2e"`,
        'pnpm exec nx-cloud record -- pnpm prettier:check',
        'pnpm exec nx run-many --target e2e',
        'pnpm exec nx-cloud complete-ci-run',
      ),
    });

  it('reads `nx-cloud record -- <command>` as the command it records', () => {
    expect(commands(nxWorkspace(), '1').some((c) => c.includes('prettier:check'))).toBe(true);
  });

  it('reads the agents-orchestrating commands as no gate, whatever target their options name', () => {
    const dir = nxWorkspace();
    for (const level of ['1', '2', '3'] as const) expect(commands(dir, level).some((c) => c.includes('ci-run'))).toBe(false);
    expect(commands(dir, '3')).toContain('pnpm exec nx run-many --target e2e');
  });
});
