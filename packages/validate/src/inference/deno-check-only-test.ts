/**
 * `deno test --no-run` (often with `--doc`: the code blocks of the documentation) type-checks the test
 * modules and stops before running them: Deno's type check of its tests, level 1. Other runners'
 * `--no-run` (cargo's builds the tests) prepares only, as the caller already says.
 */
const DENO_CHECK_ONLY_TEST = /^deno\s+test\s(?:.*\s)?--no-run(\s|$)/;

export function isDenoCheckOnlyTest(command: string): boolean {
  return DENO_CHECK_ONLY_TEST.test(command.trim());
}
