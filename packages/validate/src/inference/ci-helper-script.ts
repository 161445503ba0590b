import { levelOfScriptName } from './detector.js';
import type { GateLevel } from './types.js';

/** A script under CI's own folders (`ci/`, `.github/actions/x/`, `tools/`, `hack/`): its folders and its name. */
const HELPER =
  /^(?:(?:bash|sh|zsh|python3?|node)\s+)?(\.\/)?(ci|\.ci|\.github|tools?|hack|dev)\/((?:[\w.-]+\/)*)([\w-]+?)(\.(sh|bash|py))?(\s|$)/;

/** A program the project builds, by its output path or its runner (`./target/debug/examples/server`, `go run .`). */
const BUILT_PROGRAM = /(^|[\s(<])(\.\/)?(target\/(debug|release)\/|(bin|build|out)\/)\S|(^|[\s(<])(cargo|go)\s+run\b/;
/** A line that leaves its program running: `… &`, `exec 3< <(…)` (process substitution), `nohup …`. */
const BACKGROUND = /&\s*$|<\(|^\s*nohup\s/;

/**
 * A body that starts the project's own built program in the background and stops it with `kill`
 * after running something else against it (h2's `ci/h2spec.sh`: the example server, then the h2spec
 * conformance client): the script tests the built program from outside, an integration suite.
 */
function drivesBuiltServer(body: string | undefined): boolean {
  const lines = (body ?? '').split(/\r?\n/).filter((l) => !/^\s*#/.test(l));
  return lines.some((l) => BUILT_PROGRAM.test(l) && BACKGROUND.test(l)) && lines.some((l) => /^\s*kill\s/.test(l));
}

/**
 * The level of a script CI runs from its own folders, or 'none' when the command is no such script.
 * These are plumbing (`ci/test-complete`, `.github/scripts/label.py`), not the project's gates, except
 * a script named exactly as a gate (`ci/test.sh`: the project's run of it), one named for, or kept in
 * a folder named for, a kind of suite run against the built project (`.github/actions/conformance/run-server.sh`,
 * `tools/e2e/run.sh`, `.github/scripts/run-e2e-tests.sh`): CI's composite action or script for that suite is the suite,
 * one whose body runs the built program as a server to test it (drivesBuiltServer), and a `check_*` /
 * `verify_*` script whose body runs the project's tests (by `levelOfBody`, the caller's reading of a body).
 */
export function levelOfCiHelperScript(
  command: string,
  body?: string,
  levelOfBody: (body: string) => GateLevel | undefined = () => undefined,
): GateLevel | undefined | 'none' {
  const m = HELPER.exec(command);
  if (!m) return 'none';
  const folders = (m[3] as string).split('/').filter(Boolean);
  // `.github/actions/conformance/run-server.sh`, `.github/scripts/run-e2e-tests.sh`: the suite's own runner.
  if ([...folders, (m[4] as string).replace(/^run[-_]/, '')].some((f) => levelOfScriptName(f) === 3)) return 3;
  if (drivesBuiltServer(body)) return 3;
  if ((m[2] === 'ci' || m[2] === '.ci') && levelOfScriptName(m[4] as string) !== undefined) return 'none';
  // `ci/check_panic_handling.sh` running `go test -tags=panictest …`: a check named for what it checks, whose
  // body runs the project's tests, is that test run.
  const tests = body !== undefined && /^(check|verify)[-_]\w/.test(m[4] as string) ? levelOfBody(body) : undefined;
  return tests === 2 || tests === 3 ? tests : undefined;
}

/**
 * A test run whose every path lies under `.github/` (`node --test .github/scripts/pr_intake_gate.test.js`)
 * tests CI's own helper code, not the project: no gate of the project's. So does one handed only test
 * files kept beside the maintainers' scripts (`pytest devscripts/setup_variables_tests.py`,
 * `pytest tools/test_release.py`): the release and CI helpers' own tests, not the project's suite.
 */
export function testsCiHelpersOnly(command: string): boolean {
  // Only test runs: a linter over `.github/` (`prettier --check .github/`) still checks files of the repository.
  if (!/(^|\s)(--test|test|pytest|jest|vitest|mocha|unittest|bats)(\s|$)/.test(command)) return false;
  const paths = command
    .split(/\s+/)
    .slice(1)
    .filter((w) => !w.startsWith('-') && w.includes('/'));
  return (
    paths.length > 0 &&
    paths.every((p) =>
      /^(\.\/)?\.github\/|^(\.\/)?(\.?ci|tools?|hack|dev|devscripts|scripts)\/[\w./-]*\.(py|sh|js|mjs|ts)$/.test(
        p.replace(/^["']|["']$/g, ''),
      ),
    )
  );
}
