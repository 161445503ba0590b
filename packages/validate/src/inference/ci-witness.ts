import { selectsUnwitnessedTags } from './go-build-tags.js';
import { runsTestUnderOtherRuntime } from './other-runtime-test.js';
import { selectsOtherMarker } from './pytest-marker-selection.js';
import { selectsOtherModules } from './jvm-module-scope.js';
import { cargoTaskName } from './cargo-task.js';
import { withoutCoverage } from './ci-level.js';
import { handedPaths } from './runner-passed-args.js';
import type { CiCandidate } from './ci-workflows.js';
import type { ProjectDir } from './project-dir.js';
import { preferCiRunners } from './ci-runner-choice.js';
import { withoutRivalWrappers } from './ci-rival-wrappers.js';
import { withoutUncalledEnvRunners } from './uncalled-env-runner.js';
import { withCiBareRunner } from './ci-bare-runner.js';
import { levelOfExternalSuite } from './external-suite-job.js';
import { gateText } from './make-recipe-keys.js';
import { scriptInvocation } from './invocation.js';
import { toolKeys } from './script-body.js';
import { levelOfSharedToxRun } from './tox-shared-run.js';
import { namesNoEnvironment, outsideDefaultEnvs, outsideGhActionsRun, recipeOutsideGhActionsRun } from './tox-selection.js';
import { withoutUnmadeSplit } from './whole-suite-run.js';
import type { Candidate, GateLevel } from './types.js';
import { weakerThanCi } from './warnings-as-errors.js';
import { widerThanCiTargets } from './ci-named-targets.js';
import { laxerThanCi } from './strict-mode-option.js';
import { wrapsCiLine } from './uncalled-script-file.js';
import { withExcludedGroupRunsRaised } from './excluded-group-run.js';

/** Whether two command lines run the same project script (`pnpm lint` and `pnpm run lint`, `tox run` and `tox -e py312`). */
export function sameInvocation(a: string, b: string): boolean {
  return sameRun(a, b);
}

/** `a` is a bare `nox` whose noxfile lists its default sessions, and `b` names a session not among them. */
function outsideNoxDefaults(a: string, b: string, bodyOf: (command: string) => string | undefined): boolean {
  const x = scriptInvocation(a);
  const y = scriptInvocation(b);
  if (x?.runner !== 'nox' || x.name !== '' || y?.runner !== 'nox' || y.name === '') return false;
  const defaults = bodyOf(a);
  return defaults !== undefined && !defaults.split('\n').includes(`nox -s ${y.name}`);
}

function sameRun(a: string, b: string): boolean {
  const x = scriptInvocation(a);
  const y = scriptInvocation(b);
  if (!x || !y || x.runner !== y.runner) return false;
  // `tox -e 3.9 -- testing/test_unit.py` and `-- testing/test_e2e.py`: each hands the environment's
  // runner other files, so each is a suite of its own, and neither is the environment's whole run.
  // (nox sessions are left as they were read: `nox -s test -- tests/unit` keeps the session's name.)
  if (x.runner === 'tox' && handedPaths(a) !== handedPaths(b)) return false;
  if (x.runner === 'tox') {
    if (x.name === '' || y.name === '') return true;
    // A label (`-m check`) is its own selection: only the same label is the same gate.
    if (x.name.startsWith('-m ') || y.name.startsWith('-m ')) return x.name === y.name;
    // `-f tests` selects every environment with the factor `tests` (`3.12-tests`, `$PYTHON-tests`).
    const factor = (n: string): string | undefined => /^-f\s+(\S+)/.exec(n)?.[1];
    const envs = (n: string): string[] => n.split(',');
    const fx = factor(x.name);
    const fy = factor(y.name);
    if (fx || fy) {
      const [f, other] = fx ? [fx, y.name] : [fy as string, x.name];
      return other === `-f ${f}` || envs(other).some((e) => e.split('-').includes(f));
    }
    return envs(x.name).some((e) => envs(y.name).includes(e));
  }
  if (x.runner === 'nox') {
    // A bare `nox` runs the default sessions; a tag (`-t py`) is its own selection.
    if (x.name === '' || y.name === '') return !x.name.startsWith('-t ') && !y.name.startsWith('-t ');
    const base = (n: string): string => n.replace(/-+((py|pypy)?\d[\d.]*t?)?$/, '');
    return base(x.name) === base(y.name);
  }
  // `scripts/test-cov.sh` in CI is `scripts/test.sh` with coverage on.
  if (x.runner === 'file') return withoutCoverage(x.name.replace(/\.\w+$/, '')) === withoutCoverage(y.name.replace(/\.\w+$/, ''));
  return x.name === y.name;
}

