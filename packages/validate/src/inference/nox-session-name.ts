/**
 * A session as nox's `-s` takes it: quoted for the shell (`"tests-3.12"`), and for a parametrized
 * session with its parameters (`"framework-integration(framework='keras')"`, `"e2e-3.9(suite='http')"`),
 * which nox documents as selecting one parametrization of that session. Which session runs is the
 * name before the parentheses (the parameters are the matrix's choice, as a Python version is).
 */
export function noxSessionName(word: string): string {
  const unquoted = /^(["'])(.*)\1$/.exec(word)?.[2] ?? word;
  // Other words stay as written (`"tests-$pyver"`: a session the script picks at run time).
  return /^[\w.-]+\(.*\)$/.test(unquoted) ? unquoted.replace(/\(.*\)$/, '') : word;
}
