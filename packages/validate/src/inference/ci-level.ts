import { OTHER_MAKEFILE } from './other-makefile.js';
import { isSvelteCheckLine } from './svelte-check.js';
import { levelOfToolchainGate } from './toolchain-gate-tools.js';
import { levelOfSbtLine } from './sbt-tasks.js';
import { throughBinstub } from './ruby-binstub.js';
import { runsIntegrationModule } from './jvm-module-scope.js';
import { withoutExcludedTasks } from './gradle-excluded-tasks.js';
import { withGradleTaskNames } from './gradle-task-path.js';
import { defaultGoalLevel } from './make-default-goal.js';
import { isBenchmarkOnly } from './benchmark-run.js';
import { levelOfCargoLine, levelOfCargoTask } from './cargo-task.js';
import { levelOfScript, levelOfScriptName } from './detector.js';
import { scriptInvocation, stripPrefixes } from './invocation.js';
import { isShellTestScript, isQualifiedTestScriptName, requestsLocalServer, testsShellCode } from './shell-test-script.js';
import { isGoTestRunnerLine } from './go-test-runner.js';
import { splitMonorepoTasks } from './monorepo-tasks.js';
import { isSmokeProgramRun } from './smoke-program.js';
import { isCoverageReportLine } from './coverage-report.js';
import { withoutExcludedPaths } from './matrix-suite-selection.js';
import { withoutDeselections } from './pytest-deselection.js';
import { withoutExcludedSelections } from './excluded-selection.js';
import { levelOfUiNamedScript } from './ui-named-script.js';
import { isTypeCheckName } from './type-check-name.js';
import { isAcceptanceRunner } from './acceptance-runner.js';
import { isDeviceSetup } from './device-setup.js';
import { isDatabaseSetup } from './database-setup.js';
import { composeRun } from './compose-run.js';
import { isJsLinterLine } from './js-lint-tools.js';
import { isPythonDocCheckerLine } from './python-doc-checkers.js';
import { levelOfNxLine } from './nx-line.js';
import { levelOfRushLine } from './rush-line.js';
import { withoutReleaseProfile } from './release-profile.js';
import { withoutTestFileArguments } from './test-file-argument.js';
import { withoutServiceOffSwitches } from './service-off-switch.js';
import { runsSuiteKindFolder } from './suite-kind.js';
import { handedScript } from './script-alias.js';
import { handsIntegrationSuite } from './runner-passed-args.js';
import { runsItsArguments } from './wrapper-script.js';
import { formatBodyWithCiArgs } from './script-args.js';
import { isCheckerScript } from './checker-script.js';
import { throughToolkit, toolkitUmbrella } from './toolkit-cli.js';
import { isTestRunnerLine } from './test-runner-line.js';
import { isPytestTypeTestRun } from './pytest-type-tests.js';
import { isDriftCheckBody } from './drift-check-script.js';
import { levelOfCiHelperScript, testsCiHelpersOnly } from './ci-helper-script.js';
import { taskLocalName } from './task-namespace.js';
import { levelOfPhpOrMixLine } from './php-elixir-tools.js';
import { levelOfDotnetLine } from './dotnet-tools.js';
import { isSetupScriptName } from './setup-script.js';
import { isInterpreterFactor } from './interpreter-factor.js';
import { throughToolLauncher } from './tool-launcher.js';
import { isDenoCheckOnlyTest } from './deno-check-only-test.js';
import { bodyVerdict, isBuildCommand, isFixerLine, isHygieneCommand, isWatcherLine } from './script-body.js';
import type { GateLevel } from './types.js';
import { commandLines } from './command-lines.js';
import { isNxCloudOrchestration } from './nx-cloud.js';

/**
 * Set-up steps; installing a package (`pnpm add -D vitest@3`) prepares a run whatever tool it names;
 * a cluster's own tools (`kubectl apply`, `k3d image import`, `helm install`) deploy what a suite runs against;
 * what runs in another machine (`ssh host …`, `lima sudo script/test.sh`, `vagrant ssh`) is not run here;
 * adding a package source (`sudo add-apt-repository ppa:ubuntu-toolchain-r/test`) prepares the machine;
 * a hosted scanner (`snyk code test`, `qlty smells`) needs the service's account.
 */
