import { scriptInvocation } from './invocation.js';
import { withoutManagerOptions } from './manager-options.js';
import type { Candidate } from './types.js';

/** The environment wrappers a manifest's task is guessed to run under (pythonRunner's prefixes). */
const WRAPPER = /^(uv run|poetry run|pdm run|pipenv run)\s+(?=\S)/;

/**
 * A project task the manifest spells inside the project's environment (`uv run poe test`) that CI runs
 * by name only bare (`poe test`, the runner installed as a tool with `uv tool install poethepoet`):
 * CI's way is the witness, so the wrapper the manifest guessed is dropped. The runner need not be a
 * dependency of the project, and then the wrapped spelling would not find it.
 */
export function withCiBareRunner<T extends Candidate>(
  kept: T[],
  ciCommands: readonly string[],
  same: (a: string, b: string) => boolean,
): T[] {
  return kept.map((c) => {
    const wrapper = WRAPPER.exec(c.command);
    if (!wrapper || scriptInvocation(c.command) === undefined) return c;
    const byName = ciCommands.filter((x) => same(c.command, x));
    // `poetry --ansi run poe test` is wrapped too: poetry's options come before its `run`.
    const bare = (x: string): boolean =>
      !WRAPPER.test(withoutManagerOptions(x.trim().split(/\s+/)).join(' ')) &&
      scriptInvocation(x)?.runner === scriptInvocation(c.command)?.runner;
    return byName.length > 0 && byName.every(bare) ? { ...c, command: c.command.slice(wrapper[0].length) } : c;
  });
}
