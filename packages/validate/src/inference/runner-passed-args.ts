/**
 * `tox -e 3.12 -- testing/test_integration.py`, `nox -s tests -- tests/e2e`: what follows `--` is
 * handed to the environment's test runner (tox's `{posargs}`, nox's `session.posargs`).
 */

/** The files or folders handed after `--`: options (`-v`, `-m "not e2e"`, `--ignore=tests/e2e`) left out. */
function pathsAfterDashes(command: string): string[] {
  const m = /^(?:tox|nox)\s(?:.*?\s)?--\s+(.+)$/.exec(command.trim());
  if (!m) return [];
  const words = (m[1] as string).split(/\s+/);
  // An option's value (`-m e2e`, `-k "not slow"`) is no file: the word after a short option goes with it.
  return words.filter((w, i) => /^[\w.-]*\/|\.py$/.test(w) && !w.startsWith('-') && !/^-[A-Za-z]$/.test(words[i - 1] ?? ''));
}

/**
 * Whether the files handed are an integration-kind suite (`testing/test_e2e.py`, `tests/integration`):
 * the run is that suite, whatever the environment is called. `lineLevel` reads them as a pytest line.
 */
export function handsIntegrationSuite(command: string, lineLevel: (line: string) => number | undefined): boolean {
  const paths = pathsAfterDashes(command);
  return paths.length > 0 && lineLevel(`pytest ${paths.join(' ')}`) === 3;
}

/**
 * The files a tox line hands its environment's test runner (`testing/test_unit.py`); empty when it
 * hands none (the environment's own selection runs). `tox exec -- cmd` runs a command of its own, no
 * selection of the suite.
 */
export function handedPaths(command: string): string {
  if (!/^tox\s/.test(command.trim()) || /^tox\s+(exec|e)\s/.test(command.trim())) return '';
  return pathsAfterDashes(command).join(' ');
}
