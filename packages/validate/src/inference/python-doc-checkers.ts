/**
 * Python checkers of documentation that only read the code and fail on what they find: interrogate
 * (docstring coverage under `fail-under`), doc8 (reStructuredText style) and pydocstyle (docstring
 * conventions). None writes a file, so a CI line running one is a check (level 1) like a linter's.
 */
const DOC_CHECKER = /^(interrogate|doc8|pydocstyle)(\s|$)/;

/** Whether a command line (its environment wrapper left out) runs one of these checkers. */
export function isPythonDocCheckerLine(command: string): boolean {
  return DOC_CHECKER.test(command.trim());
}
