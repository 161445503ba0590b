import { isCodeGateOfDocsWorkflow, keepsOnlyCodeGates } from './docs-workflow-gates.js';
import { posix } from 'node:path';
import { inFolderOption } from './folder-option.js';
import { inNamedWorkspace } from './named-workspace.js';
import { withoutRunnerShards } from './runner-shard.js';
import { selectsIntegrationProjects } from './runner-project-selection.js';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import { levelOfCiCommand } from './ci-level.js';
import { cargoAliases, expandCargoAlias } from './cargo-alias.js';
import { cargoActionRun } from './cargo-action.js';
import { throughShellWrappers } from './shell-function-wrapper.js';
import { withoutLocalToolDir } from './local-tool-path.js';
import { jobSkipsPullRequests } from './job-event-filter.js';
import { jobRunsOnlyForBots } from './bot-only-job.js';
import { levelByCheckStepName } from './check-step-name.js';
import { isGenericTestScript, levelByTestStepName, levelOfBuildDriverByStepName } from './named-test-step.js';
import { isPerFileClangFormatCheck } from './clang-format-loop.js';
import { mesonActionRun } from './meson-action.js';
import { gradleActionRun } from './gradle-action.js';
import { hereDocumentFiles, writtenSourceOf } from './job-written-program.js';
import { ctestCrateRun } from './ctest-crate.js';
import { wrappedCommand } from './wrapped-command.js';
import { cmakeTestRun } from './cmake-test-binary.js';
import { makeProgramRun } from './make-test-program.js';
import { withoutRunVariants } from './ci-run-variants.js';
import { checksDeployedSystem, startsCluster } from './cluster-job.js';
import { compositeActionScripts } from './composite-action.js';
import { failsNothing } from './continue-on-error.js';
import { fetchesTestCorpus } from './test-corpus-job.js';
import { writesToRepository } from './writer-job.js';
import { rootScripts, scriptsNamedByInputs } from './remote-script-inputs.js';
import { levelOfScript } from './detector.js';
import { isDiffCheck, markWritersCheckedLater, writerCheckedByDiff } from './diff-check.js';
import { throughGoTool } from './go-tool.js';
import { throughGoRun } from './go-run-program.js';
import { withoutComputedEnv } from './computed-env-prefix.js';
import { withoutTimer } from './timed-command.js';
import { workflowWhen } from './ci-triggers.js';
import { lineOf } from './evidence.js';
import { externalSuiteLevel, externalSuiteOfOwn } from './external-suite-job.js';
import { scriptInvocation } from './invocation.js';
import { splitMonorepoTasks } from './monorepo-tasks.js';
import { checksSiteSources } from './website-check-job.js';
import { checksPackedPackage, packedFolder } from './packed-consumer.js';
import { calledWorkflowTexts, localWorkflowPath } from './reusable-workflow.js';
import { matrixVariableOfEnv, withoutEmptyValues } from './env-matrix.js';
import { withToxEnv } from './toxenv-variable.js';
import { installedProgramTestLevel } from './installed-program-run.js';
import { runsConsumerTest } from './workspace-consumer-test.js';
import { runsTestUnderOtherRuntime } from './other-runtime-test.js';
import { toxEnvBody } from './tox.js';
import { objectMatrixValues } from './matrix-objects.js';
import { commandFromMatrix } from './matrix-command.js';
import { rakeDefaultChecks } from './rake-default.js';
import { withoutMatrixInterpreter } from './interpreter-choice.js';
import { gatekeeperJobs } from './gatekeeper-jobs.js';
import { envVersionShape } from './env-version-shape.js';
import { isWindowsSpelling, windowsOnlyJobNames } from './windows-only-job.js';
import { withoutWindowsWorkflowSpellings } from './windows-only-workflow.js';
import { remoteRunnerCommands } from './remote-runner-workflow.js';
import type { ProjectDir } from './project-dir.js';
import { runsInPowerShell, withoutPowerShellSyntax } from './powershell-step.js';
import { isMatrixRowVariant } from './matrix-variant-step.js';
import { isOtherOsVariant } from './os-variant-step.js';
import { matrixOfGuardedStep } from './matrix-step-rows.js';
import { presetClangTidyRun } from './cmake-preset-tidy.js';
import { withoutCiPlatformSettings } from './ci-platform-settings.js';
import { registersCtest } from './cmake.js';
import { gateOfShellLine } from './shell-shapes.js';
import { quoteOpenAfter } from './open-quote.js';
import { maskSubstitutions, withLiteralSubstitutions } from './command-substitution.js';
import { readsEventValue, withEnvLiterals } from './env-literal.js';
import { toolArgsActionRun } from './tool-args-action.js';
import { setupDuneRun } from './dune-action.js';
import { splitPrerequisiteTargets } from './make-prerequisites.js';
import { splitTaskfileUmbrella } from './taskfile-umbrella.js';
import { splitSbtTasks } from './sbt-tasks.js';
import { splitScriptChain } from './script-chain.js';
import { splitPoeSequence } from './poe-sequence.js';
import { isLintStage, runsOnMergeRequests, withProjectDir } from './gitlab-jobs.js';
import { circleciScripts } from './circleci-steps.js';
import { azurePipelineFiles, azureScripts } from './azure-pipelines-steps.js';
import type { CiScript } from './ci-script.js';
import { listedSelections, withListedSelection } from './listed-matrix.js';
import { withPlainInterpreter } from './interpreter-path.js';
import { withoutPytestShards } from './pytest-type-tests.js';
import { withoutServiceGoals } from './service-goals.js';
import { selectsSuiteByMatrix } from './matrix-suite-selection.js';
import { withoutClosing } from './closing-separator.js';
import { matrixNamesJvmTasks } from './jvm-matrix-tasks.js';
import type { Candidate, Evidence, GateLevel } from './types.js';
import { withoutShellComment, yamlWithinLimits, asRecord } from '@ce/core';

export { levelOfCiCommand } from './ci-level.js';

export interface CiCandidate extends Candidate {
  /** Folder the step runs in, relative to the repository root. */
  cwd: string;
  evidence: Evidence;
  /** Run in a job of an outside test suite through the repository's own recipes (`external-suite-job.ts`). */
  externalSuite?: boolean;
}

/** A CI line before classification: its text, folder and where it is. */
interface CiStep {
  command: string;
  cwd: string;
  line: number;
  /** The workflow file the step is written in, when not the one being read (a called reusable workflow). */
  file?: string;
  /** The step's `name:` says it runs integration (end-to-end, acceptance) tests. */
  integration?: boolean;
  /** The job's next step fails when this one changed a file (`git diff --exit-code`). */
  checkedByDiff?: boolean;
  /** An earlier step of the job started a local Kubernetes cluster: this step runs against it. */
  againstCluster?: boolean;
  /** The step is in a job that runs an outside test suite through the repository's own recipes. */
  externalSuite?: boolean;
  /** The step is in a GitLab job of a stage named for linting (`stage: lint`, gitlab-jobs.ts). */
  lintStage?: boolean;
  /** A lint run whatever its words say (a CMake preset that builds with clang-tidy, `cmake-preset-tidy.ts`). */
  lint?: boolean;
  /** The step's `name:`, and whether an earlier step of its job downloaded another job's artifacts. */
  stepName?: string;
  onBuiltArtifacts?: boolean;
  /** An earlier step of the job packed the package and this one runs in another folder (`packed-consumer.ts`). */
  onPackedPackage?: boolean;
  /** The step runs a program built from this file, which the job wrote from a here-document (`job-written-program.ts`). */
  writtenSource?: string;
}

