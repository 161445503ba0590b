import { useTempDir, writeTree } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { inferPlan } from './infer.js';
import { rakeDefaultTasks } from './rake-default.js';

function repo(files: Record<string, string>): string {
  const dir = useTempDir('ce-pyrbjs-');
  writeTree(dir, files);
  return dir;
}

const commands = (dir: string, level: '1' | '2' | '3'): string[] => inferPlan(dir).levels[level].map((c) => c.command);

describe('a bare rake in CI runs the lint tasks its default task lists', () => {
  const ci = 'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: bundle exec rake\n';
  it('reads the default task in its spellings', () => {
    expect(rakeDefaultTasks('task default: [:spec, :test, :standard]')).toEqual(['spec', 'test', 'standard']);
    expect(rakeDefaultTasks('task :default => %w[test rubocop]')).toEqual(['test', 'rubocop']);
    expect(rakeDefaultTasks('task default: :spec')).toEqual(['spec']);
  });
  it('standard in the default task is a level-1 gate CI runs', () => {
    const dir = repo({
      '.github/workflows/ci.yml': ci,
      Gemfile: 'source "https://rubygems.org"\ngemspec\n',
      'x.gemspec': 'gem.add_development_dependency "rspec"\ngem.add_development_dependency "standard"\n',
      Rakefile: 'require "standard/rake"\nRSpec::Core::RakeTask.new(:spec)\ntask default: [:spec, :standard]\n',
      '.rspec': '--require spec_helper\n',
    });
    expect(commands(dir, '1')).toContain('bundle exec rake standard');
    expect(commands(dir, '2')).toEqual(['bundle exec rake']);
  });
  it('a default task of tests only adds no check', () => {
    const dir = repo({
      '.github/workflows/ci.yml': ci,
      Gemfile: 'source "https://rubygems.org"\ngemspec\n',
      'x.gemspec': 'gem.add_development_dependency "rspec"\n',
      Rakefile: 'RSpec::Core::RakeTask.new(:spec)\ntask default: :spec\n',
      '.rspec': '--require spec_helper\n',
    });
    expect(commands(dir, '1')).toEqual([]);
  });
});

describe('a folder split of the suite that CI does not make', () => {
  const files = (run: string): Record<string, string> => ({
    '.github/workflows/ci.yml': `on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${run}`,
    Gemfile: 'source "https://rubygems.org"\ngem "rspec"\n',
    '.rspec': '--require spec_helper\n',
    'spec/integration/a_spec.rb': '',
    'spec/unit/b_spec.rb': '',
  });
  it('CI running the whole suite at once keeps its whole run, no integration split', () => {
    const dir = repo(files('      - run: bundle exec rspec --backtrace\n'));
    expect(commands(dir, '2')).toEqual(['bundle exec rspec --backtrace']);
    expect(commands(dir, '3')).toEqual([]);
  });
  it('CI running the integration folder apart keeps the split', () => {
    const dir = repo(files('      - run: bundle exec rspec spec/unit\n      - run: bundle exec rspec spec/integration\n'));
    expect(commands(dir, '3')).toEqual(['bundle exec rspec spec/integration']);
  });
});
