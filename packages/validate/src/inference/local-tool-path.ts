/**
 * Linters CI downloads into a folder of its own (`bin/golangci-lint`, `./bin/staticcheck`,
 * `$(go env GOPATH)/bin/revive`) before running them: where the binary was put is not part of
 * the gate, the tool is. Only these names: a path under `bin/` is otherwise taken for a program
 * the build made.
 */
const LOCAL_LINTER =
  /^(?:\.\/|~\/|\$\(go env GOPATH\)\/|\$\{?GOPATH\}?\/)?(?:[\w.-]+\/)*\.?bin\/(golangci-lint|staticcheck|revive|gofumpt|golint|shellcheck|actionlint)(?=\s|$)/;

/** `bin/golangci-lint run --timeout=3m` is `golangci-lint run --timeout=3m`. */
export function withoutLocalToolDir(command: string): string {
  return command.replace(LOCAL_LINTER, '$1');
}
