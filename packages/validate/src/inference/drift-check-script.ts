import { isDiffCheck } from './diff-check.js';

/**
 * A project script named as a check that compares files (`schema-check-drift`:
 * regenerate the schema, then `git diff --no-index docs/schema.json /tmp/new.json`) exits with that
 * comparison's status: git documents `--no-index` as implying `--exit-code`, and `git diff
 * --exit-code` / `--quiet` and `diff` fail when the files differ. Such a script checks that a
 * generated file is up to date: a check (level 1), though no linter runs in it. Only when nothing
 * else in it is a gate (ci-level.ts asks after the body's own levels).
 */
export function isDriftCheckScript(name: string, body: string): boolean {
  if (!/(^|[:_-])check([:_-]|$)/.test(name.toLowerCase())) return false;
  // The body read with the scripts it calls appended (resolveBody): the comparison is one of its lines.
  return body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .some((l) => isDiffCheck(l) || /^git\s+(?:-c\s+\S+\s+)*diff\s+(.*\s)?--no-index(\s|$)|^diff\s/.test(l));
}
