import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { cargoActionRun } from './cargo-action.js';

// Classes of mistake seen on the C and Rust repositories of held-out-final-3, each fixture built here.

const CARGO_TOML = '[package]\nname = "x"\nversion = "0.1.0"\nedition = "2021"\n';

function rustPlan(steps: string[]): Record<string, string[]> {
  return commandsByLevel(
    planOfTree({
      'Cargo.toml': CARGO_TOML,
      'src/lib.rs': '',
      '.github/workflows/ci.yml': workflowOn('[push, pull_request]', stepsJob('style', ['- uses: actions/checkout@v4', ...steps])),
    }),
  );
}

describe('actions-rs/cargo steps: the cargo command the action runs from its inputs', () => {
  it('reads `command: fmt` with `args: --all -- --check` as the format check CI runs', () => {
    const p = rustPlan(['- uses: actions-rs/cargo@v1', '  with:', '    command: fmt', '    args: --all -- --check', '- run: cargo test']);
    expect(p['1']?.some((c) => c.startsWith('cargo fmt'))).toBe(true);
  });

  it('spells the run with cross when use-cross is true, and with the toolchain given', () => {
    expect(cargoActionRun('actions-rs/cargo@v1', { command: 'test', 'use-cross': true, args: '--target=x' })?.command).toBe(
      'cross test --target=x',
    );
    expect(cargoActionRun('clechasseur/rs-cargo@v2', { command: 'clippy', toolchain: 'nightly', 'working-directory': 'crates/a' })).toEqual(
      {
        command: 'cargo +nightly clippy',
        cwd: 'crates/a',
      },
    );
  });

  it('keeps cargo when use-cross is an expression known only at run time, and ignores other actions', () => {
    expect(cargoActionRun('actions-rs/cargo@v1', { command: 'build', 'use-cross': '${{ steps.vars.outputs.X }}' })?.command).toBe(
      'cargo build',
    );
    expect(cargoActionRun('actions/setup-node@v4', { command: 'test' })).toBeUndefined();
  });
});
