import { describe, expect, it } from 'vitest';
import { commandsByLevel as commands, planOfTree as plan, stepsJob as job, workflowOn } from '../../test/inferred-plan.js';
import { withPositionalArgs } from './script-positional-args.js';

// Classes of mistake found on Rust repositories the inference bench still got wrong (servo/rust-url,
// bitflags, thiserror, tokei, eza in tools/bench/inference-real): each fixture is the smallest
// project showing the class.

const workflow = (...jobs: string[]): string => workflowOn('[push, pull_request]', ...jobs);
const crate = '[package]\nname = "x"\nversion = "0.1.0"\nedition = "2021"\n';

describe('Rust repositories: what their CI really runs', () => {
  it('reads a CI script that takes its tool as an argument (`ci/test.bash cargo`) as running that tool', () => {
    const p = plan({
      'Cargo.toml': crate,
      'tests/accuracy.rs': '',
      'ci/test.bash':
        '#!/usr/bin/env bash\nset -e\n# $1 = cargo or cross\nCROSS=$1\nTARGET_TRIPLE=$2\n\n$CROSS test --target "$TARGET_TRIPLE"\n',
      '.github/workflows/ci.yml': workflow(
        job(
          'linux',
          ['- uses: actions/checkout@v4', '- run: ci/test.bash cargo ${{ matrix.target }}'],
          ['strategy:', '  matrix:', '    target: [x86_64-unknown-linux-gnu]'],
        ),
      ),
    });
    // The integration target is what CI's `cargo test` runs too: before, the script hid the tool.
    expect(commands(p)['3']).toEqual(["cargo test --test '*'"]);
    expect(commands(p)['2']).toContain('cargo test --lib --bins');
  });

  it('substitutes positional parameters and the variables set from them, and leaves the others', () => {
    const body = 'TOOL="$1"\nlocal T=${2}\n$TOOL test --target "$T"\n"${1}" build\necho $HOME $3\n';
    expect(withPositionalArgs(body, ['cargo', 'x86'])).toBe(
      'TOOL=cargo\nlocal T=x86\ncargo test --target x86\ncargo build\necho $HOME $3\n',
    );
  });

  it("does not let a recipe that lints without failing on warnings stand for CI's `cargo clippy -- -D warnings`", () => {
    const p = plan({
      'Cargo.toml': crate,
      justfile: 'clippy:\n    touch src/main.rs\n    cargo clippy\n\ntest:\n    cargo test\n',
      '.github/workflows/ci.yml': workflow(
        job('unit', ['- uses: actions/checkout@v4', '- run: cargo fmt --check', '- run: cargo clippy -- -D warnings', '- run: cargo test']),
      ),
    });
    expect(commands(p)['1']).not.toContain('just clippy');
    expect((commands(p)['1'] ?? []).some((c) => c.startsWith('cargo clippy'))).toBe(true);
  });
});
