/**
 * `go run github.com/go-task/task/v3/cmd/task test.ci` builds the program of that package and runs it
 * with the rest of the line: the command is the program's, `task test.ci` (as `go tool <path>` is, see
 * go-tool.ts). The program's name is the last element of the package path, skipping a major-version
 * element (`…/v3`), as `go install` names the binary. A local package (`go run .`, `go run ./cmd/x`)
 * or a file (`go run main.go`) is the project's own code and stays as written.
 * https://pkg.go.dev/cmd/go#hdr-Compile_and_run_Go_program
 */
export function throughGoRun(command: string): string {
  const m = /^go\s+run\s+((?:[\w-]+\.)+[\w-]+(?:\/[\w.~-]+)+)(?:@\S+)?(?=\s|$)/.exec(command.trim());
  if (!m) return command;
  const elements = (m[1] as string).split('/');
  const last = elements[elements.length - 1] as string;
  const name = /^v\d+$/.test(last) && elements.length > 2 ? (elements[elements.length - 2] as string) : last;
  return `${name}${command.trim().slice(m[0].length)}`;
}
