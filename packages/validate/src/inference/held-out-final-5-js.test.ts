import { describe, expect, it } from 'vitest';
import { commandsByLevel as commands, planOfTree as plan, stepsJob as job, workflowOn } from '../../test/inferred-plan.js';
import { levelOfCiCommand } from './ci-level.js';
import { levelOfScript, levelOfScriptName } from './detector.js';
import { inFolderOption } from './folder-option.js';

// Classes of mistake found on JavaScript repositories never seen before (held-out-final-5-js).

const workflow = (...jobs: string[]): string => workflowOn('[pull_request]', ...jobs);
const pkg = (scripts: Record<string, string>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name: 'app', version: '1.0.0', scripts, ...extra }, null, 2);

describe('JavaScript projects as their CI runs them (held-out-final-5-js)', () => {
  it('reads xo and standard, ESLint wrappers run by their own names, as lint gates (`npx xo`)', () => {
    expect(levelOfCiCommand('npx xo')).toBe(1);
    expect(levelOfCiCommand('npx standard')).toBe(1);
    expect(levelOfCiCommand('pnpm exec ts-standard')).toBe(1);
    const p = plan({
      'package.json': pkg({ test: 'ava' }),
      'package-lock.json': '',
      '.github/workflows/ci.yml': workflow(job('xo', ['- run: npm install', '- run: npx xo']), job('t', ['- run: npm test'])),
    });
    expect(commands(p)['1']).toEqual(['npx xo']);
  });

  it('treats preparing an emulator or simulator (`avdmanager create avd -n e2e_emulator`) as set-up, not the e2e suite', () => {
    expect(
      levelOfCiCommand('avdmanager create avd -n e2e_emulator -d pixel_5 -k "system-images;android-34;google_apis;x86_64"'),
    ).toBeUndefined();
    expect(levelOfCiCommand('"$ANDROID_HOME/cmdline-tools/latest/bin/sdkmanager" --install emulator')).toBeUndefined();
    expect(levelOfCiCommand('xcrun simctl boot "iPhone 16"')).toBeUndefined();
  });

  it('files a test script whose name says, in any part, that it runs in a browser at level 3', () => {
    expect(levelOfScriptName('test:production:browser')).toBe(3);
    expect(levelOfScriptName('test-esm-browser-build')).toBe(3);
    expect(levelOfScriptName('test-headless')).toBe(3);
    expect(levelOfScriptName('test-webworker')).toBe(3);
    expect(levelOfScriptName('e2e:web')).toBe(3);
    expect(levelOfScriptName('test:watch')).toBeUndefined();
    expect(levelOfScriptName('test-node')).toBeUndefined();
    const p = plan({
      'package.json': pkg({
        'test-node': 'mocha test/*.js',
        'test-headless': 'node ./scripts/run-browser-suite.mjs headless',
        'test-esm-browser-build': 'node test/es2015/check-esm-bundle-is-runnable.mjs',
      }),
      'package-lock.json': '',
      '.github/workflows/ci.yml': workflow(
        job('t', ['- run: npm ci', '- run: npm run test-node']),
        job('b', ['- run: npm ci', '- run: |', '    npm run test-headless -- --chrome $CHROME_BIN', '    npm run test-esm-browser-build']),
      ),
    });
    expect(commands(p)['2']).toEqual(['npm run test-node']);
    expect([...(commands(p)['3'] ?? [])].sort()).toEqual(['npm run test-esm-browser-build', 'npm run test-headless']);
  });

  it('reads a generic `test` script whose body only runs an end-to-end runner (`playwright test`) as that suite', () => {
    expect(levelOfScript('test', 'playwright test')).toBe(3);
    expect(levelOfScript('test', 'vitest run')).toBe(2);
    expect(levelOfScript('test', 'vitest run && playwright test')).toBe(2);
  });

  it("runs a package manager's folder option (`pnpm -C dir x`, `--filter ./dir`) in that folder, with its scripts", () => {
    expect(inFolderOption('pnpm -C packages/rsc tsc', '.')).toEqual({ command: 'pnpm tsc', cwd: 'packages/rsc' });
    expect(inFolderOption('pnpm --filter ./packages/swc run test', '.')).toEqual({ command: 'pnpm run test', cwd: 'packages/swc' });
    expect(inFolderOption('yarn --cwd web lint', '.')).toEqual({ command: 'yarn lint', cwd: 'web' });
    expect(inFolderOption('pnpm --filter @scope/x test', '.')).toBeUndefined();
    expect(inFolderOption('pnpm --filter ./examples/app test', '.')).toBeUndefined();
    const p = plan({
      'package.json': pkg({ lint: 'eslint .', typecheck: 'tsc' }, { packageManager: 'pnpm@10.0.0' }),
      'pnpm-lock.yaml': '',
      'pnpm-workspace.yaml': 'packages:\n  - packages/*\n',
      'packages/rsc/package.json': pkg({ tsc: 'tsc -b ./tsconfig.json', test: 'vitest' }),
      'packages/swc/package.json': pkg({ test: 'playwright test' }),
      '.github/workflows/ci.yml': workflow(
        job('lint', ['- run: pnpm i', '- run: pnpm run lint', '- run: pnpm run typecheck']),
        job('rsc', ['- run: pnpm i', '- run: pnpm -C packages/rsc tsc', '- run: pnpm -C packages/rsc test']),
        job('swc', ['- run: pnpm i', '- run: pnpm --filter ./packages/swc run test']),
      ),
    });
    expect(commands(p)['1']).toContain('packages/rsc: pnpm tsc');
    expect(commands(p)['2']).toEqual(['packages/rsc: pnpm run test']);
    expect(commands(p)['3']).toEqual(['packages/swc: pnpm run test']);
  });

  it('reads a script that only aims the package manager at another package (`pnpm example e2e:web`) by the script it is handed', () => {
    expect(levelOfCiCommand('pnpm example e2e:web --retries=3', 'pnpm --filter @app/example')).toBe(3);
    expect(levelOfCiCommand('pnpm example exec expo export', 'pnpm --filter @app/example')).toBeUndefined();
  });

  it('keeps each check CI runs by name beside its parent (`typecheck` and `typecheck:standalone:static`)', () => {
    const p = plan({
      'package.json': pkg(
        { lint: 'eslint .', typecheck: 'tsc --noEmit', 'typecheck:standalone:static': 'tsc --project x/static --noEmit', test: 'jest' },
        { packageManager: 'pnpm@10.0.0' },
      ),
      'pnpm-lock.yaml': '',
      '.github/workflows/ci.yml': workflow(
        job('lint', ['- run: pnpm install', '- run: pnpm lint', '- run: |', '    pnpm typecheck', '    pnpm typecheck:standalone:static']),
        job('test', ['- run: pnpm install', '- run: pnpm test']),
      ),
    });
    expect(commands(p)['1']).toEqual(['pnpm run lint', 'pnpm run typecheck', 'pnpm run typecheck:standalone:static']);
  });

  it("prefers CI's named script over the manifest's guess of a tool when CI also runs that tool raw on other files", () => {
    const p = plan({
      'package.json': pkg(
        { lint: 'run-p "lint:*"', 'lint:prettier': 'prettier . --check --cache', 'lint:eslint': 'eslint .', test: 'jest' },
        { devDependencies: { prettier: '3.0.0', eslint: '9.0.0', 'npm-run-all2': '8.0.0' } },
      ),
      'yarn.lock': '',
      '.yarnrc.yml': '',
      'prettier.config.js': '',
      '.github/workflows/lint.yml': workflow(
        job('lint', [
          '- run: yarn install --immutable',
          '- run: yarn lint:eslint',
          '- run: yarn lint:prettier',
          '- run: yarn prettier "docs/**/*.md" --check',
        ]),
      ),
    });
    const l1 = commands(p)['1'] ?? [];
    expect(l1).toContain('yarn lint:prettier');
    expect(l1).not.toContain('yarn prettier --check .');
  });
});
