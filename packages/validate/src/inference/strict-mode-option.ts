import type { ProjectDir } from './project-dir.js';
import { toolKeys } from './script-body.js';
import type { Candidate } from './types.js';

const STRICT = /(^|\s)--strict(\s|$)/;

/** `strict = true` in the checker's own configuration (mypy.ini, setup.cfg, pyproject `[tool.mypy]`): then `--strict` adds nothing. */
function configuredStrict(dir: ProjectDir | undefined): boolean {
  if (!dir) return false;
  const texts = ['mypy.ini', '.mypy.ini', 'setup.cfg', 'pyproject.toml'].map((f) => dir.read(f) ?? '');
  return texts.some((t) => /^\s*strict\s*=\s*(true|True|1)\s*$/m.test(t));
}

/**
 * A command CI confirms only by the tool (`mypy .` guessed from the project's configuration) whose
 * line lacks the `--strict` CI passes every time it runs that tool (`mypy --strict --show-traceback hc`):
 * strict mode turns on checks the plain run skips, so the guess passes where CI fails and CI's own
 * line stands instead (as with an option that fails on warnings, warnings-as-errors.ts).
 */
export function laxerThanCi(c: Candidate, witnessLines: string[], body: string | undefined, dir: ProjectDir | undefined): boolean {
  if (witnessLines.length === 0 || !witnessLines.every((w) => STRICT.test(w)) || configuredStrict(dir)) return false;
  const keys = new Set(witnessLines.flatMap((w) => [...toolKeys(w)]));
  const own = [c.command, ...(body ?? '').split(/\r?\n/)].filter((l) => [...toolKeys(l)].some((k) => keys.has(k)));
  return own.length > 0 && !own.some((l) => STRICT.test(l));
}
