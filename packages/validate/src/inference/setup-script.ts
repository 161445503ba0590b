/**
 * A script file named for preparing the machine (`scripts/internal/install-pydeps.sh pytest`,
 * `ci/install_deps.sh`, `bootstrap.sh`, `setup-env.sh`) installs what its arguments name: CI runs it
 * before the gate, and `pytest` handed to it is a package to install, not a test run. A name that also
 * says it runs a gate (`setup-and-test.sh`, `install-and-lint`) is left to the other rules.
 */
const PREPARES = /^(install|bootstrap|provision|setup)([-_.]|$)|[-_.](deps|dependencies|requirements|reqs)$/;
const GATE_WORD = /test|spec|lint|check|type|format|fmt/;
/**
 * Installing what a gate needs (`install-test-requirements`, `setup-lint-deps`): a preparing verb and a
 * list of packages around the gate's name, which only says whose packages they are.
 */
const INSTALLS_FOR_GATE = /^(install|bootstrap|provision|setup)[-_.]([\w-]+[-_.])?(deps|dependencies|requirements|reqs)$/;

export function isSetupScriptName(base: string): boolean {
  const n = base.toLowerCase();
  return INSTALLS_FOR_GATE.test(n) || (PREPARES.test(n) && !GATE_WORD.test(n));
}
