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

/**
 * A script named for the tests of one language or part, written as one word (`cpptest.sh`, `gotest.sh`,
 * `pytest.sh`, `runtests.sh`): a test script, as `test.sh` is. Only these qualifiers: a word that merely
 * ends in "test" (`latest.sh`, `attest.sh`) says nothing.
 */
export function isQualifiedTestScriptName(base: string): boolean {
  return /^(c|cc|cpp|cxx|go|py|python|js|node|rb|ruby|rs|rust|java|lua|php|bats|shell|sh|lib|api|self|run)tests?$/i.test(base);
}

/**
 * A shell test whose body runs another shell script of the repository (`"$SCRIPT_DIR/entrypoint.sh" sh -c …`)
 * and reaches for no server, container or network (curl, docker, nc): the code under test is that
 * shell script itself, which shell reaches directly: a unit test (level 2), not a check from outside.
 */
export function testsShellCode(body: string): boolean {
  const runsScript = /(^|[\s"'(=])(\$\{?\w+\}?\/|\.\/|(ba)?sh\s+)[\w./-]*\.(sh|bash)\b/m.test(body);
  return runsScript && !/(^|[\s"'(|$])(curl|wget|docker|podman|nc|ncat|kubectl|ssh)\s/m.test(body);
}

/**
 * A shell test that requests a server on this machine (`curl "http://127.0.0.1:8080/"`, `wget localhost:3000`):
 * it starts the program and checks it from outside over the network, whatever test runner it also runs on
 * the way (the example apps' own pytest files): an integration test (level 3), not the unit suite.
 */
export function requestsLocalServer(body: string): boolean {
  return /(^|[\s"'(|$])(curl|wget)\s/m.test(body) && /\b(localhost|127\.0\.0\.1)\b/.test(body);
}
