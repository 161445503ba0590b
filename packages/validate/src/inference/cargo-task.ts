import { levelOfScriptName } from './detector.js';

/**
 * The task a Rust project's own runner is asked for: `cargo xtask lint` (the xtask pattern),
 * `cargo run -p xtask -- test`, `cargo run --example ci` (a CI driver written in Rust). The task
 * is the first argument after `--`, else the xtask word or the example / binary name.
 */
export function cargoTaskName(command: string): string | undefined {
  const xtask = /^cargo\s+xtask(?:\s+(-\S+\s+)*([\w:.-]+))?/.exec(command);
  if (xtask) return xtask[2];
  const run = /^cargo\s+run\s(.*?)(?:\s--(?:\s+(.*))?)?$/.exec(command);
  if (!run) return undefined;
  const target = /(?:^|\s)(?:--example|--bin|-p|--package)[\s=]+([\w.-]+)/.exec(run[1] as string)?.[1];
  if (!target) return undefined;
  const arg = (run[2] ?? '').split(/\s+/).find((w) => w && !w.startsWith('-'));
  return arg ?? target;
}

/** Cargo subcommands that run the test suite (under coverage, an interpreter or a wrapper). */
const CARGO_TESTS = new Set(['test', 'nextest', 'llvm-cov', 'tarpaulin', 'careful']);

/**
 * The level of a plain cargo line by its subcommand, not by words of its arguments
 * (`cargo no-std-check --manifest-path tests-no-std/Cargo.toml` checks, it does not test):
 * test runners 2 (3 for integration targets), clippy and `fmt --check` 1, a project alias by its
 * name (`cargo integration-test`), anything else (build, check, udeps, semver-checks) no gate.
 * 'none' for a line that is not cargo's.
 */
export function levelOfCargoLine(command: string, toolLevel: (c: string) => 1 | 2 | 3 | undefined): 1 | 2 | 3 | undefined | 'none' {
  const words = command.trim().split(/\s+/);
  if (words[0] !== 'cargo') return 'none';
  const rest = words.slice(1).filter((w) => !w.startsWith('+'));
  // `cargo +nightly fmt --all -- --check`: the toolchain picks a compiler, the subcommand is the same gate.
  const bare = ['cargo', ...rest].join(' ');
  // `cargo hack --each-feature test`, `cargo miri test`, `cargo minimal-versions check`: the wrapped subcommand.
  const plain = rest.filter((w) => !w.startsWith('-'));
  const sub = ['hack', 'miri', 'minimal-versions'].includes(plain[0] ?? '') ? plain[1] : plain[0];
  if (!sub) return undefined;
  if (CARGO_TESTS.has(sub)) return toolLevel(bare) === 3 ? 3 : 2;
  if (sub === 'clippy' || sub === 'fmt') return toolLevel(bare) === 1 ? 1 : undefined;
  if (
    /^(build|check|doc|docs-rs|rustdoc|rustc|run|install|update|tree|metadata|bench|publish|package|generate-lockfile|fetch|clean)$/.test(
      sub,
    )
  )
    return undefined;
  return levelOfScriptName(sub);
}

/**
 * The level of a cargo-driven task by its name (`test` 2, `lint` 1, …); a task named `ci` is the
 * project's whole CI run, which runs its tests. 'none' when the command is no such task.
 */
export function levelOfCargoTask(command: string): 1 | 2 | 3 | undefined | 'none' {
  const name = cargoTaskName(command);
  if (name === undefined) return 'none';
  // `cargo xtask format --check` checks; `cargo xtask format` writes.
  if (/^(format|fmt)$/i.test(name)) return /(^|\s)--check(\s|$)/.test(command) ? 1 : undefined;
  const level = levelOfScriptName(name);
  if (level !== undefined) return level;
  // `ci` is the whole CI run; `test-libs`, `test-backend` are parts of the test suite.
  return /^ci$/i.test(name) || /^tests?[-_:]\w/i.test(name) ? 2 : undefined;
}