/**
 * Jobs that test other projects against this one, the package's installation with other package
 * managers (`package-manager-ci.yml`), or do not validate it at all.
 */
const FOREIGN_JOB =
  /(external|downstream|ecosystem|third[-_ ]?party|dependents|plugins?-compat|package[-_ ]?managers?|bench|perf\b|fuzz|^docs?\b|release|publish|deploy|pages|website)/i;
/** A step's name that says it runs integration tests (`- name: Integration test`). */
const INTEGRATION_STEP = /\b(integration|e2e|end[- ]to[- ]end|acceptance)\b/i;
/** Words of FOREIGN_JOB that say when a workflow ships, not what it checks. */
const RELEASE_WORDS = /release|publish|deploy/gi;

function nameOf(command: string): string {
  const words = command
    .replace(
      /^(npx|pnpm (run|exec)|yarn|bun( run)?|npm run|uv run|poetry run|pdm run|pipenv run|bundle exec|python3? -m|\.\/gradlew|\.\/mvnw)\s+/,
      '',
    )
    .split(/\s+/);
  const two = ['go', 'cargo', 'deno', 'make', 'just', 'tox', 'nox', 'task', 'hatch'].includes(words[0] ?? '');
  return words.slice(0, two ? 2 : 1).join(' ');
}

/**
 * A job of a pull-request workflow named for checking as well as shipping ("Build and publish",
 * `test-and-release`, `release-smoke`: a smoke test of the release image) checks every pull request; its publishing steps are guarded or levelled away
 * (`publish`, `deploy` are no gates). A job named only for shipping stays out.
 */
function checksBeforeShipping(names: string[], when: string): boolean {
  return (
    when === 'pull-request' &&
    names.some((n) => /\b(build|test|tests|check|verify|ci|smoke)\b/i.test(n) && !FOREIGN_JOB.test(n.replace(RELEASE_WORDS, '')))
  );
}

/** The cwd of a command run outside the checkout (`cd ..`, `cd $BUILD`, `${{ runner.workspace }}`). */
const OUTSIDE = '\0outside';

/** Stand-ins (private-use characters) for `&&` and `;` inside `${{ … }}` while a line is split. */
const AND_MARK = '\uE000';
const SEMI_MARK = '\uE001';
const OR_MARK = '\uE002';

