/**
 * A shell script written as a test (`tests/test_https_server.sh`, `test-in-pyodide.sh`,
 * `smoke-test.sh`) whose body runs no test runner checks the program from the outside: it starts the
 * installed program or server and asserts on what it answers (curl, jq, grep). Shell can reach the
 * code no other way, so such a test is an integration test (level 3), not a unit suite.
 */
export function isShellTestScript(path: string): boolean {
  const base = (path.split('/').pop() as string).toLowerCase();
  const m = /^(.+)\.(sh|bash)$/.exec(base);
  return m !== null && /^tests?[_-]\w|[\w][_-]tests?$/.test(m[1] as string);
}