const SETUP =
  /^(npm (ci|install|i)\b|(npm|pnpm|yarn) (ls|list|why|view|info)(\s|$)|pnpm (install|i)\b|(pnpm|yarn|bun) (add|remove|up|upgrade|update)\s|yarn( install)?$|yarn install|bun install|(\S*\/)?pip3?(\s+-[\w-]+)*\s+install\b|python3?(\s+-[A-Za-z]+)*\s+-[A-Za-z]*m\s*pip|uv (sync|pip|venv|tool|lock)|poetry (install|lock|self)|pipenv install|bundle (install|config)|gem install|go (mod|get|install)|cargo (install|fetch|generate-lockfile)|rustup|apt(-get)? |add-apt-repository |dnf |yum |microdnf |apk |zypper |pacman |brew |curl |wget |git |echo |cd |mkdir |cp |mv |rm |export |source |docker |snyk |qlty |podman |buildah |ssh |scp |rsync |lima |limactl |vagrant |kubectl |k3d |kind |helm |minikube |sudo |su |useradd |adduser |groupadd |usermod |chown |chmod |ls |cat |(npx (--yes )?|pnpm (exec |dlx )?|yarn (dlx )?|bunx )(playwright|cypress) install|corepack |pipx |winget |choco |nvm |sdk )/;
