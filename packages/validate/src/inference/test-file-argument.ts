/**
 * A test file handed to a runner (`vitest run scripts/release.spec.mts`, `pytest tests/test_upload.py`,
 * `go test ./deploy_test.go`) is named for the code it tests: a `release` or `upload` in that name
 * makes no publishing step of the line. Such arguments are taken out before publishing, deploying or
 * upload steps are looked for; a script run by its path (`bash scripts/deploy.sh`) is no test file
 * and stays.
 */
const TEST_FILE =
  /(^|\s)(?:\.\/)?(?:[\w.@-]+\/)*(?:[\w.-]+[._-](?:spec|test)s?\.[cm]?[jt]sx?|test_[\w.-]+\.py|[\w.-]+_test\.(?:py|go|rb|exs?)|[\w.-]+_spec\.rb)(?=\s|$)/g;

export function withoutTestFileArguments(command: string): string {
  return command.replace(TEST_FILE, '$1');
}
