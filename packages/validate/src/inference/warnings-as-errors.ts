import { toolKeys } from './script-body.js';
import type { Candidate } from './types.js';

/** Options that make a linter or compiler fail on warnings (`cargo clippy -- -D warnings`, `--max-warnings 0`, `-Werror`). */
const DENY_WARNINGS = /(^|\s)(-D\s*warnings|--deny[ =]warnings|--max-warnings[ =]0|-Werror|--warnings-as-errors)(\s|$)/;

/**
 * A project recipe CI does not call (`clippy: cargo clippy`) whose line of the tool lacks the option
 * CI passes to fail on warnings (`cargo clippy -- -D warnings`): it passes where CI fails, so it is a
 * weaker gate than CI's own line, which stands instead.
 */
export function weakerThanCi(c: Candidate, witnessLines: string[], body: string | undefined): boolean {
  if (c.kind !== 'script' || witnessLines.length === 0 || !witnessLines.every((w) => DENY_WARNINGS.test(w))) return false;
  const keys = new Set(witnessLines.flatMap((w) => [...toolKeys(w)]));
  const own = (body ?? '').split(/\r?\n/).filter((l) => [...toolKeys(l)].some((k) => keys.has(k)));
  return own.length > 0 && !own.some((l) => DENY_WARNINGS.test(l));
}
