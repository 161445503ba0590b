import type { ProjectDir } from './project-dir.js';
import { isBrowserSuiteName } from './browser-suite-name.js';
import { isSuiteKindScriptName } from './suite-kind.js';
import { isQualifiedIntegrationName } from './integration-name.js';
import { runsOnlyEndToEnd } from './e2e-body.js';
import { bodyVerdict, toolKeys } from './script-body.js';
import { isSetupScriptName } from './setup-script.js';
import type { Candidate } from './types.js';

/** What a detector sees: one folder, its ancestors (root first) and the repository root. */
export interface DetectContext {
  root: string;
  dir: ProjectDir;
  ancestors: ProjectDir[];
}

/** One ecosystem's inference: the commands a folder's own manifests call for. */
export type Detector = (context: DetectContext) => Candidate[];

/**
 * Script names by level, shared by package.json scripts, deno tasks, Makefile and justfile targets.
 * Suites run in a browser or against a whole install (`test-browser`, `test-chrome`, `smoke`) are level 3,
 * and so are suites run in Pyodide (`test-pyodide`: the built package in the browser's WebAssembly Python)
 * and journey tests (`journey-tests`: end-to-end runs of the built program through a user's paths).
 * A task named for a type checker (`rake steep`: Steep, Ruby's type checker over `sig/`) is that check.
 */
export function levelOfScriptName(name: string): 1 | 2 | 3 | undefined {
  const n = name.toLowerCase();
  if (/(^|[:_-])(fix|staged|watch|dev|serve|start|update|snapshot|ui|debug|coverage|cov|open|report|ci-setup)$/.test(n)) return undefined;
  if (/^(format|fmt|prettier)$/.test(n)) return undefined; // these write files
  // `install-test-requirements`, `install-dev`: installs what the gates need, runs none of them.
  if (isSetupScriptName(n)) return undefined;
  // `test-integrations`: a plural kind (the integration crates' suites) is still that kind of suite.
  // `test:lint`, `test:types`, `test:format`: a check filed under the `test` family of names (`pnpm run "/^test:.*/"`).
  if (/^tests?[:_-](lint|eslint|types?|typecheck|tsc|typescript|format|fmt|prettier|style|steep([:_-]check)?)$/.test(n)) return 1;
  if (isBrowserSuiteName(n) || isSuiteKindScriptName(n)) return 3;
  // `install-test`, `test-install`, `install-test-ci-mac`: the packaged program installed and run, not the code's units.
  if (/^(install(ation)?[:_-]tests?|tests?[:_-]install(ation)?)([:_-][\w-]+)?$/.test(n) && !/cache/.test(n)) return 3;
  if (
    /^(test[:_-]?(integrations?|int|it|e2e|end-to-end|acceptance|functional|system|smoke|browsers?|chrome|chromium|firefox|webkit|safari|pyodide|journey|interop|robustness|failpoint|chaos|stress|conformance)|(integrations?|e2e|end-to-end|acceptance|functional|smoke|browsers?|pyodide|journey|interop|robustness|failpoint|chaos|stress|conformance)([:_-]?tests?)?|it|itest|cypress([:_-]run)?|playwright([:_-]test)?)([:_-](ci|headless|all|local|run))?$/.test(
      n,
    )
  )
    return 3;
  if (isQualifiedIntegrationName(n)) return 3;
  // `run_tests.py`, `runtests.py` (Django's and many libraries' test driver): a script that runs the tests.
  // `test_ci`, `spec_ci` (a rake task): the suite as CI runs it.
  if (
    /^(test|tests|test[:_-]unit|unit|unit[:_-]?tests?|spec|specs|spec[:_-]unit|(tests?|specs?)[:_-]ci|all[:_-]?(tests?|specs?)|run[:_-]?tests?)$/.test(
      n,
    )
  )
    return 2;
  if (
    /^(lint|lint[:_-].+|linter|eslint|stylelint|typecheck|type[:_-]check|type|types|types?[:_-]check|check[:_-]?types|tsc|typings|format[:_-]check|fmt[:_-]check|check[:_-]format|check[:_-]fmt|prettier[:_-]check|style|check[:_-]style|codestyle|code[:_-]style|vet|mypy|ruff|flake8|clippy|rubocop|standard|standardrb|steep([:_-]check)?|sorbet|typesafety|type[:_-]?tests?|typing[:_-]tests?|srb([:_-]tc)?|staticcheck|golint|static|static[:_-]analysis|analyze|analyse|check[:_-]lint)$/.test(
      n,
    )
  )
    return 1;
  // `check-quality`, `code-quality`: the code's quality checks (linters), as duty's tasks name them. A bare
  // `quality` is not one: grype's `make quality` runs its vulnerability-match quality suite.
  if (/^(check|code)[:_-]quality$/.test(n)) return 1;
  // `mypy_tests`, `pyright-strict`: a type checker named with what it checks is still that check.
  if (/^(mypy|pyright|basedpyright|pytype|pyre)[:_-][\w.-]+$/.test(n)) return 1;
  // `clang-format-check`, `check-clang-format`, `cmake-format-check`: a format check named with its formatter.
  if (/^[a-z0-9]+[:_-](format|fmt)[:_-]check$|^check[:_-][a-z0-9]+[:_-](format|fmt)$/.test(n)) return 1;
  return undefined;
}

