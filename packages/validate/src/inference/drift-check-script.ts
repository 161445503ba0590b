import { toolKeys } from './script-body.js';

/** Lines that regenerate tracked files: module tidying, code generation. */
const REGENERATES = /(^|\s)(go\s+mod\s+tidy|go\s+generate|(make|just|task)\s+(generate|gen|codegen))(\s|$)/m;
/** Lines that fail when tracked files changed: git's own view of the tree, or a recursive diff against a copy. */
const DIFFS = /(^|[\s($"'`])(git\s+(diff|status\s+--porcelain)|diff\s+(-\w+\s+)*-r\b)/m;

/**
 * A script that regenerates tracked files and fails when they differ (uber-go/mock's `ci/test.sh`: `go mod
 * tidy` in every module, then `git status --porcelain`; `go generate` in a copy, then `diff -r`), and runs
 * no gate tool, is a drift check — repository hygiene — whatever its name says (`test.sh`).
 */
export function isDriftCheckBody(body: string): boolean {
  return REGENERATES.test(body) && DIFFS.test(body) && toolKeys(body).size === 0;
}
