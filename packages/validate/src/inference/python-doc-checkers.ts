/**
 * Python checkers of documentation that only read the code and fail on what they find: interrogate
 * (docstring coverage under `fail-under`), doc8 (reStructuredText style) and pydocstyle (docstring
 * conventions). None writes a file, so a CI line running one is a check (level 1) like a linter's.
 * blacken-docs does rewrite the code blocks of the files it is given, but exits 1 whenever it rewrote
 * one (its `format_file` returns 1 on a rewrite, as with `--check`): in CI, where the rewrite is
 * thrown away, it fails on unformatted docs, a check too.
 */
const DOC_CHECKER = /^(interrogate|doc8|pydocstyle|blacken-docs)(\s|$)/;

/** Whether a command line (its environment wrapper left out) runs one of these checkers. */
export function isPythonDocCheckerLine(command: string): boolean {
  return DOC_CHECKER.test(command.trim());
}