/** Level 1 is compared with level 1 only; levels 2 and 3 with each other (a project may split what CI runs at once). */
function sameFamily(a: GateLevel, b: GateLevel): boolean {
  return a === b || (a > 1 && b > 1);
}

/**
 * `test:bun` is a variant of `test` (as `lint:js` is part of `lint`): covered when `test` is kept.
 * Only at the same level: `test:types` (a type check) and `test:pw` (a playwright suite) are no part of the unit tests.
 */
function isVariantOf(ci: string, candidate: string): boolean {
  const x = scriptInvocation(ci);
  const y = scriptInvocation(candidate);
  return Boolean(x && y && x.runner === y.runner && y.name && x.name.startsWith(`${y.name}:`));
}

/** The manifest a tool's ecosystem needs in the folder it runs in (`deno test` needs deno.json). */
const ECOSYSTEM_MANIFEST: [RegExp, RegExp][] = [
  [/^deno\s/, /^deno\.jsonc?$/],
  [/^cargo\s/, /^Cargo\.toml$/],
  [/^go\s/, /^go\.mod$/],
  [/^(npm|pnpm|yarn|bun|npx|bunx)\s/, /^package\.json$/],
  [/^(\.\/)?(mvnw?)\s/, /^pom\.xml$/],
  [/^(\.\/)?(gradlew?)\s/, /^(build|settings)\.gradle(\.kts)?$/],
  [/^(bundle|rake|rspec|rubocop)\s/, /^(Gemfile|gems\.rb|Rakefile|\.rspec|\.rubocop\.yml)$/],
];

