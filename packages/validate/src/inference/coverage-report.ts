/**
 * Coverage report tools turn the profile data a test run left behind into a report (`grcov ./coverage
 * -o lcov.info`, `lcov --capture`, `genhtml`, `gcovr`, `llvm-profdata merge`, `llvm-cov export`,
 * `go tool cover -html`). They run no test and check nothing of the project, so a CI line of theirs is
 * no gate, whatever its arguments mention (`--ignore 'tests/*'`). Python's `coverage report` is left
 * out: with `--fail-under` it fails the build, a gate of its own.
 */
const COVERAGE_REPORT =
  /^(grcov|lcov|genhtml|gcovr|llvm-profdata(-[\d.]+)?|llvm-cov(-[\d.]+)?\s+(export|report|show)|go\s+tool\s+cover)(\s|$)/;

export function isCoverageReportLine(command: string): boolean {
  return COVERAGE_REPORT.test(command.trim());
}
