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

  it('keeps a website job named for a check tool (`website_eslint`), and still drops a website job that only builds the site', () => {
    const site = JSON.stringify({ name: 'site', scripts: { lint: 'eslint src', build: 'vite build' } });
    const inferred = plan({
      'package.json': pkg({ test: 'vitest' }),
      'pnpm-lock.yaml': '',
      'website/package.json': site,
      '.github/workflows/ci.yml': workflow(
        job('library_vitest', ['- run: pnpm install', '- run: pnpm test']),
        job('website_eslint', ['- run: pnpm install', '- run: pnpm lint', '  working-directory: website']),
        job('website', ['- run: pnpm install', '- run: pnpm test', '  working-directory: website']),
      ),
    });
    expect(commands(inferred)['1']).toEqual(['website: pnpm run lint']);
    expect(commands(inferred)['2']).toEqual(['pnpm run test']);
  });

  it('reads a check run from another folder after `npm pack` as a test of the published package, and `npm list` as no gate', () => {
    const inferred = plan({
      'package.json': pkg({ lint: 'eslint .', test: 'mocha' }),
      'package-lock.json': '',
      'consumer/package.json': JSON.stringify({ name: 'consumer', private: true }),
      '.github/workflows/ci.yml': workflow(
        job('unit', ['- run: npm ci', '- run: npm run lint', '- run: npm test']),
        job('types', [
          '- run: npm ci',
          '- run: npm pack --pack-destination /tmp/',
          '- run: npm install',
          '  working-directory: consumer',
          '- run: npm list eslint-plugin-x --depth=0',
          '  working-directory: consumer',
          '- run: npx tsc --lib es2020',
          '  working-directory: consumer',
        ]),
      ),
    });
    expect(commands(inferred)['1']).toEqual(['npm run lint']);
    expect(commands(inferred)['3']).toEqual(['consumer: npx tsc --lib es2020']);
  });
});