/** Splits a `run:` script into commands: continuation lines joined, comments dropped, `cd x && y` read as cwd x. */
export function splitRunScript(script: string, baseCwd: string, firstLine = 0): CiStep[] {
  const out: CiStep[] = [];
  let cwd = baseCwd;
  const enter = (target: string): void => {
    // `cd exp/simd/` is the folder `exp/simd`.
    const next = posix.normalize(posix.join(cwd, target)).replace(/(.)\/+$/, '$1');
    if (!target.includes('$') && !next.startsWith('..')) cwd = next;
    else cwd = OUTSIDE;
  };
  // `RUNNER=cargo` then `$RUNNER test`: the command is the tool the script names first (a later
  // `[ -n "$CROSS" ] && RUNNER=cross` only swaps it for another target's runner).
  const vars = new Map<string, string>();
  const named = (part: string): string => part.replace(/^\$\{?([A-Za-z_]\w*)\}?(?=\s|$)/, (m, name: string) => vars.get(name) ?? m);
  const rawLines = script.split(/\r?\n/);
  // `cat > debian/copyright <<EOF` … `EOF`: a here-document is text, not commands.
  let heredoc: string | undefined;
  // `args=(` … `)`: the elements of a bash array (`--no-tests=error`) are words, not commands.
  let array = false;
  const pushed: string[] = [];
  for (let i = 0; i < rawLines.length; i++) {
    let line = (rawLines[i] as string).trim();
    if (heredoc !== undefined) {
      if (line === heredoc) heredoc = undefined;
      continue;
    }
    if (array || isArrayAssignment(line)) {
      array = !/^\)/.test(line) && !(isArrayAssignment(line) && /\)\s*(#.*)?$/.test(line));
      continue;
    }
    heredoc = /<<-?\s*['"]?(\w+)['"]?/.exec(line)?.[1];
    // `( cd x && y )` is a subshell: its `cd` does not outlive the line.
    const subshell = /^\(.*\)$/.test(line);
    const outer = cwd;
    if (subshell) line = line.slice(1, -1).trim();
    const at = firstLine + i;
    // `\` ends a continued line in sh, `` ` `` after a blank in PowerShell (whose `` `-- `` is an escaped dash).
    while ((line.endsWith('\\') || /\s`$/.test(line)) && i + 1 < rawLines.length)
      line = `${line.slice(0, -1).trim()} ${(rawLines[++i] as string).trim()}`.replace(/(^|\s)`(?=-)/g, '$1');
    // A quote left open goes on to the line that closes it: one word of this command.
    for (let open = quoteOpenAfter(line); open !== undefined && i + 1 < rawLines.length;) {
      const next = ` ${(rawLines[++i] as string).trim()}`;
      line += next;
      open = quoteOpenAfter(next, open);
    }
    line = withoutShellComment(line);
    if (!line || line.startsWith('#')) continue;
    // `case "$T" in` … `linux-unit-1)` … `;;` … `esac`: an arm's pattern is not a command, its body is.
    line = withoutClosing(line.replace(/^(?:[\w.*?|"'-]+\)\s*)/, ''), ';;');
    if (!line || /^(;;|esac|case\s.*\sin)$/.test(line)) continue;
    // `cd x && y`, `mkdir b && cd b && make test`: a `cd` anywhere in the chain moves what follows.
    // `&&` and `;` inside `${{ … }}` belong to the expression, not to the shell; inside quotes
    // (`echo "no changes; skipping tests"`) they are text. So are those of a command substitution
    // (`echo v=$(python -c "import sys; print(…)")`): one word of the line.
    const mark = (e: string): string => e.replaceAll('&&', AND_MARK).replaceAll(';', SEMI_MARK).replaceAll('||', OR_MARK);
    const masked = maskSubstitutions(line.replace(/\$\{\{[\s\S]*?\}\}|'[^']*'|"(?:[^"\\]|\\.)*"/g, mark), mark);
    // Each separator is looked for from the start of its blanks only (`(?<!\s)`): from every blank of a
    // long run, as before, the split took quadratic time.
    for (const raw of masked.split(/(?<!\s)\s+&&\s+|(?<!\s)\s*;\s+/)) {
      // `bundle exec rake || status=$?`: what follows `||` only handles the failure of what runs.
      const [run = '', fallback] = raw.split(/(?<!\s)\s+\|\|\s+/);
      // `npm run test:coverage || true` can never fail: no gate at all.
      if (fallback !== undefined && /^(true|:|exit 0)$/.test(fallback.trim())) continue;
      // `mage -v check;`: a line's closing `;` ends the command, it is not part of it.
      const joined = run.replaceAll(AND_MARK, '&&').replaceAll(SEMI_MARK, ';').replaceAll(OR_MARK, '||').trim();
      const part = withoutClosing(joined, ';');
      // `cd ${{ matrix.crate }}` names its folder through an expression: still a `cd`.
      const cd = /^(?:cd|pushd)\s+((?:\$\{\{[^}]*\}\}|[^\s&;|])+)$/.exec(part);
      const assignment = /^([A-Za-z_]\w*)=([\w./:@+-]+)$/.exec(part);
      if (assignment && !vars.has(assignment[1] as string)) vars.set(assignment[1] as string, assignment[2] as string);
      const gate = gateOfShellLine(named(part));
      // `pattern='^(feat|fix|test)…'` only sets a variable: no command runs.
      // `options+=' -DX=ON' # why` appends to a variable: no command runs either.
      const onlyAssigns = gate === part && /^[A-Za-z_]\w*\+?=('[^']*'|"[^"]*"|\S*)(\s+#.*)?$/.test(part);
      // `pushd x` … `popd`: bash's folder stack, a `cd` undone by the `popd`.
      if (cd && part.startsWith('pushd')) pushed.push(cwd);
      if (cd) enter(cd[1] as string);
      else if (/^popd(\s|$)/.test(part)) cwd = pushed.pop() ?? cwd;
      else if (part && !onlyAssigns) out.push({ command: gate, cwd, line: at, ...inFolderOption(gate, cwd) });
    }
    if (subshell) cwd = outer;
  }
  return markWritersCheckedLater(throughShellWrappers(out));
}

/** `cmake_args=(`, `args+=(-x)`: a bash array assignment opens. */
function isArrayAssignment(line: string): boolean {
  return /^[A-Za-z_]\w*\+?=\(/.test(line);
}

/** How a person checks C/C++ formatting locally: clang-format on the tracked sources, failing on any change. */
const CLANG_FORMAT_CHECK = "clang-format --dry-run --Werror $(git ls-files '*.c' '*.cc' '*.cpp' '*.h' '*.hpp')";

/** clang-tidy run by the build, as CMake does when CMAKE_CXX_CLANG_TIDY is set. */
const CMAKE_CLANG_TIDY = 'cmake -S . -B build -DCMAKE_CXX_CLANG_TIDY=clang-tidy && cmake --build build';

/** Actions that run one tool as their inputs say (meson's `action:`, StyLua's `args:`, setup-dune's `steps:`). */
function oneToolActionRun(uses: string, inputs: Record<string, unknown> | undefined): string | undefined {
  return mesonActionRun(uses, inputs) ?? toolArgsActionRun(uses, inputs) ?? setupDuneRun(uses, inputs);
}

/** GitHub actions that run a gate, and the command they stand for. */
const ACTIONS: [string, string][] = [
  ['golangci/golangci-lint-action', 'golangci-lint run'],
  ['astral-sh/ruff-action', 'ruff check .'],
  ['chartboost/ruff-action', 'ruff check .'],
  ['psf/black', 'black --check .'],
  ['pre-commit/action', 'pre-commit run --all-files'],
  ['j178/prek-action', 'prek run --all-files'],
  ['dominikh/staticcheck-action', 'staticcheck ./...'],
  // Lua's luacheck action runs luacheck over the repository with its .luacheckrc.
  ['lunarmodules/luacheck', 'luacheck .'],
  // Crystal's ameba action runs the ameba linter over the project with its .ameba.yml.
  ['crystal-ameba/github-action', 'ameba'],
  // dprint's own action runs `dprint check` over the repository with its dprint.json.
  ['dprint/check', 'dprint check'],
  // Trunk Code Quality runs the linters `.trunk/trunk.yaml` enables.
  ['trunk-io/trunk-action', 'trunk check'],
  // clang-format checkers: the sources must already be formatted as .clang-format says.
  ['DoozyX/clang-format-lint-action', CLANG_FORMAT_CHECK],
  ['jidicula/clang-format-action', CLANG_FORMAT_CHECK],
  ['RafikFarhad/clang-format-github-action', CLANG_FORMAT_CHECK],
];

/** `${{ env.X }}` from the workflow's or job's literal `env:`; other expressions in arguments dropped. */
function substitute(command: string, env: Record<string, unknown>): string | undefined {
  const replaced = withoutCiPlatformSettings(command, env)
    .replace(/\$\{\{\s*env\.(\w+)\s*\}\}/g, (m, name: string) =>
      typeof env[name] === 'string' && !(env[name] as string).includes('${{') ? (env[name] as string) : m,
    )
    // The checkout is the repository root: `${{ github.workspace }}/test/cmake` is `./test/cmake`.
    .replace(/["']?\$\{\{\s*github\.workspace\s*\}\}(\/[^\s"']*)?["']?/g, (_m, rest?: string) => (rest ? `.${rest}` : '.'))
    // `ROBUSTNESS_FLAGS="--count ${{ inputs.count }}" make x`: a setting made of CI's values is CI's own.
    .replace(/^\s*(?:[A-Za-z_]\w*=(?:"[^"]*\$\{\{[^"]*"|'[^']*\$\{\{[^']*'|[^\s"']*\$\{\{[^}]*\}\}\S*)\s+)+/, '');
  const first = replaced.trim().split(/\s+/)[0] ?? '';
  if (first.includes('${{')) return undefined;
  // `make test CC=${{ matrix.cc }}`: a make variable whose value CI fills in is CI's, like a setting
  // before the command.
  const made = /^g?make(\s|$)/.test(first) ? replaced.replace(/\s[A-Za-z_]\w*=["']?\$\{\{[\s\S]*?\}\}\S*/g, '') : replaced;
  // `./gradlew -Pversion=${{ steps.v.outputs.version }} check`: an option whose whole value is CI's is CI's
  // (left as `-Pversion=` it would set the value to nothing).
  // So is a one-letter option with CI's value glued on (`zig test x.zig -O${{ matrix.optimize }}`): left as
  // `-O` it would take the next word, or nothing, as its value.
  const settled = made
    .replace(/\s-{1,2}[A-Za-z][\w.-]*=["']?\$\{\{[^}]*\}\}["']?(?=\s|$)/g, '')
    .replace(/\s-[A-Za-z]["']?\$\{\{[^}]*\}\}["']?(?=\s|$)/g, '');
  // `make community/${{ matrix.module }}/tests` over modules CI computes at run time: the expression is
  // a folder of the path, and the path without it names no target CI runs.
  if (/\/\$\{\{[^}]*\}\}\//.test(settled)) return undefined;
  // `${{ startsWith(x, 'pypy') && x || format('python{0}', x) }}` holds braces of its own.
  return settled
    .replace(/\$\{\{[\s\S]*?\}\}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A job's `strategy.matrix` lists of plain values (`py: ["3.12", "3.13"]`, `tox_env: [type, docs]`), by key. */
function matrixValues(job: Record<string, unknown>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const matrix = asRecord(asRecord(job['strategy'])?.['matrix']);
  for (const [key, value] of Object.entries(matrix ?? {})) {
    if (!Array.isArray(value) || key === 'include' || key === 'exclude') continue;
    const plain = value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
    if (plain.length === value.length && plain.length > 0) out.set(key, plain);
  }
  // `include: [{ tox: py39 }, { tox: docs }]` gives values too: each entry is one more job. A key the
  // matrix computes at run time (`noxenv: ${{ fromJson(…) }}`) stays unknown: its includes are a few more.
  const include = matrix?.['include'];
  const computed = new Set(
    Object.entries(matrix ?? {})
      .filter(([, v]) => typeof v === 'string')
      .map(([k]) => k),
  );
  for (const entry of Array.isArray(include) ? include : []) {
    for (const [key, value] of Object.entries(asRecord(entry) ?? {})) {
      if ((typeof value !== 'string' && typeof value !== 'number') || computed.has(key)) continue;
      const list = out.get(key) ?? [];
      if (!list.includes(String(value))) out.set(key, [...list, String(value)]);
    }
  }
  for (const [key, values] of objectMatrixValues(matrix ?? {})) if (!out.has(key)) out.set(key, values);
  return out;
}

/**
 * A command once per value of the matrix variable it names (`tox r -e ${{ matrix.tox_env }}` is
 * `tox r -e type`, `tox r -e docs`, …): the environment or session is the gate, so it must be seen.
 * Values that only differ by a version (`3.12`, `3.13`) stand for one gate: the first is kept.
 */
export function expandMatrix(command: string, matrix: Map<string, string[]>): string[] {
  const m = /\$\{\{\s*matrix\.([\w.-]+)\s*(?:\|\|\s*(?:'([^'$]*)'|matrix\.([\w.-]+))\s*)?\}\}/.exec(command);
  // `make platformTest CC=${{ matrix.cc }}`: a setting of the run (a compiler, a flag), not the gate's name.
  const setting = m !== null && /[A-Za-z_]\w*=["']?$/.test(command.slice(0, m.index));
  const values = m && !setting ? withDefault(matrix.get(m[1] as string), m[3] === undefined ? m[2] : matrix.get(m[3])) : undefined;
  // `nox -s "${{ matrix.noxenv }}"` over sessions listed at run time (`fromJson(needs.list…)`): every
  // session may run, which is what a bare `nox` says.
  if (m && !values && /(^|\s)nox\s/.test(command))
    return [command.replace(/\s(-s|--session|--sessions|-e)\s+["']?\$\{\{\s*matrix\.[\w.-]+\s*\}\}["']?/, '')];
  // (`pixi run -e ${{ matrix.environment }} test`: pixi's environment is chosen as tox's is.)
  // Only a runner's environment, session or target names a gate; `cargo --target ${{ matrix.target }}`
  // (a platform) does not, a CMake build's `--target` (a target of the project) does.
  if (
    !m ||
    !values ||
    !(
      /(^|\s)(tox|nox|hatch|make|just|task|poe)(\s|$)|(^|\s)pixi\s+run\s|(^|\s)(npm|pnpm|yarn|bun|deno) (run|task)\s|(^|\s)(pnpm|yarn|bun) [\w:.-]*\$\{\{|^cmake\s+--build\s.*--target\s/.test(
        command,
      ) ||
      selectsSuiteByMatrix(command) ||
      namesScriptFileByMatrix(command) ||
      commandFromMatrix(command, m.index) ||
      matrixNamesJvmTasks(command, values)
    )
  )
    return [command];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    // `py310,smoke` and `py311,smoke`: each listed environment is shaped, so the pair is one gate too.
    const shape = envVersionShape(value);
    if (seen.has(shape)) continue;
    seen.add(shape);
    out.push(...expandMatrix(command.slice(0, m.index) + value + command.slice(m.index + m[0].length), matrix));
  }
  return out;
}

/**
 * `${{ matrix.command || 'test:only' }}`: the rows that set the key give its values, the others the
 * default after `||`. The default may be another key (`${{ matrix.tox-env || matrix.python-version }}`,
 * the rows without a `tox-env` run the Python version's environment): its values then.
 */
function withDefault(values: string[] | undefined, fallback: string | string[] | undefined): string[] | undefined {
  const others = (typeof fallback === 'string' ? [fallback] : (fallback ?? [])).filter((v) => v !== '');
  if (others.length === 0) return values;
  return [...(values ?? []).filter((v) => !others.includes(v)), ...others];
}

/** A command expanded over the matrix, through a variable of the step's environment that takes a matrix value. */
function expandStep(written: string, env: Record<string, unknown>, matrix: Map<string, string[]>): string[] {
  const command = withoutMatrixInterpreter(written);
  const viaEnv = matrixVariableOfEnv(command, env);
  if (!viaEnv) return expandMatrix(command, matrix);
  const expanded = expandMatrix(viaEnv.command, withoutEmptyValues(matrix, viaEnv.key));
  // Not a runner's environment or session (or no listed values): the command stays as written.
  return expanded.length === 1 && expanded[0] === viaEnv.command ? expandMatrix(command, matrix) : expanded;
}

/**
 * `bash script/${{ matrix.script_file }}`: the matrix names which of the project's script files a row
 * runs (`test`, `fmt`, `default-site`), so each value is a gate of its own, as a tox environment is.
 */
function namesScriptFileByMatrix(command: string): boolean {
  return /(^|\s)(?:(?:bash|sh|zsh)\s+)?(?:\.\/)?[\w.-]+\/(?:[\w.-]+\/)*\$\{\{\s*matrix\./.test(command);
}

/** `${{ matrix.crate }}` where the matrix lists one value for it (`crate: [tracing]`): that value is a constant. */
function constantMatrix(script: string, matrix: Map<string, string[]>): string {
  return script.replace(/\$\{\{\s*matrix\.([\w.-]+)\s*\}\}/g, (m, key: string) => {
    const values = matrix.get(key);
    return values && values.length === 1 ? (values[0] as string) : m;
  });
}

/**
 * Folders a job checks out other code into (another repository, or this one at another ref), and
 * the folder it checks this repository out into when that is not the workspace (a GOPATH layout:
 * `path: ${{ env.GOPATH }}/src/github.com/${{ github.repository }}`) and the job works in, as written.
 */
function checkoutPaths(steps: unknown[], jobCwd: string): { paths: string[]; rootIsForeign: boolean; relocated?: string } {
  const paths: string[] = [];
  let ownAtRoot = false;
  let foreignAtRoot = false;
  let relocated: string | undefined;
  for (const step of steps) {
    const s = asRecord(step);
    if (typeof s?.['uses'] !== 'string' || !/^actions\/checkout@/.test(s['uses'])) continue;
    const w = asRecord(s['with']) ?? {};
    const path = typeof w['path'] === 'string' ? posix.normalize((w['path'] as string).replace(/^\.\//, '')) : undefined;
    const foreign = typeof w['repository'] === 'string' && !/github\.repository\b/.test(w['repository'] as string);
    const raw = typeof w['path'] === 'string' ? (w['path'] as string).replace(/^\.\//, '').replace(/\/$/, '') : '';
    if (path !== undefined && path !== '.' && !foreign && w['ref'] === undefined && !relocated && fromCheckout(jobCwd, raw) !== jobCwd)
      relocated = raw;
    else if (path !== undefined && path !== '.') paths.push(path);
    else if (foreign) foreignAtRoot = true;
    else ownAtRoot = true;
  }
  return { paths, rootIsForeign: foreignAtRoot || (!ownAtRoot && !relocated && paths.length > 0), relocated };
}

/** A working directory inside the folder this repository was checked out into, read from the repository root. */
function fromCheckout(cwd: string, relocated: string | undefined): string {
  if (!relocated) return cwd;
  const c = cwd.replace(/^\.\//, '').replace(/\/$/, '');
  if (c === relocated) return '.';
  return c.startsWith(`${relocated}/`) ? c.slice(relocated.length + 1) : cwd;
}

/** The line of a step's first command (the line after `run: |` for a block). */
function stepLine(counter: LineCounter, node: Node | undefined): number {
  const offset = node?.range?.[0];
  if (offset === undefined) return 0;
  const block = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
  return counter.linePos(offset).line + (block ? 1 : 0);
}

/** A job's steps with each `- parallel:` group's steps in its place (they run too, side by side). */
function flatSteps(list: unknown[]): unknown[] {
  return list.flatMap((step) => {
    const group = asRecord(step)?.['parallel'];
    return Array.isArray(group) ? group : [step];
  });
}

/** The YAML node of each step's `run:` value, in order (`parallel:` groups spread), for line numbers. */
function runNodes(jobNode: unknown): (Node | undefined)[] {
  const steps = isMap(jobNode) ? jobNode.get('steps', true) : undefined;
  if (!isSeq(steps)) return [];
  return steps.items.flatMap((item) => {
    const group = isMap(item) ? item.get('parallel', true) : undefined;
    const items = isSeq(group) ? group.items : [item];
    return items.map((one) => (isMap(one) ? ((one.get('run', true) as Node | undefined) ?? (one as Node)) : undefined));
  });
}

/**
 * GitHub Actions: the `run:` steps of the jobs that validate this repository, with their folder and
 * line; a job calling a reusable workflow of the repository (read with `read`) runs its steps.
 */
export function githubWorkflowSteps(text: string, file = '', read?: (path: string) => string | undefined, depth = 0): CiStep[] {
  const counter = new LineCounter();
  let doc;
  try {
    // Deeper than any real workflow (a line led by thousands of blanks folds in quadratic time): passed over.
    if (!yamlWithinLimits(text)) return [];
    doc = parseDocument(text, { lineCounter: counter });
  } catch {
    return [];
  }
  const data = asRecord(doc.toJS());
  if (!data) return [];
  // A workflow that only runs on a timer, by hand or on a release checks nothing a contributor submits.
  const when = workflowWhen(data);
  if (when === 'never-on-change') return [];
  // `build-release.yml` run on pull requests gates them: its release jobs are told apart by name.
  const named = `${posix.basename(file)} ${String(data['name'] ?? '')}`;
  // `docs.yml` run on pull requests: only its code gates are kept (docs-workflow-gates.ts).
  const docsGates = when === 'pull-request' && keepsOnlyCodeGates(named, FOREIGN_JOB);
  if (FOREIGN_JOB.test(named) && !docsGates && !(when === 'pull-request' && !FOREIGN_JOB.test(named.replace(RELEASE_WORDS, '')))) return [];
  const wd = (node: unknown): string | undefined => {
    const v = asRecord(asRecord(asRecord(node)?.['defaults'])?.['run'])?.['working-directory'];
    return typeof v === 'string' ? v : undefined;
  };
  const jobsNode = doc.get('jobs', true);
  const out: CiStep[] = [];
  const windowsOnlyJobs = windowsOnlyJobNames(asRecord(data['jobs']) ?? {});
  for (const [jobName, job] of Object.entries(asRecord(data['jobs']) ?? {})) {
    const j = asRecord(job);
    const list = j?.['steps'];
    if (!j) continue;
    // `if: github.event_name == 'push' || …`: a job the project keeps off pull requests gates none.
    if (jobSkipsPullRequests(j)) continue;
    // `if: github.actor == 'renovate[bot]'`: upkeep of a bot's pull requests, never run on a contributor's.
    if (jobRunsOnlyForBots(j)) continue;
    const names = [jobName, String(j['name'] ?? '')];
    const externalSuite = externalSuiteOfOwn(names, list, FOREIGN_JOB);
    if (names.some((n) => FOREIGN_JOB.test(n)) && !externalSuite && !checksBeforeShipping(names, when) && !checksSiteSources(names))
      continue;
    const remote = remoteRunnerCommands(j);
    if (remote.length > 0) {
      const line = lineOf(text, String(j['uses']));
      const matrix = matrixValues(j);
      for (const command of remote) for (const expanded of expandMatrix(command, matrix)) out.push({ command: expanded, cwd: '.', line });
      continue;
    }
    const called = localWorkflowPath(j['uses']);
    const calledText = called && read && depth < 2 ? read(called) : undefined;
    if (called && calledText !== undefined) {
      for (const t of calledWorkflowTexts(calledText, j))
        out.push(...githubWorkflowSteps(t, called, read, depth + 1).map((step) => ({ file: called, ...step })));
      continue;
    }
    if (!Array.isArray(list)) continue;
    const jobCwd = wd(job) ?? wd(data) ?? '.';
    const checkouts = checkoutPaths(flatSteps(list), jobCwd);
    const corpus = fetchesTestCorpus(flatSteps(list));
    if (checkouts.rootIsForeign) continue;
    const env = { ...(asRecord(data['env']) ?? {}), ...(asRecord(j['env']) ?? {}) };
    const jobMatrix = matrixValues(j);
    const listed = listedSelections(asRecord(data['jobs']) ?? {}, j);
    const nodes = runNodes(isMap(jobsNode) ? jobsNode.get(jobName, true) : undefined);
    // Set once a step of the job downloaded another job's artifacts (named-test-step.ts).
    let downloaded = false;
    let packed: string | undefined;
    let previous: CiStep[] = [];
    let cluster = false;
    const jobSteps = flatSteps(list);
    const written = hereDocumentFiles(
      jobSteps.flatMap((st) => (typeof asRecord(st)?.['run'] === 'string' ? [asRecord(st)?.['run'] as string] : [])),
    );
    for (const [index, step] of jobSteps.entries()) {
      const s = asRecord(step);
      if (!s || isMatrixRowVariant(s, jobSteps) || isOtherOsVariant(s, jobSteps) || failsNothing(s, j)) continue;
      const matrix = matrixOfGuardedStep(s['if'], asRecord(j['strategy'])?.['matrix'], jobMatrix) ?? jobMatrix;
      const line = stepLine(counter, nodes[index]);
      const stepCwd = fromCheckout(
        typeof s['working-directory'] === 'string' ? (s['working-directory'] as string) : jobCwd,
        checkouts.relocated,
      );
      // A CMake configure that sets CMAKE_<LANG>_CLANG_TIDY makes the build a clang-tidy run over the
      // project's sources, from whatever build folder (often `${{ runner.workspace }}/build`) it runs in.
      // `-D NAME=value` (with a space) defines the same cache entry as `-DNAME=value`.
      if (typeof s['run'] === 'string' && /-D\s*CMAKE_(C|CXX)_CLANG_TIDY=/.test(s['run'] as string))
        out.push({ command: CMAKE_CLANG_TIDY, cwd: '.', line });
      const tidyPreset = typeof s['run'] === 'string' && read ? presetClangTidyRun(s['run'] as string, read) : undefined;
      if (tidyPreset !== undefined) out.push({ command: tidyPreset, cwd: '.', line, lint: true });
      // A folder named by an expression (`${{ runner.workspace }}/build`) or above the checkout
      // (`working-directory: ..`, where medusa's CI creates a scratch project) is outside it.
      const normalized = posix.normalize(stepCwd.replace(/^\.\//, '') || '.');
      const base = stepCwd.includes('${{') || normalized === '..' || normalized.startsWith('../') ? OUTSIDE : normalized;
      const steps: CiStep[] = [];
      if (typeof s['uses'] === 'string' && typeof s['run'] !== 'string') {
        const action = ACTIONS.find(([prefix]) => (s['uses'] as string).startsWith(prefix));
        const withCwd = asRecord(s['with'])?.['working-directory'];
        if (action) steps.push({ command: action[1], cwd: posix.normalize(typeof withCwd === 'string' ? withCwd : base), line });
        const cargo = cargoActionRun(s['uses'] as string, asRecord(s['with']));
        if (cargo) steps.push({ command: cargo.command, cwd: cargo.cwd ? posix.normalize(cargo.cwd) : base, line });
        // Actions that wrap a command (a problem matcher, a retry): their `run:` / `command:` input is run.
        const toolRun = oneToolActionRun(s['uses'] as string, asRecord(s['with']));
        if (toolRun) steps.push({ command: toolRun, cwd: base, line });
        const gradle = gradleActionRun(s['uses'] as string, asRecord(s['with']));
        if (gradle) steps.push({ command: gradle.command, cwd: gradle.cwd ? posix.normalize(gradle.cwd) : base, line });
        const wrapped = wrappedCommand(s['uses'] as string, asRecord(s['with']));
        if (!action && !cargo && typeof wrapped === 'string') steps.push(...splitRunScript(wrapped, base, line));
        // `uses: ./.github/actions/run-pytest`: the repository's own composite action runs its steps here.
        if (read)
          for (const run of compositeActionScripts(s['uses'] as string, asRecord(s['with']), read))
            steps.push(...splitRunScript(constantMatrix(run, matrix), base, line));
      } else if (typeof s['run'] === 'string') {
        const script = runsInPowerShell(s, j, data) ? withoutPowerShellSyntax(s['run'] as string) : (s['run'] as string);
        steps.push(...splitRunScript(constantMatrix(script, matrix), base, line));
      }
      // `- name: Integration test` / `run: ruby test/runner.rb`: the step's name tells the kind of test.
      const integration = typeof s['name'] === 'string' && INTEGRATION_STEP.test(s['name'] as string);
      const stepEnv = { ...env, ...(asRecord(s['env']) ?? {}) };
      markCheckedByDiff(previous, steps, typeof s['run'] === 'string' ? (s['run'] as string) : '', failsAfter(jobSteps, index));
      // Tests run after the job started a Kubernetes cluster run against it: integration tests.
      for (const step of steps) if (cluster) Object.assign(step, { integration: true, againstCluster: true });
      downloaded ||= typeof s['uses'] === 'string' && (s['uses'] as string).startsWith('actions/download-artifact@');
      for (const step of steps) if (checksPackedPackage(packed, step.cwd)) step.onPackedPackage = true;
      packed ??= steps.map((x) => packedFolder(x.command, x.cwd)).find((f) => f !== undefined);
      cluster ||= startsCluster(
        s['uses'],
        steps.map((x) => x.command),
      );
      previous = [];
      for (const step of steps) {
        if (typeof s['name'] === 'string') Object.assign(step, { stepName: s['name'], onBuiltArtifacts: downloaded });
        if (integration) step.integration = true;
        const source = writtenSourceOf(step.command, written);
        if (source !== undefined) step.writtenSource = source;
        if (externalSuite || corpus) step.externalSuite = true;
        if (checkouts.paths.some((p) => step.cwd === p || step.cwd.startsWith(`${p}/`))) continue;
        if (windowsOnlyJobs.has(jobName) && isWindowsSpelling(step.command)) continue;
        if (readsEventValue(step.command, stepEnv)) continue;
        for (const expanded of expandStep(
          withListedSelection(withEnvLiterals(withToxEnv(step.command, stepEnv), stepEnv), listed),
          stepEnv,
          matrix,
        )) {
          const command = substitute(withLiteralSubstitutions(expanded), env);
          if (command !== undefined) previous.push({ ...step, command });
        }
      }
      out.push(...previous);
    }
  }
  return docsGates ? out.filter((step) => isCodeGateOfDocsWorkflow(step.command)) : out;
}

/**
 * A step that starts by running `git diff --exit-code` fails the job when the step before it in the
 * job changed a tracked file: that step's last command (`task go:format`) must leave the tree as it
 * was. Only a diff run as it stands: `if git diff --quiet; then …` branches on the answer, failing nothing.
 */
function markCheckedByDiff(previous: CiStep[], current: CiStep[], run: string, failsLater: boolean): void {
  const last = previous[previous.length - 1];
  const first = current[0];
  const firstLine = run.replace(/\\\r?\n\s*/g, ' ').trimStart();
  if (!last || !first || first.cwd !== last.cwd || !/^git\s+(?:-c\s+\S+\s+)*diff\b/.test(firstLine)) return;
  if (isDiffCheck(first.command) || (failsLater && savesDiff(firstLine))) last.checkedByDiff = true;
}

/**
 * `git diff | tee clang-format.patch` / `git diff > fix.patch`: the change kept as a patch for the
 * developer, in a job whose later step fails when it is not empty (doctest's clang-format job).
 */
function savesDiff(line: string): boolean {
  return /^git\s+(?:-c\s+\S+\s+)*diff\b[^|>\n]*(\|\s*tee\s+\S|>\s*\S)/.test(line);
}

/** Whether a step after `index` in the job fails it on purpose (`run: exit 1`, under an `if:` on an earlier step's output). */
function failsAfter(steps: unknown[], index: number): boolean {
  return steps.slice(index + 1).some((st) => {
    const run = asRecord(st)?.['run'];
    return typeof run === 'string' && /(^|[\s;])exit\s+1\b/.test(run);
  });
}

/** GitLab CI: `script:` lines of every job. */
export function gitlabSteps(text: string): CiStep[] {
  let data: Record<string, unknown> | undefined;
  try {
    if (!yamlWithinLimits(text)) return [];
    data = asRecord(parseDocument(text, { customTags: [{ tag: '!reference', collection: 'seq', resolve: () => [] }] }).toJS());
  } catch {
    return [];
  }
  const out: CiStep[] = [];
  for (const [name, job] of Object.entries(data ?? {})) {
    if (name.startsWith('.') || FOREIGN_JOB.test(name)) continue;
    const keys = asRecord(job) ?? {};
    if (!runsOnMergeRequests(keys)) continue;
    const script = keys['script'];
    const lines = Array.isArray(script) ? script : typeof script === 'string' ? [script] : [];
    const lintStage = isLintStage(keys) ? { lintStage: true } : {};
    for (const line of lines)
      if (typeof line === 'string')
        out.push(...splitRunScript(withProjectDir(line), '.', lineOf(text, line)).map((s) => ({ ...s, ...lintStage })));
  }
  return out;
}

/**
 * Another CI service's scripts (CircleCI, Azure Pipelines) as steps: split as a `run:` is, jobs of
 * FOREIGN_JOB left out, the Windows spellings of a Windows-only job left to that platform.
 */
function scriptSteps(scripts: CiScript[]): CiStep[] {
  return scripts
    .filter((s) => !FOREIGN_JOB.test(s.job))
    .flatMap((s) =>
      splitRunScript(s.script, s.cwd === '..' || s.cwd.startsWith('../') ? OUTSIDE : s.cwd, s.line)
        .filter((step) => !(s.windowsOnly === true && isWindowsSpelling(step.command)))
        .map((step) => ({ ...step, ...(s.file === undefined ? {} : { file: s.file }), ...named(s.name) })),
    );
}

/** A step's name (CircleCI's `name:`, Azure's `displayName:`), read as a GitHub step's `name:` is. */
function named(name: string | undefined): Pick<CiStep, 'stepName' | 'integration'> {
  if (name === undefined) return {};
  return INTEGRATION_STEP.test(name) ? { stepName: name, integration: true } : { stepName: name };
}

/** What a command runs when it calls a project script in folder `cwd` (see scriptTable). */
export type BodyLookup = (cwd: string, command: string) => string | undefined;

/** CI's spelling without display and caching noise, so it reads like the command a person would run. */
export function canonicalCiCommand(command: string): string {
  // `/usr/lib/python3.13/bin/meson test`: where a machine installed the tool is not part of the gate.
  // `go tool github.com/go-task/task/v3/cmd/task go:test`: the tool go.mod declares, called by its path;
  // `go run github.com/go-task/task/v3/cmd/task test.ci`: that program, built and run.
  const words = withPlainInterpreter(throughGoRun(throughGoTool(withoutLocalToolDir(withoutComputedEnv(withoutTimer(command.trim()))))))
    .trim()
    .replace(/^\/(usr|opt|bin|sbin)\/\S*\/([\w.+-]+)(?=\s|$)/, '$2')
    .split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (
      /^--(color|colour)=\S+$|^--show-diff-on-failure$|^--locked$|^--frozen$|^--no-default-groups$|^--verbose$|^--stacktrace$|^--no-daemon$|^--batch-mode$|^-ntp$|^--no-transfer-progress$|^--skip-pkg-install$|^--parallel-live$|^--scan$|^--console=\S+$|^(VERBOSE|V)=(1|yes|true)$|^(CTEST_OUTPUT_ON_FAILURE|CLICOLOR_FORCE|FORCE_COLOR|PY_COLORS)=\S+$/.test(
        w,
      ) ||
      (w === '-B' && /^(\.\/)?mvnw?$/.test(words[0] ?? ''))
    )
      continue;
    // `uv run --python 3.12 …`: the interpreter is the matrix's choice, not part of the gate.
    if (/^--(group|only-group|color|colour|python)$/.test(w) && words[0] === 'uv') {
      i++;
      continue;
    }
    // `ctest "${ctest_args[@]}"`: the arguments a bash array of the script holds are CI's choice (the
    // array's lines are not read as commands); unset on a developer's machine, the word expands to nothing.
    if (/^"?\$\{[A-Za-z_]\w*\[[@*]\]\}"?$/.test(w)) continue;
    // `"tests-3.12"` is `tests-3.12`: quotes around a plain word change nothing.
    out.push(/^"[\w.:/@=+-]+"$|^'[\w.:/@=+-]+'$/.test(w) ? w.slice(1, -1) : w);
  }
  return prChangesAsAllFiles(withoutRunnerShards(withoutPytestShards(withoutServiceGoals(out.join(' ')))));
}

/**
 * `pre-commit run --from-ref origin/$GITHUB_BASE_REF --to-ref HEAD` runs the hooks on what the pull
 * request changed: the hooks are the gate, and run locally on the whole tree they are `--all-files`.
 */
function prChangesAsAllFiles(command: string): string {
  if (!/(^|\s)(pre-commit|prek) run(\s|$)/.test(command) || !/(^|\s)--from-ref(\s|=)/.test(command)) return command;
  return command
    .replace(/\s--(from|to)-ref(=|\s+)\S+/g, '')
    .replace(/(pre-commit|prek) run/, '$1 run --all-files')
    .replace(/\s+/g, ' ');
}

/** `just lint test`, `make lint test`: one command per target when every word is a recipe of the folder. */
function splitTargets(command: string, cwd: string, bodyOf: BodyLookup): string[] {
  const m = /^(make|gmake|just|task|go-task)((?:\s+-[\w-]+)*)\s+([\w:.-]+(?:\s+[\w:.-]+)+)$/.exec(command);
  if (!m) return [command];
  const targets = (m[3] as string).split(/\s+/);
  const each = targets.map((t) => `${m[1]}${m[2] ?? ''} ${t}`);
  return each.every((c) => bodyOf(cwd, c) !== undefined) ? each : [command];
}

/** `pnpm typecheck` of a folder with that script is `pnpm run typecheck`: the spelling its own scripts are given. */
function scriptSpelling(command: string, cwd: string, bodyOf: BodyLookup): string {
  const m = /^(pnpm|bun) ([\w:.-]+)$/.exec(command);
  return m && scriptInvocation(command)?.runner === 'node' && bodyOf(cwd, command) !== undefined ? `${m[1]} run ${m[2]}` : command;
}

/** `cargo xfmt --check`: a line calling one of the project's cargo aliases is what the alias runs. */
function levelThroughAlias(command: string, aliases: ReadonlyMap<string, string>): GateLevel | undefined {
  const expanded = expandCargoAlias(command, aliases);
  return expanded === undefined ? undefined : levelOfCiCommand(expanded);
}

function classify(written: CiStep[], file: string, root: ProjectDir, bodyOf: BodyLookup): CiCandidate[] {
  const out: CiCandidate[] = [];
  // `yarn workspace <name> test` runs in that workspace's folder.
  // A clang-format check of one file a loop reads (`"clang-format-${V}" --dry-run -Werror "${f}"`) checks the sources.
  const steps = written
    .map((s) => (s.cwd === '.' ? { ...s, ...inNamedWorkspace(s.command, root) } : s))
    .map((s) => (isPerFileClangFormatCheck(s.command) ? { ...s, command: CLANG_FORMAT_CHECK, lint: true } : s));
  const aliases = cargoAliases(root);
  for (const [index, step] of steps.entries()) {
    const where = step.file ?? file;
    const { cwd, line } = step;
    // A folder the repository does not have (a build folder, another checkout) is not this project,
    // except for `ctest`, which only runs in a build folder: there it tests the root CMake project.
    const outside = cwd.startsWith(OUTSIDE) || (cwd !== '.' && !root.isDir(cwd));
    // A program CI built from a source it wrote itself is CI's own consumer check, not the project's test.
    if (step.writtenSource !== undefined && root.read(step.writtenSource) === undefined) continue;
    // A test program CI built runs in the build folder, which the repository does not have.
    const built = cwd.startsWith(OUTSIDE) ? undefined : cmakeTestRun(steps, index);
    // In a project that registers its tests with CTest, `ctest` (the manifest's gate) runs that program.
    if (built !== undefined && registersCtest((path) => root.read(path), built.cwd)) continue;
    if (built !== undefined && (built.cwd === '.' || root.isDir(built.cwd))) {
      out.push({ level: 2, name: 'cmake test program', ...built, kind: 'ci', ecosystem: 'ci', evidence: { file: where, line } });
      continue;
    }
    if (step.lint) {
      out.push({
        level: 1,
        name: nameOf(step.command),
        command: step.command,
        cwd: '.',
        kind: 'ci',
        ecosystem: 'ci',
        evidence: { file: where, line },
      });
      continue;
    }
    if (installedProgramTestLevel(steps, index, root, levelOfCiCommand(step.command) === 2) !== undefined) {
      const command = canonicalCiCommand(step.command);
      out.push({ level: 3, name: nameOf(command), command, cwd: '.', kind: 'ci', ecosystem: 'ci', evidence: { file: where, line } });
      continue;
    }
    if (outside && !(/^ctest(\s|$)/.test(step.command) && root.has('CMakeLists.txt'))) continue;
    // `cmake -S cppcheck/ -B build/` over a folder the repository does not have (a tool the job cloned) builds that tool.
    const source = /^cmake\s(?:.*\s)?-S\s*([^\s-]\S*)/.exec(step.command)?.[1]?.replace(/\/+$/, '');
    if (source !== undefined && !source.includes('$') && !root.isDir(posix.join(cwd, source))) continue;
    const at = outside ? '.' : cwd;
    const made = outside ? undefined : makeProgramRun(steps, index);
    const madeLevel = made === undefined ? undefined : levelOfCiCommand(step.command);
    if (made !== undefined && madeLevel !== undefined) {
      out.push({
        level: madeLevel,
        name: 'make test program',
        command: made,
        cwd: at,
        kind: 'ci',
        ecosystem: 'ci',
        evidence: { file: where, line },
      });
      continue;
    }
    const plain = scriptSpelling(canonicalCiCommand(step.command), at, bodyOf);
    const diff = step.checkedByDiff ? { ...step, command: 'git diff --exit-code' } : steps[index + 1];
    if (writerCheckedByDiff({ ...step, command: plain }, diff, bodyOf(at, plain))) {
      const command = `${plain} && git diff --exit-code`;
      out.push({ level: 1, name: nameOf(plain), command, cwd: at, kind: 'ci', ecosystem: 'ci', evidence: { file: where, line } });
      continue;
    }
    const targets = splitTargets(canonicalCiCommand(step.command), at, bodyOf).flatMap((c) =>
      splitPrerequisiteTargets(c, at, (p) => root.read(p))
        .flatMap((t) => splitTaskfileUmbrella(t, at, (p) => root.read(p)))
        .flatMap((t) => splitPoeSequence(t, at, root))
        .flatMap((t) => splitScriptChain(t, at, root, bodyOf))
        .flatMap(splitSbtTasks),
    );
    const runs = targets.flatMap(splitMonorepoTasks);
    for (const written of runs) {
      const command = scriptSpelling(written, at, bodyOf);
      const found =
        externalSuiteLevel(step.externalSuite, command) ??
        levelOfCiCommand(command, bodyOf(at, command) ?? (at === '.' ? toxEnvBody(root, command) : undefined)) ??
        levelThroughAlias(command, aliases) ??
        ctestCrateRun(command, root);
      const named =
        found === undefined
          ? (levelByTestStepName(command, step.stepName, step.onBuiltArtifacts === true) ??
            (at === '.' ? levelOfBuildDriverByStepName(command, step.stepName) : undefined) ??
            lintStageScript(command, step.lintStage, root) ??
            // A step of several targets (`make requirements check`) is named for the one that checks.
            (runs.length === 1 ? levelByCheckStepName(command, step.stepName) : undefined))
          : undefined;
      if (named !== undefined) {
        out.push({ level: named, name: nameOf(command), command, cwd: at, kind: 'ci', ecosystem: 'ci', evidence: { file: where, line } });
        continue;
      }
      if (found === undefined && step.againstCluster && checksDeployedSystem(scriptInvocation(command)?.name ?? '')) {
        out.push({ level: 3, name: nameOf(command), command, cwd: at, kind: 'ci', ecosystem: 'ci', evidence: { file: where, line } });
        continue;
      }
      if (found === undefined) continue;
      // A raw test command (or a script named only `run-tests.sh`) in a step named for integration tests is one;
      // a named project script keeps its own level.
      const consumer =
        found === 2 &&
        (runsConsumerTest(root, bodyOf(at, command) ?? command) ||
          selectsIntegrationProjects(command) ||
          runsTestUnderOtherRuntime(root, command));
      const level =
        (found === 2 && ((step.integration && (scriptInvocation(command) === undefined || isGenericTestScript(command))) || consumer)) ||
        step.onPackedPackage
          ? 3
          : found;
      const suite = step.externalSuite && level === 3 ? { externalSuite: true } : {};
      out.push({ level, name: nameOf(command), command, cwd: at, kind: 'ci', ecosystem: 'ci', evidence: { file: where, line }, ...suite });
      for (const check of rakeDefaultChecks(command, root.read(at === '.' ? 'Rakefile' : `${at}/Rakefile`)))
        out.push({ level: 1, name: nameOf(check), command: check, cwd: at, kind: 'ci', ecosystem: 'ci', evidence: { file: where, line } });
    }
  }
  return out;
}

/** Azure Pipelines' files: `azure-pipelines.yml` at the root, and the YAML files of `.azure-pipelines/`. */
function azureFileNames(root: ProjectDir): string[] {
  const top = ['azure-pipelines.yml', 'azure-pipelines.yaml'].filter((f) => root.read(f) !== undefined);
  const folder = root.hasDir('.azure-pipelines')
    ? root
        .list('.azure-pipelines')
        .filter((n) => /\.ya?ml$/.test(n))
        .sort()
    : [];
  return [...top, ...folder.map((n) => `.azure-pipelines/${n}`)];
}

/** Commands of the repository's CI files (GitHub Actions, GitLab CI, CircleCI, Azure Pipelines) that validate it, deduplicated. */
export function detectCiWorkflows(root: ProjectDir, bodyOf: BodyLookup = () => undefined): CiCandidate[] {
  const out: CiCandidate[] = [];
  const texts = new Map<string, string>();
  if (root.hasDir('.github')) {
    for (const name of root.list('.github/workflows').sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const file = `.github/workflows/${name}`;
      texts.set(file, root.read(file) ?? '');
      out.push(
        ...classify(
          githubWorkflowSteps(root.read(file) ?? '', file, (path) => root.read(path)),
          file,
          root,
          bodyOf,
        ),
      );
    }
  }
  const gitlab = root.read('.gitlab-ci.yml');
  if (gitlab !== undefined) out.push(...classify(gitlabSteps(gitlab), '.gitlab-ci.yml', root, bodyOf));
  const circleci = ['.circleci/config.yml', '.circleci/config.yaml'].find((f) => root.read(f) !== undefined);
  if (circleci) out.push(...classify(scriptSteps(circleciScripts(root.read(circleci) ?? '')), circleci, root, bodyOf));
  const read = (path: string): string | undefined => root.read(path);
  for (const file of azurePipelineFiles(azureFileNames(root), read))
    out.push(...classify(scriptSteps(azureScripts(file, read)), file, root, bodyOf));
  const seen = new Set<string>();
  const unique = out.filter((c) => {
    const key = `${c.cwd}\0${c.command}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return withoutRunVariants(withoutWindowsWorkflowSpellings(unique, texts), bodyOf);
}

/**
 * Levels that reusable workflows of other repositories (`jobs.x.uses: org/meta/.github/workflows/lint.yml@main`)
 * may run: their steps cannot be read, so the commands inferred for those levels are not questioned.
 */
export function opaqueLevels(root: ProjectDir): Set<GateLevel> {
  const out = new Set<GateLevel>();
  const scripts = rootScripts((path) => root.read(path));
  for (const name of root.hasDir('.github') ? root.list('.github/workflows') : []) {
    if (!/\.ya?ml$/.test(name)) continue;
    let data: Record<string, unknown> | undefined;
    try {
      const text = root.read(`.github/workflows/${name}`) ?? '';
      data = yamlWithinLimits(text) ? asRecord(parseDocument(text).toJS()) : undefined;
    } catch {
      continue;
    }
    // A documentation, release or deploy workflow (`docs.yml` calling `org/docs/…/build.yml`) builds no gate.
    if (FOREIGN_JOB.test(name) || FOREIGN_JOB.test(String(data?.['name'] ?? ''))) continue;
    const jobs = asRecord(data?.['jobs']) ?? {};
    const gatekeepers = gatekeeperJobs(jobs);
    for (const [jobName, job] of Object.entries(jobs)) {
      if (gatekeepers.has(jobName)) continue;
      const uses = asRecord(job)?.['uses'];
      if (typeof uses !== 'string' || uses.startsWith('./') || FOREIGN_JOB.test(jobName)) continue;
      if (writesToRepository(asRecord(job) ?? {}, data ?? {})) continue;
      const named = scriptsNamedByInputs(asRecord(job)?.['with'], scripts);
      if (named.length > 0) {
        for (const n of named) addLevel(out, levelOfScript(n, scripts[n]));
        continue;
      }
      const base = posix.basename(uses.split('@')[0] as string).replace(/\.ya?ml$/, '');
      const inputs = JSON.stringify(asRecord(job)?.['with'] ?? {});
      // A whole-CI workflow (`deno-ci.yml`, `node-ci.yml`) lints as well as tests.
      if (/lint|clippy|check|static|style|format|(^|[-_])ci$/.test(base) || /"lint":true/.test(inputs)) out.add(1);
      if (/test|build|ci\b/.test(base)) out.add(2);
    }
  }
  return out;
}

function addLevel(out: Set<GateLevel>, level: GateLevel | undefined): void {
  if (level !== undefined) out.add(level);
}

/** A repository script (`./hooks/pre-commit`) run in a job of a lint stage is one of the project's lint runs. */
function lintStageScript(command: string, lintStage: boolean | undefined, root: ProjectDir): GateLevel | undefined {
  const program = /^(?:\.\/)?([\w.-]+(?:\/[\w.-]+)+)(?:\s|$)/.exec(command)?.[1];
  return lintStage === true && program !== undefined && root.read(program) !== undefined ? 1 : undefined;
}