/** Whether a CI command runs a tool of an ecosystem its folder has (a bun project's CI running `deno test` on a sub-folder's config tests another runtime). */
function ecosystemPresent(command: string, dir: ProjectDir | undefined): boolean {
  const rule = ECOSYSTEM_MANIFEST.find(([tool]) => tool.test(command.trim()));
  return !rule || !dir || [...dir.files].some((f) => rule[1].test(f));
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/**
 * Whether two commands run a gate tool in common. A runner is no tool of its own: `tox -e lint` and
 * `tox -e mypy` both name tox, yet only the same environment (sameInvocation) is the same gate.
 */
function sharesTool(a: string, aKeys: Set<string>, b: string, bKeys: Set<string>): boolean {
  const runner = scriptInvocation(a)?.runner;
  if (runner === undefined || runner !== scriptInvocation(b)?.runner || (runner !== 'tox' && runner !== 'nox'))
    return intersects(aKeys, bKeys);
  const without = (keys: Set<string>): Set<string> => new Set([...keys].filter((k) => k !== runner));
  return intersects(without(aKeys), without(bKeys));
}

/**
 * Whether CI's own command stands for a candidate it only confirms by tool, at the same level: CI
 * runs a named project script that does it (`npm run check` for `tsc --noEmit` and `check:lint`).
 * A witness spelled with CI-only settings (`PATH=… make richtest`, `just python=3.12 cov`) or that names no script the
 * folder has (`pnpm vitest`) does not displace the project's own spelling.
 */
function ciSpellingWins(c: Candidate, witnesses: CiCandidate[], bodyOf: (command: string) => string | undefined): boolean {
  // A witness at another level (`check:integrations` at 3 for an umbrella `test` at 2) has no say on this level's spelling.
  const here = witnesses.filter((x) => x.level === c.level);
  const own = (x: CiCandidate): boolean => {
    // `cargo xtask clippy`: the project's own task runner, written in Rust (no body to read).
    if (cargoTaskName(x.command) !== undefined && !/\$/.test(x.command)) return true;
    const runner = scriptInvocation(x.command)?.runner;
    return runner !== undefined && runner !== 'file' && !/\$|(^|\s)[A-Za-z_][\w-]*=/.test(x.command) && bodyOf(x.command) !== undefined;
  };
  // Beside a named script of the project, CI's raw runs of the same tool over other files (prettier's
  // `yarn lint:prettier` and `yarn prettier "docs/**/*.md" --check`) are gates of their own, not a reason
  // to keep the manifest's guess of the tool's spelling (see rawRunBesideScript).
  return here.length > 0 && here.filter((x) => !rawRunBesideScript(x, here, own)).every(own);
}

/**
 * A package manager running a tool's binary (`yarn prettier "docs/**" --check`: no script of the folder by
 * that name), beside a named script of the folder at the same level. Other raw lines (`cargo test -p x`)
 * still keep the manifest's spelling.
 */
function rawRunBesideScript(x: CiCandidate, here: CiCandidate[], own: (x: CiCandidate) => boolean): boolean {
  return !own(x) && scriptInvocation(x.command)?.runner === 'node' && !/\$|(^|\s)[A-Za-z_][\w-]*=/.test(x.command) && here.some(own);
}

/**
 * Two package.json scripts that CI runs each by its name (`test-smoke` and `test-node:integration`)
 * are two gates even when both run the same test runner: the one kept does not stand for the other.
 * (Tox / nox environments are not meant: `nox -s minimums` is the test session on other versions.)
 */
function distinctScripts(c: Candidate, ci: CiCandidate, all: CiCandidate[], bodyOf: (command: string) => string | undefined): boolean {
  return (
    c.kind === 'script' &&
    scriptInvocation(c.command)?.runner === 'node' &&
    scriptInvocation(ci.command)?.runner === 'node' &&
    bodyOf(ci.command) !== undefined &&
    !sameInvocation(c.command, ci.command) &&
    all.some((other) => sameInvocation(c.command, other.command))
  );
}

/**
 * A script file of the repository that CI runs (`./ci.sh`, `scripts/cibuild`) is the project's own way
 * to its gate, with the set-up it needs: another script sharing a tool with it does not stand for it.
 */
function ownScriptFile(command: string, dir?: ProjectDir): boolean {
  return scriptInvocation(command)?.runner === 'file' || repositoryModule(command, dir);
}

/** `python3 -m devscripts.run_tests core`: a module of one of the repository's folders, run as a script. */
function repositoryModule(command: string, dir: ProjectDir | undefined): boolean {
  const folder = /^(?:python3?|pypy3?)\s+-m\s+([A-Za-z_]\w*)\.\w/.exec(command.trim())?.[1];
  return folder !== undefined && dir !== undefined && dir.hasDir(folder);
}

/**
 * CI's run of a repository script whose text is not read as commands (a Python driver, `./devscripts/run_tests.py
 * --pytest-args '…' core` or `python3 -m devscripts.run_tests core`) makes its own selection: the tool
 * its arguments name (pytest) does not make it the witness of another script running that tool (a
 * `make test` running every test, network ones too), unless that script calls it.
 */
function unreadScriptWitness(
  c: Candidate,
  ciCommand: string,
  bodyOf: (command: string) => string | undefined,
  dir: ProjectDir | undefined,
): boolean {
  if (!ownScriptFile(ciCommand, dir) || callsScript(c, ciCommand)) return false;
  // A Python program's text is code, not the commands it runs: only a shell script's body is read as such.
  return bodyOf(ciCommand) === undefined || /\.py(\s|$)|^(python3?|pypy3?)\s+-m\s/.test(ciCommand.trim());
}

/** Whether a candidate's recipe runs that script file itself (`test: ./ci.sh`): then it does stand for it. */
function callsScript(c: Candidate, command: string): boolean {
  const name = scriptInvocation(command)?.name;
  return Boolean(name && (c.body ?? '').includes(name));
}

/**
 * The project's CI is the witness of what it really runs. For a folder its CI runs commands in,
 * a command inferred from manifests is kept when CI runs the same script or the same tool at the
 * same kind of level; what CI runs that no kept command covers is added. Without CI commands for
 * the folder the inference stands as it is.
 */
export function witness(
  all: Candidate[],
  ci: CiCandidate[],
  bodyOf: (command: string) => string | undefined,
  opaque: ReadonlySet<GateLevel> = new Set(),
  dir?: ProjectDir,
): Candidate[] {
  if (ci.length === 0) return all;
  ci = withExcludedGroupRunsRaised(ci);
  const candidates = withoutUnmadeSplit(all, ci, bodyOf);
  // A bare `nox` runs the noxfile's default sessions only, when it lists them; a bare `tox` through
  // tox-gh-actions only the environments its Python mapping selects, and otherwise its `env_list`.
  const sameInvocation = (a: string, b: string): boolean =>
    sameRun(a, b) &&
    !rawToolRuns(a, b, bodyOf) &&
    !outsideNoxDefaults(a, b, bodyOf) &&
    !outsideNoxDefaults(b, a, bodyOf) &&
    !outsideGhActionsRun(a, b, dir) &&
    !outsideGhActionsRun(b, a, dir) &&
    !outsideDefaultEnvs(a, b, dir) &&
    !outsideDefaultEnvs(b, a, dir);
  const ciKeys = ci.map((c) => ({ c, keys: toolKeys(gateText(c.command, bodyOf(c.command))) }));
  const keysOf = (c: Candidate): Set<string> => toolKeys(gateText(c.command, c.body, bodyOf(c.command)));
  // A recipe running tox on environments CI's bare `tox` leaves out shares the runner, not the run.
  const toxApart = (ciCommand: string, c: Candidate): boolean =>
    recipeOutsideGhActionsRun(ciCommand, gateText(c.command, c.body, bodyOf(c.command)), dir);
  const witnessesOf = (c: Candidate): { byName: boolean; lines: string[] } => {
    const keys = keysOf(c);
    const byTool = ciKeys.filter((x) => sameFamily(c.level, x.c.level) && sharesTool(c.command, keys, x.c.command, x.keys));
    return { byName: ciKeys.some((x) => sameInvocation(c.command, x.c.command)), lines: byTool.map((x) => x.c.command) };
  };
  const confirmed = candidates.filter((c) => {
    if (opaque.has(c.level)) return true;
    const keys = keysOf(c);
    const witnesses = ciKeys.filter(
      (x) =>
        sameInvocation(c.command, x.c.command) ||
        (sameFamily(c.level, x.c.level) &&
          sharesTool(c.command, keys, x.c.command, x.keys) &&
          !toxApart(x.c.command, c) &&
          !unreadScriptWitness(c, x.c.command, bodyOf, dir)),
    );
    if (witnesses.length === 0) return false;
    if (witnesses.some((x) => sameInvocation(c.command, x.c.command))) return true;
    if (onlyIntegrationScripts(c, witnesses, bodyOf)) return false;
    const ownText = gateText(c.command, c.body, bodyOf(c.command));
    if (
      selectsUnwitnessedTags(
        ownText,
        witnesses.map((x) => gateText(x.c.command, bodyOf(x.c.command))),
      )
    )
      return false;
    const sameLevel = witnesses.filter((x) => x.c.level === c.level).map((x) => x.c.command);
    const body = c.body ?? bodyOf(c.command);
    if (
      weakerThanCi(c, sameLevel, body) ||
      laxerThanCi(c, sameLevel, body, dir) ||
      wrapsCiLine(c, sameLevel, body) ||
      widerThanCiTargets(c, sameLevel)
    )
      return false;
    return !ciSpellingWins(
      c,
      witnesses.map((x) => x.c),
      bodyOf,
    );
  });
  const ciCommands = ci.map((c) => c.command);
  const kept = withCiBareRunner(
    withoutUncalledEnvRunners(
      withoutRivalWrappers(
        preferCiRunners(confirmed, ciCommands, witnessesOf),
        ciCommands,
        witnessesOf,
        (c) => c.body ?? bodyOf(c.command),
      ),
      ciCommands,
      witnessesOf,
    ).map((c) => levelOfExternalSuite(levelOfSharedToxRun(c, ci), ci)),
    ciCommands,
    sameInvocation,
  );
  const added = ciKeys
    .filter(
      (x) =>
        (candidates.length === 0 ||
          ecosystemPresent(x.c.command.replace(/^(env\s+)?([A-Z_][A-Z0-9_]*=\S*\s+)*/, ''), dir) ||
          // A test file of the tree run under Deno in a Node package is that package's runtime suite.
          runsTestUnderOtherRuntime(dir, x.c.command)) &&
        !kept.some(
          (c) =>
            c.command === x.c.command ||
            (sameInvocation(c.command, x.c.command) && !bareRunOfOtherLevel(x.c, c)) ||
            (isVariantOf(x.c.command, c.command) &&
              c.level === x.c.level &&
              !(c.level === 1 && bothRunByName(c.command, x.c.command, ci))) ||
            (sameFamily(c.level, x.c.level) &&
              !distinctScripts(c, x.c, ci, bodyOf) &&
              sharesTool(c.command, keysOf(c), x.c.command, x.keys) &&
              !toxApart(x.c.command, c) &&
              (!ownScriptFile(x.c.command, dir) || callsScript(c, x.c.command)) &&
              !(c.level !== x.c.level && (otherScript(c.command, x.c.command) || selectsOtherModules(c.command, x.c.command))) &&
              !selectsOtherMarker(gateText(c.command, c.body, bodyOf(c.command)), gateText(x.c.command, bodyOf(x.c.command)))),
        ),
    )
    .map((x) => x.c);
  // A project script CI runs (`make lint`: gofmt, rubocop, a shell check) that the kept commands
  // only partly cover (`bundle exec rubocop`) is a gate of its own: what it checks beyond them counts.
  const partly = ciKeys
    .filter(
      (x) =>
        !added.includes(x.c) &&
        !kept.some((c) => sameInvocation(c.command, x.c.command) || isVariantOf(x.c.command, c.command)) &&
        namedScript(x.c.command, bodyOf),
    )
    .filter((x) => {
      const covering = kept.filter((c) => sameFamily(c.level, x.c.level)).flatMap((c) => [...keysOf(c)]);
      return [...x.keys].some((k) => !covering.includes(k));
    })
    .map((x) => x.c);
  return [...kept, ...added, ...partly];
}

/**
 * `yarn prettier --check .` and `yarn prettier "docs/**" --check`: a package manager running a tool's
 * binary, no script of the folder by that name. Such lines are the same run only when they are the
 * same line; otherwise the tool they share is what relates them (sharesTool).
 */
function rawToolRuns(a: string, b: string, bodyOf: (command: string) => string | undefined): boolean {
  return a !== b && scriptInvocation(a)?.runner === 'node' && bodyOf(a) === undefined && bodyOf(b) === undefined;
}

/**
 * CI runs a check and its variant each by name (`pnpm typecheck` and `pnpm typecheck:standalone:static`):
 * CI would not run both if one covered the other, so the variant is a gate of its own. Only checks
 * (level 1): `test:bun` beside `test` is the same suite on another runtime, which `test` stands for.
 */
function bothRunByName(parent: string, variant: string, ci: CiCandidate[]): boolean {
  return scriptInvocation(parent)?.runner === 'node' && ci.some((o) => o.command !== variant && sameRun(parent, o.command));
}

/**
 * Two named scripts of one runner (`make test` and CI's `make test-failpoint`): at different levels they
 * are different gates even when both run `go test` (other packages, other settings); one does not cover the other.
 */
function otherScript(kept: string, ci: string): boolean {
  const a = scriptInvocation(kept);
  const b = scriptInvocation(ci);
  return Boolean(a && b && a.runner === b.runner && a.runner !== 'file' && a.name && b.name && a.name !== b.name);
}

/**
 * A unit-test candidate (`poetry run pytest` from pyproject) whose only witnesses are project scripts
 * CI runs as integration suites (`task go:test-integration`, whose body runs `poetry run pytest tests`):
 * CI runs that tool for the integration suite alone, so the unit run is not confirmed by it.
 */
function onlyIntegrationScripts(c: Candidate, witnesses: { c: CiCandidate }[], bodyOf: (command: string) => string | undefined): boolean {
  return c.level === 2 && witnesses.every((x) => x.c.level === 3 && namedScript(x.c.command, bodyOf));
}

/** A named script of the folder (`make lint`, `npm run check`), not a raw tool or a script file. */
function namedScript(command: string, bodyOf: (command: string) => string | undefined): boolean {
  const runner = scriptInvocation(command)?.runner;
  return runner !== undefined && runner !== 'file' && bodyOf(command) !== undefined;
}

/**
 * CI's bare `tox` / `nox` (the whole default selection) at one level and a kept environment of another
 * level (`tox -m mypy` at 1 for CI's `python -m tox` at 2): the kept one is only part of that run, so
 * the run still stands for its own level.
 */
function bareRunOfOtherLevel(ci: CiCandidate, kept: Candidate): boolean {
  return namesNoEnvironment(ci.command) && !sameFamily(ci.level, kept.level);
}