/** Shell built-ins and plumbing, text editors included (`perl -pi -e … tests/x.test.ts`): never a gate by themselves (`test -f x` is not a test suite). */
const SHELL =
  /^(test|\[|\[\[|if|then|else|elif|fi|for|do|done|while|until|case|esac|set|shopt|declare|local|return|exit|true|false|printf|read|eval|trap|wait|sleep|seq|find|grep|sed|perl|awk|xargs|tar|zip|unzip|7z|shasum|sha256sum|certutil|strip|gh|jq|yq|tee|touch|ln|pwd|head|tail|sort|uniq|wc|diff|cmp|which|type|command|tzutil|Get-\S+|\$\S+|\(|\{|\}|\)|\.\/bin\/|bash -c|sh -c)(\s|$)/;

/**
 * `shellcheck hooks/pre-commit tests/run-tests`, `yamllint .gitlab-ci.yml tests/*.yml`: linters of the shell
 * scripts and YAML files they are given, which the earlier sets' labels do not count as the project's gates
 * (an install script's check). A `tests/` path among the files does not make them a test run either.
 */
const SCRIPT_FILE_LINTER = /^(shellcheck|yamllint)(\s|$)/;

/** A script body whose every line installs, sets up or lists (`python -m pip freeze`). */
export function onlySetsUp(body: string): boolean {
  const lines = commandLines(body);
  return lines.length > 0 && lines.every(isSetupLine);
}

/** A line that installs, sets up or lists the environment, runs no check (`python -m pip freeze`, `npm ci`, `uv sync`). */
export function isSetupLine(command: string): boolean {
  const bare = stripPrefixes(command.trim());
  // Both forms: stripping removes wrappers SETUP itself names (`python -m pip …`, `pipx …`), and only the
  // stripped form shows set-up behind a runner or an assignment (`poetry run pip install`, `CI=1 npm ci`).
  return SETUP.test(command.trim()) || SETUP.test(bare) || /^(pip3?|uv pip|npm|pnpm|yarn) (freeze|list|ls|show)\b/.test(bare);
}

/**
 * A script named for the gate it runs with coverage on (`test-cov.sh`, `test_coverage.py`, hatch's
 * `test-cov-xml`: the report's format after it) is that gate.
 */
export function withoutCoverage(base: string): string {
  return base.replace(/[-_:](cov|coverage)([-_:](xml|html|lcov|json|term|report))?$/, '');
}

/**
 * A hatch `env:script`: an integration environment's scripts are integration suites; otherwise the
 * script's name decides, and a script named otherwise (`test:with-coverage`, `lint:markdown`) is what
 * its environment is for.
 */
export function hatchScriptLevel(name: string): GateLevel | undefined {
  const [env, script] = name.includes(':') ? (name.split(':') as [string, string]) : ['default', name];
  if (levelOfScriptName(env) === 3) return 3;
  return levelOfEnvName(withoutCoverage(script)) ?? (env === 'default' ? undefined : levelOfEnvName(env));
}

/** Tox / nox names and factors by level: `py312` and `tests` are unit tests, `lint`, `typing`, `style` checks. */
export function levelOfEnvName(name: string): GateLevel | undefined {
  const n = name.toLowerCase();
  if (/^(py|pypy)?\d[\d.]*t?$|^(py|pypy)\d*$|^(tests?|unit|unit[-_]?tests?|pytest)$/.test(n)) return 2;
  if (
    /^(lint|linting|linters|flake8|pep8|pydocstyle|pycodestyle|codestyle|code[-_]style|black|ruff|mypy|typing|types|type|typecheck|type[-_]check|style|format-check|fmt-check|pre-commit|precommit|[a-z]+lint|pyright|check|static|isort)$/.test(
      n,
    )
  )
    return 1;
  return levelOfScriptName(n);
}

/**
 * The level of what a whole script runs: its test suite when it runs one (level 2, or 3 when it only
 * runs integration suites), else its checks. Lines whose failure is swallowed (`|| true`) gate nothing;
 * `if cmd; then` runs `cmd`.
 */
function levelOfBodyRuns(body: string): GateLevel | undefined {
  const levels = new Set<GateLevel>();
  for (const raw of body.replace(/\\\r?\n\s*/g, ' ').split(/\r?\n/)) {
    const line = raw
      .trim()
      .replace(/^(if|elif|while|until|!)\s+/, '')
      .replace(/;\s*(then|do)$/, '');
    if (!line || line.startsWith('#') || /\|\|\s*(true|:|exit 0)\b/.test(line)) continue;
    const level = levelOfCiCommand(line);
    if (level !== undefined) levels.add(level);
  }
  if (levels.has(2)) return 2;
  if (levels.has(3)) return 3;
  return levels.has(1) ? 1 : undefined;
}

function levelOfBody(body: string): GateLevel | undefined {
  return levelsOfBody(body)[0];
}

/** The gate level of each command of a body, in order (a turbo / nx line read once per task). */
function levelsOfBody(body: string): GateLevel[] {
  const out: GateLevel[] = [];
  // `$(VENV_BIN)/flake8 src`: a tool called through a variable folder is that tool.
  for (const raw of commandLines(body.replace(/(^|\s)\$[({]\w+[)}]\//gm, '$1'))) {
    const line = loopBodyCommand(raw);
    // A bare word is a prerequisite (`all: lib hiredis-test`), not a command; a program run by its path (`./test_proxy`) is one.
    if (!/\s/.test(line) && !line.startsWith('./')) continue;
    for (const task of splitMonorepoTasks(line)) {
      const level = levelOfCiCommand(task);
      if (level !== undefined) out.push(level);
    }
  }
  return out;
}

/**
 * The command of a loop's or branch's body (`do GTEST_SHARD_INDEX=$$i $(SETARCH) ./test > log 2>&1 &`):
 * the keyword and the settings go, and a make variable before a program run by its path is a
 * wrapper that may be empty (`SETARCH` is only set on Linux), not the program.
 */
function loopBodyCommand(line: string): string {
  const inner = line.replace(/^(do|then|else)\s+/, '');
  const wrapped = /^\$[({]\w+[)}]\s+(?=\.\/)/;
  const bare = stripPrefixes(inner);
  return wrapped.test(bare) ? bare.replace(wrapped, '') : inner;
}

/** A tox environment's or nox session's level by its name (or, for nox, what its function runs). */
function levelOfEnvRunner(inv: { runner: string; name: string }, body: string | undefined): GateLevel | undefined {
  if (inv.name === '') return 2;
  // `py312`, `3.12-tests`, `$PYTHON-tests`, `test-3.12`: the first factor that names a gate decides.
  const name = inv.name.replace(/^-[fmt]\s+/, '').split(',')[0] as string;
  // An interpreter factor (`py`, `py311`, `3.12`) only picks the Python: beside a gate's factor
  // (`py-flake8`, `py312-integration`) that factor decides, and alone it is the unit tests.
  const factors = [name, ...name.split('-')].filter((f) => !f.startsWith('$'));
  const gate = factors
    .filter((f) => !isInterpreterFactor(f))
    .map(levelOfEnvName)
    .find((l) => l !== undefined);
  // `py-apicheck`, `py-configcheck`: a factor named for a check it runs is that check, not the unit tests
  // the interpreter factor alone would stand for.
  // Only beside an interpreter factor: `apicheck` or `spellcheck-docs` alone stays unjudged.
  const paired = factors.some(isInterpreterFactor) && factors.some((f) => /^[a-z]+check$/i.test(f));
  const check = paired ? 1 : undefined;
  const level = gate ?? check ?? factors.map(levelOfEnvName).find((l) => l !== undefined);
  if (level !== undefined) return level;
  // A nox session named otherwise (`pep484`) is what its function runs (`def mypy_check(session)`).
  const ran = body !== undefined ? levelOfBody(body) : undefined;
  if (inv.runner === 'nox') return ran;
  // A tox environment named otherwise counts only when its commands run an integration suite
  // (`api_func_v4`: `pytest tests/functional/api`); others (`doctest-docs`, `cover`) stay unjudged.
  return ran === 3 ? 3 : undefined;
}

function levelOfInvocation(command: string, body: string | undefined): GateLevel | undefined | 'none' {
  const inv = scriptInvocation(command);
  if (!inv) return 'none';
  if (inv.runner === 'tox' || inv.runner === 'nox') {
    const level = levelOfEnvRunner(inv, body);
    return level === 2 && handsIntegrationSuite(command, levelOfToolLine) ? 3 : level;
  }
  if (inv.runner === 'rake' && inv.name === '') return 2;
  // A bare `make` runs the default goal of this folder's makefile (`make -C x` / `-f y` another one's).
  if (inv.runner === 'make' && inv.name === '') return OTHER_MAKEFILE.test(command) ? undefined : defaultGoalLevel(body);
  // `hatch run test:list` whose script is `python -m pip freeze` lists the environment: no gate.
  if (inv.runner === 'hatch') return body !== undefined && onlySetsUp(body) ? undefined : hatchScriptLevel(inv.name);
  // `make install-dev` whose recipe also runs an integration-tests folder's `install`: set-up by its name.
  if (inv.runner !== 'file' && isSetupScriptName(inv.name)) return undefined;
  if (inv.runner === 'file') {
    // A script file is what its name says (`scripts/check` checks, `generate.py` generates), judged with its body.
    // `test-cov.sh` runs the tests with coverage on: it is the test script.
    const base = withoutCoverage((inv.name.split('/').pop() as string).replace(/\.(sh|py|js|mjs|ts|bash)$/, ''));
    if (isSetupScriptName(base)) return undefined;
    // `integration/test.sh`, `e2e/run.sh`: the folder says what kind of test it is.
    if (/(^|\/)(integration|e2e|acceptance|smoke|interop)[\w-]*\//.test(inv.name) && levelOfScriptName(base) === 2) return 3;
    // `test/integration/attestation-cmd/verify-bundle.sh`: under a test folder's suite folder, whatever its own name.
    if (/(^|\/)tests?\/(integration|e2e|acceptance|smoke)[\w-]*\//.test(inv.name)) return 3;
    if (body !== undefined && isShellTestScript(inv.name) && requestsLocalServer(body)) return 3;
    if (body !== undefined && isShellTestScript(inv.name) && levelOfBodyRuns(body) === undefined) return testsShellCode(body) ? 2 : 3;
    if (body !== undefined && isDriftCheckBody(body)) return undefined;
    const byName = levelOfScript(base === 'check' ? 'lint' : isQualifiedTestScriptName(base) ? 'test' : base, body);
    if (byName !== undefined || bodyVerdict(body) !== 'check') return byName;
    if (runsItsArguments(command, inv.name, body)) return levelOfBodyRuns(body as string);
    // `ci.sh`, `run.sh`: a name that says nothing; the gates its body runs say what it is.
    if (/^(ci|run|all|verify|validate|cibuild)$/.test(base) && body !== undefined) return levelOfBodyRuns(body);
    // `.ci.gofmt.sh`, `ci-govet.sh`: the tool the name is made of.
    // Only a linter's name counts: `test-files.sh` may generate test files.
    const spelled = levelOfToolLine(base.replace(/[._-]+/g, ' ').replace(/\bgovet\b/, 'go vet'));
    if (spelled === 1) return 1;
    // `go.test.sh`: a tool's gate (`go test`) as its name, and its body does run that kind of gate.
    return spelled !== undefined && body !== undefined && levelOfBodyRuns(body) === spelled ? spelled : undefined;
  }
  // A toolkit's subcommand (`kcd-scripts format`) is read as the tool it runs, after CI's arguments are added.
  const withArgs = throughToolkit(inv.runner === 'node' || inv.runner === 'deno' ? formatBodyWithCiArgs(command, inv.name, body) : body);
  const level = withArgs !== undefined ? levelOfScript(inv.name, withArgs) : levelOfScriptName(inv.name);
  if (level !== undefined) return level;
  // `validate: kcd-scripts validate` runs the package's build, lint, test and typecheck scripts: the test run.
  const umbrella = toolkitUmbrella(body);
  if (umbrella !== undefined) return levelOfBodyRuns(umbrella);
  const uiNamed = levelOfUiNamedScript(inv.name, withArgs);
  if (uiNamed !== undefined) return uiNamed;
  if (isTypeCheckName(inv.name) && body !== undefined && bodyVerdict(body) === 'check') return 1;
  if (isCheckerScript(inv.name, body)) return 1;
  // `pnpm example e2e:web`, `example` being `pnpm --filter <package>`: the script it is handed decides.
  const handed = handedScript(command, inv.name, body);
  if (handed !== undefined) return levelOfScriptName(handed);
  // `task go:test-integration`: the task's own name, without its namespace, says what it runs.
  const local = taskLocalName(inv.runner, inv.name);
  const byLocal = local === undefined ? undefined : withArgs !== undefined ? levelOfScript(local, withArgs) : levelOfScriptName(local);
  if (byLocal !== undefined) return byLocal;
  // CI running `make lint` whose recipe also corrects what it can (`rubocop -a`) still fails on
  // what it cannot: the step is the project's lint gate.
  if (bodyVerdict(body) === 'fixer' && levelOfScriptName(inv.name) === 1 && !/^(format|fmt|prettier)/.test(inv.name)) return 1;
  // A script named otherwise (`make richtest`, `npm run ci:unit`) is what its body is; one whose
  // body cannot be read (`make clippy-full` of a pattern rule, a rake task, `pnpm vitest`) is
  // judged by the tool patterns of its name.
  // A script named for building or packaging (`build`, `postbuild`, `build:esm`, `prepack`) builds,
  // whatever words its body holds (`shx rm -rf dist/{src,tests}` is no test run).
  if (
    /^(pre|post)?(build|compile|bundle|dist|pack|package|prepare|prepack|prepublish(only)?|copy|clean)([:_-][\w:-]*)?$/.test(inv.name) &&
    !/test|lint|check|spec/.test(inv.name)
  )
    return undefined;
  // `clean-tests`, `reset:db`: removes or resets what a run left, runs nothing.
  if (/^(clean|clear|reset|purge)([:_-]|$)/.test(inv.name)) return undefined;
  // `test:init` (`run-s test:init:*`: fixture installs, `--help` smoke), `e2e:setup`: prepares the suite, runs none of it.
  if (/[:_-](init|setup|prepare|bootstrap)$/.test(inv.name)) return undefined;
  // `download-test-fixture-cache`, `install-test-cache-load`: moves a cache of test inputs, runs no test.
  if (/(^|[:_-])caches?[:_-](load|save|restore|pull|push|warm)$|[:_-]fixtures?[:_-]caches?$|^(download|fetch)[:_-]/.test(inv.name))
    return undefined;
  // `build:test`, `compile-tests`: builds the tests (`npm run build -- --environment TARGET:test`), runs none.
  if (/^(build|compile|bundle)[:_-](tests?|specs?)$/.test(inv.name)) return undefined;
  // A script named for generating (`test:runtime:generate-absolute-runtime`, `codegen`) writes files:
  // it prepares a suite, it is not one.
  if (/(^|[:_-])(generate|regenerate|gen|codegen)([:_-]|$)/.test(inv.name)) return undefined;
  if (body !== undefined && body.trim() !== '') {
    // A script named for testing (`test:pr`, `test-all`) that runs the checks with the tests is the test run.
    const levels = levelsOfBody(body);
    if (/^tests?([:_-]|$)/.test(inv.name) && levels[0] === 1 && levels.includes(2)) return 2;
    // A recipe that starts services (`docker compose up -d`) and runs tests against them is an integration suite.
    if (levels[0] === 2 && /(^|\s)docker(\s+compose|-compose)\s+(.*\s)?up(\s|$)/m.test(body)) return 3;
    return levels[0];
  }
  return 'none';
}

/** Maven and Gradle lines by their goals: static checks 1, test / verify / check / build 2, integration tasks 3. */
function levelOfJvm(written: string): GateLevel | undefined | 'none' {
  if (!/^(\.\/)?(mvnw?|gradlew?)(\.bat|\.cmd)?(\s|$)/.test(written)) return 'none';
  const command = withoutExcludedTasks(written);
  // Android's `connectedCheck` / `connectedDebugAndroidTest` run the instrumented tests on a device or emulator.
  if (
    /\b(integrationTest|e2eTest|functionalTest|acceptanceTest|failsafe:integration-test)\b|(^|[\s:])connected(Check|\w*AndroidTest)\b/.test(
      command,
    )
  )
    return 3;
  // Linter plugins' tasks: `shellcheck` (the shellcheck Gradle plugin over the repository's scripts),
  // kotlinter's `lintKotlin`, ktfmt's `ktfmtCheck`, the code-quality plugins' per-source-set tasks,
  // OpenRewrite's dry run (`rewriteDryRun`, Maven's `rewrite:dryRun`: reports what its recipes would
  // change and changes nothing; CI runs it to fail on that report).
  if (
    /\b(rewriteDryRun|rewrite:dryRun|spotless:check|spotlessCheck|checkstyle:check|checkstyle(Main|Test)|pmd:check|pmd(Main|Test)|spotbugs:check|spotbugs(Main|Test)|ktlintCheck|ktfmtCheck\w*|lintKotlin|detekt|lint|shellcheck)\b/.test(
      command,
    )
  )
    return 1;
  if (runsIntegrationModule(command) && !/-D(skipTests|maven\.test\.skip)/.test(command)) return 3;
  const tasks = withGradleTaskNames(command);
  // `gradle check -x test`: the verification tasks with the test task excluded are the static checks
  // (`build -x test` is left alone: it mostly means "compile and package, tests later").
  if (/(^|\s)check(\s|$)/.test(tasks) && /(^|\s)(-x|--exclude-task)[\s=]test(\s|$)/.test(tasks)) return 1;
  if (/(^|\s)(test|verify|check|build)(\s|$)/.test(tasks) && !/-D(skipTests|maven\.test\.skip)/.test(command)) return 2;
  return undefined;
}

/**
 * The gate level a CI command belongs to, or undefined for set-up, build, hygiene, fixing and
 * deploy steps. `body` is what the command runs when it calls a project script.
 */
/** `npx prettier@3.5 --check …`, `pnpm dlx @biomejs/biome@1.9 ci`: the package's version is not part of the tool's name. */
function withoutPackageVersion(command: string): string {
  return command.replace(/^((?:npx|bunx|pnpx|pnpm dlx|yarn dlx)(?:\s+-\S+)*\s+)(@?[\w.-]+(?:\/[\w.-]+)?)@[\w.^~*-]+(?=\s|$)/, '$1$2');
}

export function levelOfCiCommand(command: string, body?: string): GateLevel | undefined {
  const c = withoutPackageVersion(stripPrefixes(command.trim()));
  // `./bin/scalafmt --check`: a checker's launcher in bin/ is that checker (before `./bin/` reads as plumbing).
  const launched = throughToolLauncher(c);
  if (launched !== undefined) return levelOfCiCommand(launched, body);
  const composed = c.includes('${{') ? undefined : composeRun(c);
  if (composed !== undefined) return composed.command !== '' ? levelOfCiCommand(composed.command) : levelOfScriptName(composed.service);
  if (!c || SETUP.test(c) || SHELL.test(c) || c.includes('${{')) return undefined;
  if (isDeviceSetup(c) || isDatabaseSetup(c) || isNxCloudOrchestration(c)) return undefined;
  // `pnpm turbo --filter ./examples/x test`: the repository's example apps, not the project's own gate.
  if (/(^|\s)(--filter|-F)[= ]["']?(\.\/)?(examples?|demos?|samples?|playgrounds?)\//.test(c)) return undefined;
  // `yarn workspace @examples-type-portability/bundler run test`: the same apps, named as workspaces.
  if (/(^|\s)(yarn\s+workspace\s+|--workspace[= ])["']?@?(examples?|demos?|samples?|playgrounds?)[-/]/.test(c)) return undefined;
  // `tsc --version` reports a version; `--from-ref origin/$GITHUB_BASE_REF` only means something on the CI runner.
  if (/(^|\s)(--version|--help|-V)(\s|$)|\$\{?(GITHUB|CI|RUNNER)_/.test(c)) return undefined;
  // `tox run --notest`, `nox --install-only`: environments prepared, nothing checked yet; listing or
  // collecting (`nox --list-sessions`, `pytest --collect-only`) runs nothing either, nor does a Haskell build
  // that compiles the tests without running them (`stack build --test --no-run-tests`) or only the dependencies,
  // nor `go test -c` (writes the test binary; a later step runs it, often on another platform).
  if (isDenoCheckOnlyTest(c)) return 1;
  if (/^go\s+test\s(.*\s)?-c(\s|$)/.test(c)) return undefined;
  if (
    /(^|\s)(--notest|--install-only|--no-run|--no-run-tests|--only-dependencies|--list-sessions|--listenvs|--list-envs|--collect-only|--co)(\s|$)/.test(
      c,
    )
  )
    return undefined;
  // Their short spellings: `nox --json -t tests -l` (a matrix maker), `tox -l`, `tox -a`, `tox list`.
  // Options after `--` are the session's own (`tox -e py -- -l`: pytest's showlocals).
  const runnerOptions = c.split(/\s--(?:\s|$)/)[0] as string;
  if (/^(tox|nox)\s(.*\s)?(-l|--list|-a|--listenvs-all)(\s|$)|^tox\s+(list|l)(\s|$)/.test(runnerOptions)) return undefined;
  // `cmd || true`: a step whose failure is swallowed gates nothing.
  if (/\|\|\s*(true|:|exit 0)\s*$/.test(c)) return undefined;
  if (/^pre-commit run\b|^prek run\b/.test(c)) return 1;
  if (isInlineProgram(c)) return undefined;
  // Hosted services that receive results (coverage, quality reports) need their token and gate nothing.
  if (
    /\b(publish|deploy|release|upload|coveralls|codecov|codeclimate[\w-]*|cc-test-reporter|sonar-scanner|codacy[\w-]*)\b/.test(
      withoutServiceOffSwitches(withoutReleaseProfile(withoutTestFileArguments(c))),
    )
  )
    return undefined;
  // `sh x | sudo tee -a /etc/hosts`: output written into the machine's own files prepares the machine.
  if (/\|\s*sudo\s/.test(c)) return undefined;
  const phpOrMix = levelOfPhpOrMixLine(c);
  // A test run selecting an integration suite (`phpunit --testsuite integration`) is judged by the words as any other.
  if (phpOrMix !== 'none') return phpOrMix === 2 && levelOfToolLine(c) === 3 ? 3 : phpOrMix;
  const dotnet = levelOfDotnetLine(c);
  if (dotnet !== 'none') return dotnet;
  const binstub = throughBinstub(c);
  if (binstub !== undefined) return levelOfCiCommand(binstub, body);
  // Built binaries and build drivers (`./build/x-test`, `./build-gcc/Debug/x_test`, `_build/x`,
  // `Debug\\x.exe`, MSBuild), background services (`x &`): the build's own test runner (ctest,
  // meson test) is the gate a developer runs, not one configuration's binary.
  if (
    /^(\S+\.exe|\.?\/?([\w.-]*[-_])?(build|builddir|out|bin|target|Debug|Release)([-_][\w.-]+)?[\\/]\S*|msbuild|MSBuild)(\s|$)|\s&$/.test(c)
  )
    return undefined;
  // `node common/scripts/install-run-rush.js retest`: Rush's committed launcher runs a Rush command.
  const rush = levelOfRushLine(c);
  if (rush !== 'none') return rush;
  // CI's own helper scripts (ci/test-complete, .github/scripts/x) and tests of them are plumbing, not the
  // project's gates; see levelOfCiHelperScript for the exceptions.
  const helper = levelOfCiHelperScript(c, body, levelOfBodyRuns);
  if (helper !== 'none') return helper;
  if (testsCiHelpersOnly(c)) return undefined;
  // A build configured to run clang-tidy on every file it compiles is a lint run.
  if (/^cmake\s.*-DCMAKE_(C|CXX)_CLANG_TIDY=\S/.test(c)) return 1;
  // `cmake --build build --target ci_clang_tidy`: a project's own CMake target is what its name says.
  const target = /^cmake\s+--build\s.*--target[\s=]([\w.-]+)(\s|$)/.exec(c)?.[1];
  if (target !== undefined) return levelOfScriptName(target) ?? levelOfToolLine(target.replace(/_/g, '-'));
  // A tox / nox environment named for a tool (`tox -e black`) is judged by what it runs, not as that tool.
  const inv = scriptInvocation(c);
  const tool = inv && (inv.runner === 'tox' || inv.runner === 'nox') && inv.name ? c.replace(inv.name, '') : c;
  if (
    SCRIPT_FILE_LINTER.test(c) ||
    isHygieneCommand(tool) ||
    isFixerLine(tool) ||
    isWatcherLine(tool) ||
    isBuildCommand(c) ||
    isBenchmarkOnly(c) ||
    isCoverageReportLine(c)
  )
    return undefined;
  // `ruby -Ilib exe/rake`: a gem's CI running its own executable from source is that executable.
  const own = /^ruby\s+(?:-I\S+\s+)+(?:exe|bin)\/([\w-]+)(\s.*)?$/.exec(c);
  if (own) return levelOfCiCommand(`${own[1]}${own[2] ?? ''}`, body);
  // `pytest typesafety --mypy-ini-file=setup.cfg`: type cases run through mypy are a type check.
  if (isPytestTypeTestRun(c)) return 1;
  const jvm = levelOfJvm(c);
  if (jvm !== 'none') return jvm;
  const nx = levelOfNxLine(c, levelOfToolLine);
  if (nx !== 'none') return nx;
  const invoked = levelOfInvocation(c, body);
  if (invoked !== 'none') return invoked;
  const task = levelOfCargoTask(c);
  if (task !== 'none') return task;
  const cargo = levelOfCargoLine(c, levelOfToolLine);
  if (cargo !== 'none') return cargo;
  return levelOfTaskLine(c) ?? levelOfToolLine(c);
}

/**
 * Task runners whose tasks live in code inference does not read (a Thorfile, a magefile, tasks.py,
 * build.xml, build.sbt, mix.exs): `thor spec`, `mage test`, `invoke lint`. The task's name is all
 * there is to go by, the way a script's name is.
 */
const OPAQUE_TASK_RUNNER = /^(thor|mage|invoke|inv|ant|sbt|lein|mix)\s+([\w:.-]+)$/;

function levelOfTaskLine(c: string): GateLevel | undefined {
  const task = OPAQUE_TASK_RUNNER.exec(c)?.[2];
  return task === undefined ? undefined : levelOfScriptName(task);
}

/**
 * An autoconf-style switch (`./configure --disable-timeout-tests`, `--enable-tests`, `--without-tests`)
 * chooses what a build includes: the word `tests` in it runs no test.
 */
const CONFIGURE_SWITCH = /(^|\s)--(enable|disable|with|without)-[\w-]+/g;

/**
 * The level of a line by the gate tool it names (integration suites 3, linters and type checkers 1, test runners 2).
 * Astral's `ty check` and Meta's `pyrefly check` are type checkers, as mypy and pyright are; clang's
 * `scan-build --status-bugs` wraps a build to run the static analyser over it and fails on its reports (a
 * check, as cppcheck is); without that option scan-build exits as the build does, whatever it finds.
 */
function levelOfToolLine(c: string): GateLevel | undefined {
  if (isAcceptanceRunner(c)) return 3;
  if (isJsLinterLine(c) || isPythonDocCheckerLine(c) || isSvelteCheckLine(c)) return 1;
  const toolchainGate = levelOfToolchainGate(c) ?? levelOfSbtLine(c);
  if (toolchainGate !== undefined) return toolchainGate;
  if (
    /(integration|e2e|end-to-end|acceptance|playwright test|cypress run|-tags[ =]\S*integration|--test '\*'|test:system|spec\/(system|features))/.test(
      withoutExcludedSelections(withoutExcludedPaths(withoutDeselections(c))),
    )
  )
    return 3;
  if (runsSuiteKindFolder(c, levelOfToolLine)) return 3;
  // A test folder named for end-to-end kinds of test (`pytest tests/functional/api`), as pytest-selection reads them.
  if (/(^|\s|\/)tests?\/(functional|system)(_tests?)?(\/|\s|$)/.test(c) && levelOfToolLine(c.replace(/\/(functional|system)/g, '/')) === 2)
    return 3;
  if (isTestRunnerLine(c)) return 2;
  if (isSmokeProgramRun(c)) return undefined;
  // A test program run by its path (`./test_proxy`, `./build/unit_tests`): `_` joins words, so `\btest\b` misses it.
  if (/(^|\s)\.\/(?:[\w.-]+\/)*(test[_-][\w-]+|[\w-]+[_-]tests?)(\.exe)?(\s|$)/.test(c)) return 2;
  if (
    /(\blint\b|eslint|prettier\s(.*\s)?(--check|-c|--list-different|-l)(\s|$)|format:check|fmt:check|\bfmt --check|fmt -- --check|\btsc\b|\btsgo\b|typecheck|type-check|ruff|mypy|flake8|black --check|isort --check|pyright|pylint|(^|\s)(ty|pyrefly) check\b|clippy|cargo fmt|rustfmt\b.*--check|go vet|gofmt|golangci-lint|staticcheck|golint|revive|oxfmt|oxlint|biome (ci|check|lint)|dprint check|rubocop|standardrb|steep check|srb tc|checkstyle|spotless(Check|:check)|ktlint|detekt|deno (lint|fmt|check)|hatch fmt --check|clang-format\s(.*\s)?(--dry-run|-n|--Werror)\b|(run-)?clang-tidy\b|cppcheck|cpplint|\bscan-build\s(.*\s)?--status-bugs\b|\btrunk check\b|\bbandit\b|\bbrakeman\b)/.test(
      c,
    )
  )
    return 1;
  // `test(…)` is a call in an expression (`./jq -n '"" | test("")'`, `bazel query "tests(//…)"`), not a test
  // runner; a command in quotes (`nix-shell --run "make test"`) still is one.
  // `python -m unittest`, `coverage run -m unittest`: the standard library's test runner.
  if (isGoTestRunnerLine(c)) return 2;
  // `sqlx db setup --source=tests/mysql/migrations`: a folder given as an option's value is data, not the program;
  // so is a build definition's value (`meson setup b -Dwith-system-libdir=/nonexistent-cmake-test-marker`),
  // and the folder a runner works in (`make -C tests all` builds the test programs, runs none); a
  // camelCase target names its test as well as a dashed one (`make -C tests platformTest`).
  if (
    /(\btests?\b(?!\()|(?<=(?:^|\s)[A-Za-z]\w*[a-z])Tests?\b|pytest|\bunittest\b|jest|vitest|mocha|rspec|ctest|cargo nextest)/.test(
      c
        .replace(/(^|\s)(--[\w-]+|-D[\w.-]+)=\S+/g, '$1')
        .replace(/(^|\s)(-C|--directory|--cwd|--dir|--prefix)\s+\S+/g, '$1')
        .replace(CONFIGURE_SWITCH, '$1'),
    )
  )
    return 2;
  // Coverage drivers run the test suite (`cargo llvm-cov --workspace`), their report commands do not.
  if (/^cargo\s+(llvm-cov|tarpaulin)(?!\s+(report|clean|show-env)\b)/.test(c)) return 2;
  return undefined;
}

/**
 * A one-line program handed to the interpreter (`python -c 'import sys, test.utils as c; print(…)'`,
 * `node -e "…"`, `ruby -e`): CI's way of printing a matrix or a setting, whatever modules it names;
 * only one that starts a test runner (`pytest.main`, `unittest.main`) runs a suite.
 */
function isInlineProgram(c: string): boolean {
  return /^(python3?|pypy3?|node|ruby)(\s+-[A-Za-z]+)*\s+-[ce]\s/.test(c) && !/\b(pytest|unittest)\.main\b/.test(c);
}
