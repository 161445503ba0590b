import { stripPrefixes } from './invocation.js';
import type { Candidate } from './types.js';

/** A tool line's words without runners and settings (`uv run mypy .` is `mypy .`). */
function words(command: string): string[] {
  return stripPrefixes(command).split(/\s+/).filter(Boolean);
}

/**
 * A tool line guessed from the project's configuration over the whole tree (`mypy .`, `ruff check .`)
 * that CI confirms only with lines of that same tool naming what it checks (`uv run mypy ./nicegui`,
 * `ruff check src tests`): the tree holds more than CI checks (tests, docs, example apps), so the guess
 * may fail where CI passes, and CI's own line stands instead. CI's options beside a `.` (`ruff check
 * --output-format=github .`) name no narrower target and leave the guess.
 */
export function widerThanCiTargets(c: Candidate, witnessLines: string[]): boolean {
  if (c.kind !== 'tool' || witnessLines.length === 0) return false;
  const own = words(c.command);
  if (own[own.length - 1] !== '.') return false;
  const tool = own.slice(0, -1);
  return witnessLines.every((line) => {
    const ci = words(line);
    if (tool.some((w, i) => ci[i] !== w)) return false;
    const targets = ci.slice(tool.length).filter((w) => !w.startsWith('-'));
    return targets.length > 0 && targets.every((t) => t !== '.' && t !== './' && !t.includes('$'));
  });
}
