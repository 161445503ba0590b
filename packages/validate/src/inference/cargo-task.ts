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
