/**
 * Go's own tools (`go tool cover`, `go tool pprof`): `go tool <name>` runs them, not a tool of go.mod.
 * https://pkg.go.dev/cmd/go#hdr-Run_specified_go_tool
 */
const GO_BUILTIN_TOOLS = new Set(
  'addr2line asm buildid cgo compile covdata cover dist distpack doc fix link nm objdump pack pprof preprofile test2json trace vet'.split(
    ' ',
  ),
);

/**
 * `go tool github.com/go-task/task/v3/cmd/task go:test` runs the tool that go.mod's `tool` directive
 * declares (Go 1.24): the command is that tool's, `task go:test`. A tool is named by its package path
 * or by the path's last element (`go tool task`); the last element is the program's name.
 */
export function throughGoTool(command: string): string {
  const m = /^go\s+tool\s+(?:-modfile[=\s]\S+\s+)?([\w.~-]+(?:\/[\w.~-]+)*)(?=\s|$)/.exec(command.trim());
  if (!m) return command;
  const path = m[1] as string;
  const name = path.split('/').pop() as string;
  // A short name is one of Go's own tools unless it is a package path (`golang.org/x/tools/cmd/stringer`).
  if (!path.includes('/') && GO_BUILTIN_TOOLS.has(name)) return command;
  return `${name}${command.trim().slice(m[0].length)}`;
}
