/**
 * Go test runners that wrap `go test` under another name: gotestsum (formats `go test -json`),
 * gotestcover (runs `go test -coverprofile` per package and merges the profiles), rakyll's gotest
 * (colours the output), richgo and go-acc (`go-acc . -- -race -tags …`: go test with one coverage
 * profile across packages, what follows `--` passed to go test). Each runs the package tests and fails when they fail, so a line
 * or a recipe running one is the `go test` gate (level 2) even though the word `test` never stands
 * alone in it.
 */
export const GO_TEST_RUNNER = /(^|[\s/])(gotestsum|gotestcover|gotest|go-acc)(\s|$)|(^|[\s/])richgo\s+test\b/;

export function isGoTestRunnerLine(line: string): boolean {
  return GO_TEST_RUNNER.test(line);
}
