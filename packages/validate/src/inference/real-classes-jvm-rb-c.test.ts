import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { planValidation, type ValidationPlan } from '../index.js';

// Classes of mistake found on the held-out-5/6-jvm-rb-c sets (Maven/Gradle, Ruby, C/C++ repositories).

function plan(tree: Record<string, string>): ValidationPlan {
  const dir = useTempDir('ce-infer-jvm-rb-c-');
  writeTree(dir, tree);
  return planValidation({ root: dir });
}

function commands(p: ValidationPlan): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const level of ['1', '2', '3'] as const)
    out[level] = p.levels[level].map((c) => (c.cwd === '.' ? c.command : `${c.cwd}: ${c.command}`));
  return out;
}

const workflow = (...jobs: string[]): string => ['on: [push, pull_request]', 'jobs:', ...jobs].join('\n');
const job = (name: string, steps: string[]): string =>
  [`  ${name}:`, '    runs-on: ubuntu-latest', '    steps:', ...steps.map((s) => `      ${s}`)].join('\n');

describe('inference on JVM, Ruby and C/C++ projects as their CI runs them', () => {
  it('reads a task of a runner whose tasks it cannot read (`bundle exec thor spec`) by the task name', () => {
    const p = plan({
      Gemfile: 'source "https://rubygems.org"\ngem "rspec"\ngem "rubocop"\n',
      '.rspec': '--color\n',
      '.rubocop.yml': 'AllCops:\n  NewCops: enable\n',
      'spec/helper.rb': '',
      '.github/workflows/ci.yml': workflow(
        job('lint', ['- uses: actions/checkout@v4', '- run: bundle exec rubocop']),
        job('test', ['- uses: actions/checkout@v4', '- run: bundle exec thor spec']),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['bundle exec rubocop'], '2': ['bundle exec thor spec'], '3': [] });
  });
});
