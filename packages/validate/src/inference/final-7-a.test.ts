import { describe, expect, it } from 'vitest';
import { commandsByLevel as commands, planOfTree as plan, stepsJob as job, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake found on JavaScript repositories never seen before (held-out-final-7-a).

const workflow = (...jobs: string[]): string => workflowOn('[pull_request]', ...jobs);
const pkg = (scripts: Record<string, string>): string => JSON.stringify({ name: 'cli', version: '1.0.0', scripts }, null, 2);

describe('JavaScript projects as their CI runs them (held-out-final-7-a)', () => {
  it('reads `concurrently "pnpm:lint" "pnpm:test --coverage"` as the scripts it runs, each at its own level', () => {
    const scripts = { lint: 'eslint', format: "prettier --check '**/*.md'", build: 'tsc --build', test: 'vitest --project unit' };
    const inferred = plan({
      'package.json': pkg(scripts),
      'pnpm-lock.yaml': '',
      '.github/workflows/ci.yml': workflow(
        job('lint', ['- run: pnpm install', '- run: concurrently --prefix none --group "pnpm:lint" "pnpm:format"']),
        job('test', ['- run: pnpm install', '- run: concurrently --prefix none --group "pnpm:build" "pnpm:test --coverage"']),
      ),
    });
    expect(commands(inferred)['1']).toEqual(['pnpm run lint', 'pnpm run format']);
    expect(commands(inferred)['2']).toEqual(['pnpm run test']);
  });
});
