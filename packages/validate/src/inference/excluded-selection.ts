/**
 * A workspace run without the packages or projects it leaves out. pnpm's and turbo's `--filter` take a
 * `!` selector that excludes what it names (`pnpm -r --filter !test-e2e run test`, `turbo run test
 * --filter=!docs`), and nx, vitest, cargo and lerna take `--exclude` / `--ignore`: the names after them
 * are what the run does NOT reach, so a unit run that excludes the end-to-end package is no end-to-end run.
 */
const EXCLUDED = /\s(?:--filter|-F)(?:=|\s+)(?:"![^"]*"|'![^']*'|!\S+)|\s--exclude(?:=|\s+)(?:"[^"]*"|'[^']*'|\S+)/g;

export function withoutExcludedSelections(command: string): string {
  return command.replace(EXCLUDED, '');
}
