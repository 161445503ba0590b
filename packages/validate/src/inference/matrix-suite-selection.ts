/**
 * A test tool whose suite selection comes from the matrix (`bundle exec rspec ${{ matrix.specs }}` with
 * `specs: ['spec --exclude-pattern=spec/integration/…']` and one include per `spec/integration/<gem>`):
 * each value runs another part of the suite, possibly of another level, so each is a gate of its own,
 * as a runner's environment or target is. Only rspec and pytest, whose suites inference splits by folder,
 * and only where the value is an argument of the tool's own (not an option's: `--basetemp ${{ matrix.tmp }}`).
 */
const SUITE_BY_MATRIX = /(^|\s)(rspec|pytest)(\s+[^\s-]\S*)*\s+["']?\$\{\{\s*matrix\.[\w.-]+\s*\}\}/;

export function selectsSuiteByMatrix(command: string): boolean {
  return SUITE_BY_MATRIX.test(command);
}

/**
 * A test line without the paths it leaves out (`--exclude-pattern=spec/integration/{…}/*_spec.rb`,
 * `--ignore=tests/integration`, `--deselect x`): a suite that excludes the integration specs is not one.
 */
export function withoutExcludedPaths(command: string): string {
  return command.replace(/\s--(exclude-pattern|ignore|ignore-glob|deselect)(=|\s+)("[^"]*"|'[^']*'|\S+)/g, '');
}
