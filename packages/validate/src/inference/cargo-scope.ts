import type { CiCandidate } from './ci-workflows.js';

/** The cargo gate a line runs (`cargo test`, `RUSTFLAGS=… cargo +nightly clippy`), whatever comes before it. */
const CARGO_GATE = /(?:^|\s)cargo(?:\s+\+\S+)?\s+(test|clippy|nextest|miri)(?=\s|$)/;
/** Flags that widen a cargo run beyond the package of the folder (`--all` alone, not `--all-features`). */
const WIDER = /\s(--workspace|--all|-p|--package)(\s|=|$)/;

/** `cargo nextest run` and `cargo miri test` are test runs. */
function gateOf(command: string): 'test' | 'clippy' | undefined {
  const sub = CARGO_GATE.exec(command)?.[1];
  return sub === undefined ? undefined : sub === 'clippy' ? 'clippy' : 'test';
}

/**
 * The cargo gates (`test`, `clippy`) that a root both package and workspace (`[package]` beside
 * `[workspace]`, the members being examples, codegen or dev tools) runs for its own package only:
 * CI runs that gate at the root and never with `--workspace` / `--all` / `-p`. There `cargo test`
 * means the root package, and an inferred `--workspace` would widen the gate to members CI never
 * tests. A virtual manifest (no `[package]`) runs every member either way and is never narrowed.
 */
export function rootPackageGates(rootManifest: string | undefined, ci: readonly CiCandidate[]): Set<string> {
  const out = new Set<string>();
  if (!rootManifest || !/^\[workspace\]/m.test(rootManifest) || !/^\[package\]/m.test(rootManifest)) return out;
  const atRoot = ci.filter((c) => c.cwd === '.');
  for (const gate of ['test', 'clippy']) {
    const lines = atRoot.filter((c) => gateOf(c.command) === gate);
    if (lines.length > 0 && !lines.some((c) => WIDER.test(c.command))) out.add(gate);
  }
  return out;
}

/** The root's `cargo test --workspace --lib --bins` as `cargo test --lib --bins` for the narrowed gates, once each. */
export function narrowedToRootPackage<T extends { command: string; cwd: string }>(commands: T[], gates: ReadonlySet<string>): T[] {
  const out: T[] = [];
  for (const c of commands) {
    const sub = /^cargo\s+(test|clippy)\s/.exec(c.command)?.[1];
    const narrowed =
      c.cwd === '.' && sub !== undefined && gates.has(sub) ? { ...c, command: c.command.replace(/\s--workspace(?=\s|$)/, '') } : c;
    if (!out.some((o) => o.cwd === narrowed.cwd && o.command === narrowed.command)) out.push(narrowed);
  }
  return out;
}
