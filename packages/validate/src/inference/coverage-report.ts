/**
 * Coverage report tools turn the profile data a test run left behind into a report (`grcov ./coverage
 * -o lcov.info`, `lcov --capture`, `genhtml`, `gcovr`, `llvm-profdata merge`, `llvm-cov export`,
 * `go tool cover -html`). They run no test and check nothing of the project, so a CI line of theirs is
 * no gate, whatever its arguments mention (`--ignore 'tests/*'`). Python's `coverage report` is left
 * out: with `--fail-under` it fails the build, a gate of its own. cargo-llvm-cov's own `clean` (removes
 * the profile data), `report` (writes the report of an earlier run) and `show-env` (prints the variables
 * for a manual run) run no test either, unless a `--fail-under-*` threshold makes the report a gate.
 */
const COVERAGE_REPORT =
  /^(grcov|lcov|genhtml|gcovr|llvm-profdata(-[\d.]+)?|llvm-cov(-[\d.]+)?\s+(export|report|show)|go\s+tool\s+cover)(\s|$)/;

/** `cargo +stable llvm-cov report --lcov`, `cargo llvm-cov clean --workspace`. */
const CARGO_LLVM_COV_NO_RUN = /^cargo\s+(\+\S+\s+)?llvm-cov\s+(clean|report|show-env)(\s|$)/;

export function isCoverageReportLine(command: string): boolean {
  const line = command.trim();
  return COVERAGE_REPORT.test(line) || (CARGO_LLVM_COV_NO_RUN.test(line) && !/\s--fail-under-/.test(line));
}