/** Linters that report unless told to correct (`-a`, `--fix`): a body running one without that flag checks. */
const REPORTING_LINTERS = new Set(['rubocop', 'standardrb', 'eslint', 'golangci-lint', 'clippy']);

/** Names that say nothing certain about a gate: their body must show one (`make static` may build a library). */
const AMBIGUOUS = /^(static|static[:_-]analysis|analy[sz]e|check|verify|all|ci|style)$/;

/**
 * The level of a named script with a known body: a gate name whose body watches, writes, builds or
 * only tends the repository is no gate; an ambiguous name needs a gate tool in its body; a
 * `format` script that only checks (`prettier --check`, `oxfmt --check`) is level 1.
 */
export function levelOfScript(name: string, body: string | undefined): 1 | 2 | 3 | undefined {
  const verdict = bodyVerdict(body);
  if (verdict !== 'check') return undefined;
  const n = name.toLowerCase();
  if (/^(format|fmt|prettier|format[:_-]?all)$/.test(n))
    // A check flag, or a formatter that only reports unless told to write (`biome format`), or a
    // linter that only reports unless told to correct (jekyll's `script/fmt`: `rubocop -D`, no `-a`).
    return (/(^|\s)(--check|--list-different|-l|-c)(\s|$)|(^|\s)biome\s+(format|check|ci)(\s|$)/.test(body ?? '') &&
      toolKeys(body ?? '').size > 0) ||
      [...toolKeys(body ?? '')].some((k) => REPORTING_LINTERS.has(k))
      ? 1
      : undefined;
  const level = levelOfScriptName(n);
  if (level !== undefined && AMBIGUOUS.test(n) && body !== undefined && body.trim() !== '' && toolKeys(body).size === 0) return undefined;
  // `"test": "playwright test"`: a generic test name over an end-to-end runner is that suite.
  return level === 2 && runsOnlyEndToEnd(body) ? 3 : level;
}

/**
 * Drops sub-scripts an umbrella already covers: with a `lint` script, `lint:js` / `lint:css` are its
 * parts and are not listed again; with `test:unit`, `test` (often unit + integration) is not level 2.
 */
export function pickScripts(
  names: readonly string[],
  levelOf: (name: string) => 1 | 2 | 3 | undefined = levelOfScriptName,
): { level: 1 | 2 | 3; name: string }[] {
  const byLevel = names
    .map((name) => ({ name, level: levelOf(name) }))
    .filter((s): s is { name: string; level: 1 | 2 | 3 } => s.level !== undefined);
  const picked = new Set(byLevel.map((s) => s.name));
  const has = (n: string): boolean => names.includes(n);
  return byLevel.filter((s) => {
    // A variant of a script that is itself a gate (`lint:js` of `lint`, `test:e2e:ci` of `test:e2e`).
    const parent = [...picked].find(
      (p) =>
        p !== s.name &&
        s.name.startsWith(p) &&
        /^[:_-]/.test(s.name.slice(p.length)) &&
        levelOf(p) === s.level &&
        !(s.level === 2 && /^tests?$/.test(p)),
    );
    if (parent) return false;
    // `test: unit-test integration-test` is the umbrella; the unit script is level 2.
    if (s.level === 2 && /^tests?$/.test(s.name) && names.some((n) => /^test[:_-]unit$|^unit([:_-]?tests?)?$/.test(n))) return false;
    if (s.level === 2 && /^test[:_-]ci$/.test(s.name) && (has('test') || names.some((n) => /^test[:_-]unit$|^unit$/.test(n)))) return false;
    if (s.name === 'tests' && has('test')) return false;
    if (
      s.level === 3 &&
      /^e2e$|^integration$/.test(s.name) &&
      names.some((n) => n === `test:${s.name}` || n === `test-${s.name}` || n === `test_${s.name}`)
    )
      return false;
    return true;
  });
}

/** Does some text mention a tool as a word (`eslint`, `tsc --noEmit`)? */
export function mentions(text: string, tool: string): boolean {
  return new RegExp(`(^|[\\s/"'\`;&|(])${tool.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s;&|)"'])`).test(text);
}
