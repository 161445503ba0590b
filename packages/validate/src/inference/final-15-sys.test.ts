import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree } from '../../test/inferred-plan.js';

/** The commands inferred at one level for a layout written to a fresh folder. */
function inferred(files: Record<string, string>, level: '1' | '2' | '3'): string[] {
  return commandsByLevel(planOfTree(files))[level] ?? [];
}

/** A pull-request workflow of one job whose steps are `steps` (YAML lines, indented as steps). */
const workflow = (...steps: string[]): string =>
  ['on: pull_request', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', ...steps.map((s) => `      ${s}`), ''].join('\n');

describe('final-15-sys: a suite task named for CI (`spec_ci`), as `test_ci` is', () => {
  it('puts CI’s `bundle exec rake spec_ci` (a task whose body is a Ruby proc) at level 2, not a guessed rspec', () => {
    const files = {
      'x.gemspec': 's.add_development_dependency "minitest"\n',
      Rakefile: [
        'spec = proc { sh "ruby spec/all.rb" }',
        'task "spec" do',
        '  spec.call',
        'end',
        'task "spec_ci" do',
        '  spec.call',
        'end',
        '',
      ].join('\n'),
      'spec/all.rb': '',
      '.github/workflows/ci.yml': workflow('- run: bundle exec rake spec_ci'),
    };
    expect(inferred(files, '2')).toEqual(['bundle exec rake spec_ci']);
  });
});
