import { useTempDir, writeTree } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { inferPlan } from './infer.js';

// Classes of mistake seen on held-out-final-13-js (a deno-driven workspace whose checks are scripts
// named for nothing, a deno doc check that only type-checks, runtime suites beside the unit run).

function repo(files: Record<string, string>): string {
  const dir = useTempDir('ce-final-13-js-');
  writeTree(dir, files);
  return dir;
}

const commands = (dir: string, level: '1' | '2' | '3'): string[] => inferPlan(dir).levels[level].map((c) => c.command);
/** One job of steps, each `[name, run]`. */
const workflow = (...steps: [string, string][]): string =>
  `on: pull_request\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${steps
    .map(([name, run]) => `      - name: ${name}\n        run: ${run}\n`)
    .join('')}`;

describe('a step named for a static check', () => {
  const deno = (...steps: [string, string][]): string =>
    repo({
      'deno.json': '{}',
      'package.json': JSON.stringify({ workspaces: ['packages/lib'] }),
      'packages/lib/package.json': JSON.stringify({
        scripts: {
          test: 'deno run -A npm:mocha',
          'ensure-no-project-compile-errors': 'deno run -A scripts/verification/ensureNoProjectCompileErrors.ts',
          'code-verification': 'deno run -A scripts/verification/main.ts ensure-structures-match-classes',
        },
      }),
      Makefile: 'requirements:\n\tpip install -r requirements.txt\ncheck:\n\truff check .\n',
      '.github/workflows/ci.yml': workflow(...steps),
    });

  it('makes a project script its name and body say nothing of a level 1 gate', () => {
    const dir = deno(
      ['Type check', 'deno task -r ensure-no-project-compile-errors'],
      ['Test', 'deno task -r test'],
      ['Code Verification', 'deno task -r code-verification'],
    );
    expect(commands(dir, '1')).toEqual(['deno task -r ensure-no-project-compile-errors', 'deno task -r code-verification']);
    expect(commands(dir, '2')).toEqual(['deno task -r test']);
  });

  it('says nothing of a step that names more (a build) or runs several targets', () => {
    const dir = deno(
      ['Type check and build', 'deno task -r ensure-no-project-compile-errors'],
      ['Lint', 'make requirements check'],
      ['Static checks', 'make requirements'],
    );
    expect(commands(dir, '1')).not.toContain('deno task -r ensure-no-project-compile-errors');
    expect(commands(dir, '1').filter((c) => c.startsWith('make requirements'))).toEqual([]);
  });

  it('leaves a raw line under such a name alone', () => {
    const dir = deno(['Lint', 'deno run -A scripts/verification/main.ts']);
    expect(commands(dir, '1')).not.toContain('deno run -A scripts/verification/main.ts');
  });
});

describe('deno test --no-run', () => {
  it('is the type check of the tests (a doc check), level 1', () => {
    const dir = repo({
      'deno.jsonc': JSON.stringify({ tasks: { 'check:doc': 'deno test --doc --no-run', test: 'deno test -A' } }),
      '.github/workflows/ci.yml': workflow(
        ['Doc check', 'deno task check:doc'],
        ['Test', 'deno task test'],
        ['Raw', 'deno test --no-run src/'],
      ),
    });
    expect(commands(dir, '1')).toEqual(['deno task check:doc', 'deno test --no-run src/']);
    expect(commands(dir, '2')).toEqual(['deno task test']);
  });
});

describe('a runtime suite in a test folder that is a project of its own', () => {
  const scripts = {
    build: 'tsc',
    test: 'pnpm build && mocha test/node/dist/**/*.test.js',
    'test:bun': 'pnpm build && bun link && cd test/bun && bun install && bun run test',
    'test:deno': 'deno run --allow-read --allow-net test/deno/test.ts',
    'test:workers': 'pnpm build && pnpm -r test --filter lib-workers-test',
    'test:web': 'cd test/web && node run.js',
  };
  const files = (extra: Record<string, string> = {}): Record<string, string> => ({
    'package.json': JSON.stringify({ name: 'lib', scripts, devDependencies: { mocha: '10.0.0' } }),
    'pnpm-lock.yaml': '',
    'test/bun/package.json': JSON.stringify({ scripts: { test: 'bun bun.test.ts' }, dependencies: { lib: 'link:lib' } }),
    'test/deno/deno.json': JSON.stringify({ imports: { pg: 'npm:pg@8' } }),
    'test/workers/package.json': JSON.stringify({
      name: 'lib-workers-test',
      scripts: { test: 'node test.ts' },
      devDependencies: { wrangler: '4' },
    }),
    'test/web/package.json': JSON.stringify({ type: 'module' }),
    '.github/workflows/ci.yml': workflow(
      ['Test', 'pnpm test'],
      ['Bun', 'pnpm test:bun'],
      ['Deno', 'pnpm test:deno'],
      ['Workers', 'pnpm test:workers'],
      ['Web', 'pnpm test:web'],
    ),
    ...extra,
  });

  it('is an integration suite of the built package (level 3), not a variant of `test`', () => {
    const dir = repo(files());
    expect(commands(dir, '2')).toEqual(['pnpm run test']);
    expect(commands(dir, '3')).toEqual(['pnpm run test:bun', 'pnpm run test:deno', 'pnpm run test:workers']);
  });

  it('does not take a deno project’s own sub-folder manifest for another runtime', () => {
    const dir = repo(files({ 'deno.json': '{}' }));
    expect(commands(dir, '3')).not.toContain('pnpm run test:deno');
  });
});
