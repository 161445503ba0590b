import { describe, expect, it } from 'vitest';
import { commandsByLevel as commands, planOfTree as plan, stepsJob as job, workflowOn } from '../../test/inferred-plan.js';
import { levelOfCiCommand } from './ci-level.js';
import { levelOfScriptName } from './detector.js';
import { ciScriptArgs } from './script-args.js';

// Classes of mistake found on JavaScript repositories never seen before (held-out-14-js).

const workflow = (...jobs: string[]): string => workflowOn('[pull_request]', ...jobs);
const pkg = (scripts: Record<string, string>): string => JSON.stringify({ name: 'app', version: '1.0.0', scripts }, null, 2);

describe('JavaScript projects as their CI runs them (held-out-14-js)', () => {
  it('files a test script named for the browser it runs in (`test-chrome`, `test:firefox`) at level 3', () => {
    expect(levelOfScriptName('test-chrome')).toBe(3);
    expect(levelOfScriptName('test:firefox')).toBe(3);
    const p = plan({
      'package.json': pkg({ 'test-node': 'mocha test/*.js', 'test-chrome': 'web-test-runner --playwright' }),
      'package-lock.json': '',
      '.github/workflows/ci.yml': workflow(
        job('ci', ['- run: npm ci', '- run: npm run test-node', '- run: npm run test-chrome -- --browsers chromium']),
      ),
    });
    expect(commands(p)['2']).toEqual(['npm run test-node']);
    expect(commands(p)['3']).toEqual(['npm run test-chrome']);
  });

  it('reads a format script CI runs with a check flag (`bun fmt --check`) as a format check', () => {
    expect(ciScriptArgs('npm run format -- --check', 'format')).toBe('--check');
    expect(ciScriptArgs('bun fmt --check', 'fmt')).toBe('--check');
    expect(levelOfCiCommand('bun fmt --check', 'oxfmt -c .config/.oxfmtrc.json')).toBe(1);
    expect(levelOfCiCommand('bun fmt', 'oxfmt -c .config/.oxfmtrc.json')).toBeUndefined();
    const p = plan({
      'package.json': pkg({ fmt: 'oxfmt -c .config/.oxfmtrc.json', lint: 'oxlint', test: 'vitest' }),
      'bun.lock': '',
      '.github/workflows/ci.yml': workflow(
        job('ci', ['- run: bun install', '- run: bun lint', '- run: bun fmt --check', '- run: bun run test']),
      ),
    });
    expect([...(commands(p)['1'] ?? [])].sort()).toEqual(['bun fmt --check', 'bun run lint']);
  });

  it('treats upgrading a dependency in CI (`yarn up eslint@9`, `pnpm update x`) as set-up, not a gate', () => {
    expect(levelOfCiCommand('yarn up eslint@9.0.0')).toBeUndefined();
    expect(levelOfCiCommand('pnpm update typescript')).toBeUndefined();
    expect(levelOfCiCommand('bun update eslint')).toBeUndefined();
  });

  it('reads a line whose program is a test runner as a test run whatever its arguments name (`jest eslint`)', () => {
    expect(levelOfCiCommand('node ./node_modules/.bin/jest eslint')).toBe(2);
    expect(levelOfCiCommand('yarn c8 jest --ci')).toBe(2);
    expect(levelOfCiCommand('npx vitest run lint-rules')).toBe(2);
    expect(levelOfCiCommand('npx eslint .')).toBe(1);
  });

  it('does not take a script named for generating (`test:runtime:generate-x`) for the suite it prepares', () => {
    expect(
      levelOfCiCommand('yarn test:runtime:generate-absolute-runtime', 'node test/runtime-integration/generate-absolute-runtime.cjs'),
    ).toBeUndefined();
    expect(levelOfCiCommand('yarn test:runtime:bundlers', 'node test/runtime-integration/bundlers.cjs')).toBe(3);
  });
});
