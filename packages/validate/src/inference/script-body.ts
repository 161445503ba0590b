import { withoutInstalls } from './install-line.js';
import { runsNamedHooks } from './pre-commit-hooks.js';
import { isCompilerRun } from './compiler-run.js';
import { GO_TEST_RUNNER } from './go-test-runner.js';
import { isPytestTypeTestRun } from './pytest-type-tests.js';

/**
 * What a script body (a package.json script, a Makefile / justfile / Taskfile recipe, a CI line)
 * really does, read line by line: a name says `lint`, the body may say `prettier --write`.
 */
export type BodyVerdict = 'fixer' | 'watcher' | 'hygiene' | 'build' | 'check';

/** Lines that rewrite files: formatters without their check flag, linters with --fix. */
const FIXERS: RegExp[] = [
  // `standardrb --fix-unsafely` applies the unsafe corrections too.
  /(^|\s)--fix(-unsafely)?(\s|=|$)/,
  /(^|\s)--write(\s|=|$)/,
  /(^|\s)prettier\s(.*\s)?-w(\s|$)/,
  // `go run mvdan.cc/gofumpt@latest -w` names the tool with its module version.
  /(^|\s|\/)(gofmt|goimports|gofumpt)(@\S+)?\s(.*\s)?-w(\s|$)/,
  /(^|\s)go\s+fmt(\s|$)/,
  // `clang-format-22 -i` (`clang-format-${{ env.LLVM_VERSION }}` once the expression is read out):
  // LLVM's versioned binaries are the same tool.
  /(^|\s)clang-format(-[\d.]*)?\s(.*\s)?-i(\s|$)/,
  /(^|\s)rubocop\s(.*\s)?(-a|-A|--autocorrect|--autocorrect-all)(\s|$)/,
  /(^|\s)golangci-lint\s+fmt(\s|$)/,
  /(^|\s)(biome\s+(check|format|lint)|dprint\s+fmt)\s(.*\s)?--(write|apply|apply-unsafe)(\s|$)/,
  /(^|\s)autopep8\s(.*\s)?(-i|--in-place)(\s|$)/,
];
/** Formatters that write unless told to check. */
const WRITE_UNLESS_CHECK: [RegExp, RegExp][] = [
  [/(^|\s)cargo\s+(\+\S+\s+)?fmt(\s|$)/, /--check/],
  [/(^|\s)deno\s+fmt(\s|$)/, /--check/],
  [/(^|\s)ruff\s+format(\s|$)/, /--check|--diff/],
  [/(^|\s)black(\s|$)/, /--check|--diff/],
  [/(^|\s)isort(\s|$)/, /--check|--check-only|(^|\s)-c(\s|$)|--diff/],
  [/(^|\s)oxfmt(\s|$)/, /--check/],
  [/(^|\s)hatch\s+fmt(\s|$)/, /--check/],
  // `biome format` only reports unless told `--write` (a FIXERS line); `dprint fmt` always writes.
  [/(^|\s)dprint\s+fmt(\s|$)/, /--check|^$/],
];
const WATCHER =
  /(^|\s)(--watch|--watchAll)(\s|$)|(^|\s)(cargo\s+watch|nodemon|watchexec|chokidar|onchange|ptw|pytest-watch|air|reflex|entr|vitest\s+watch|tsc\s+(?:\S+\s+){0,40}?-w)(\s|$)/;
const HYGIENE =
  /(^|\s)(manypkg\s+check|(yarn|pnpm|npm)\s+dedupe|syncpack|sherif|publint|attw|knip|depcheck|(npm|yarn|pnpm)\s+audit|license-checker|reuse\s+lint|changeset\s+status|cargo\s+(deny|audit|outdated|udeps|machete|sort)|go\s+mod\s+(tidy|verify)|git\s+diff\s+--exit-code|check-jsonschema|typos|codespell|actionlint|editorconfig-checker|commitlint|lockfile-lint|size-limit|bundlesize|check-manifest|twine\s+check|poetry\s+check|uv\s+lock\s+--check|pip-audit|safety|govulncheck|cargo\s+vet|bundle[-\s]audit|bin\/forbid)(\s|$)/;
// `mvn … package` and `tsc … -w` look at most 40 words ahead: `(.*\s)?` scanned to the end of the line
// from every `mvn` of it, quadratic on a line of many.
// `tsc --build` is not listed: it fails on type errors as `tsc --noEmit` does, so it is a type check.
// A C/C++ compiler run (`clang++`, a cross compiler `arm-linux-gnueabihf-g++`, MSVC's `cl /c`) compiles,
// whatever its source file is called (`test/test_32bit_build.cpp`): it builds, it runs no test.
const BUILD =
  /(^|\s)([\w.-]+-(gcc|g\+\+|clang|clang\+\+)|clang|clang\+\+|c\+\+|cl(?=\s+\/)|cargo\s+((hack|minimal-versions)\s+(--\S+\s+)*)?(build|check|doc|docs-rs)|go\s+build|go\s+generate|tsup|tsdown|unbuild|vite\s+build|webpack|rollup|esbuild|babel|swc|\$\(CC\)|\$\(CXX\)|gcc|g\+\+|cc|ar|mvn\s+(?:\S+\s+){0,40}?(compile|package|install)|gradle\S*\s+assemble|cmake\s+--build|cmake\s+(-S|-B|-G|-D\S*|\.\.?)|python3?(\s+-[A-Za-z]+)*\s+-[A-Za-z]*m\s*build|cythonize|(hatch|poetry|uv|pdm)\s+build|docker\s+build|(bazel|bazelisk)\s+build|mkdocs|sphinx-build|typedoc|javadoc)(\s|$)/;

function lines(body: string): string[] {
  return (
    body
      .split(/\r?\n|\s&&\s|\s\|\|\s|;\s/)
      .map((l) => l.trim().replace(/^[@-]+/, ''))
      // `file $@` only reports what kind of file the recipe made.
      .filter((l) => l && !l.startsWith('#') && !/^(echo|printf|set|cd|export|file|\$\(info|\$\(warning)\b/.test(l))
  );
}

export function isFixerLine(line: string): boolean {
  if (/--fix-dry-run|--check|--dry-run/.test(line) && !/--write|(^|\s)--fix(\s|$)/.test(line)) return false;
  if (FIXERS.some((re) => re.test(line))) return true;
  return WRITE_UNLESS_CHECK.some(([tool, check]) => tool.test(line) && !check.test(line));
}

export function isWatcherLine(line: string): boolean {
  return WATCHER.test(line) && !/--watch(All)?=false|--no-watch/.test(line);
}

/**
 * The verdict on a body: `fixer` or `watcher` when any line writes or watches (a gate must only
 * look), `hygiene` / `build` when every line is a repository-hygiene or build command, else `check`.
 * An empty or unreadable body is `check`: a name is trusted when there is nothing to contradict it.
 */
export function bodyVerdict(body: string | undefined): BodyVerdict {
  const all = lines(body ?? '');
  if (all.some(isWatcherLine)) return 'watcher';
  if (all.some(isFixerLine)) return 'fixer';
  if (all.length > 0 && all.every((l) => HYGIENE.test(l))) return 'hygiene';
  if (all.length > 0 && all.every((l) => BUILD.test(l) || isCompilerRun(l) || HYGIENE.test(l))) return 'build';
  return 'check';
}

export function isHygieneCommand(command: string): boolean {
  return HYGIENE.test(command);
}

export function isBuildCommand(command: string): boolean {
  // A compiler's output may be called `test` (`gcc -o test test.c`): the words of a compiler run are its files.
  if (isCompilerRun(command)) return true;
  return BUILD.test(command) && !/(^|\s)(test|lint|vet|clippy|fmt)(\s|$)/.test(command.replace(/^\S+\s+(run\s+)?/, ''));
}

/** Canonical names of the gate tools a text runs (`eslint`, `cargo-test`, `go-test`, …), to compare a script with a CI line. */
const KEYS: [RegExp, string][] = [
  [/\beslint\b/, 'eslint'],
  [/\bprettier\b/, 'prettier'],
  [/\b(vue-tsc|tsc)\b/, 'tsc'],
  [/\bbiome\b/, 'biome'],
  [/\boxlint\b/, 'oxlint'],
  [/\boxfmt\b/, 'oxfmt'],
  [/(^|\s)xo(\s|$)/, 'xo'],
  [/\bstylelint\b/, 'stylelint'],
  [/\bvitest\b/, 'vitest'],
  [/\bjest\b/, 'jest'],
  [/\bmocha\b/, 'mocha'],
  [/(^|\s)ava(\s|$)/, 'ava'],
  [/\bplaywright\b/, 'playwright'],
  [/\bcypress\b/, 'cypress'],
  [/\bpytest\b|hatch\s+test|manage\.py\s+test/, 'pytest'],
  // ruff's linter and its formatter are two gates: a recipe running `ruff check` does not check the formatting.
  [/\bruff\b(?!\s+format\b)|hatch\s+fmt/, 'ruff'],
  [/\bruff\s+format\b|hatch\s+fmt/, 'ruff-format'],
  [/\bblack\b/, 'black'],
  [/\bflake8\b/, 'flake8'],
  [/\bmypy\b/, 'mypy'],
  [/\bpyright\b/, 'pyright'],
  [/\bpylint\b/, 'pylint'],
  [/\bisort\b/, 'isort'],
  [/\b(pre-commit|prek)\b/, 'pre-commit'],
  [/cargo\s+(\+\S+\s+)?fmt\b|(^|\s)rustfmt\s/, 'cargo-fmt'],
  [/\bclippy\b/, 'clippy'],
  // `cross test` is cargo test on another target; `redoxer test` is cargo test run on Redox OS (redoxer
  // wraps cargo the way cross does, running the built tests in a Redox VM).
  [/(cargo|cross|redoxer)\s+(\+\S+\s+)?(miri\s+|hack\s+)?(test|nextest)\b|cargo\s+(llvm-cov|tarpaulin)\b/, 'cargo-test'],
  [/(^|\s)bun\s+test\b/, 'bun-test'],
  [/(^|\s)tox(\s|$)/, 'tox'],
  [/(^|\s)nox(\s|$)/, 'nox'],
  [/go\s+vet\b/, 'go-vet'],
  [/go\s+test\b/, 'go-test'],
  [GO_TEST_RUNNER, 'go-test'],
  [/\bgolangci-lint\b/, 'golangci-lint'],
  [/\b(gofmt|goimports|gofumpt)\b/, 'gofmt'],
  [/\bstaticcheck\b/, 'staticcheck'],
  [/\brubocop\b/, 'rubocop'],
  [/\bstandardrb\b/, 'standardrb'],
  [/\brspec\b/, 'rspec'],
  [/\brake\b|rails\s+test/, 'rake'],
  // Maven and Gradle are two builds: a repository carrying both whose CI runs `mvn test` only
  // does not run its Gradle build's tests.
  [/\bmvnw?\b.*\b(test|verify|check|build)\b/, 'maven-test'],
  [/\bgradlew?\b.*\b(test|verify|check|build)\b/, 'gradle-test'],
  [/\bspotless/, 'spotless'],
  [/\bcheckstyle/, 'checkstyle'],
  [/\bktlint/, 'ktlint'],
  [/\bdetekt\b/, 'detekt'],
  [/\bctest\b|make\s+test(\s|$)/, 'ctest'],
  [/\bclang-format\b/, 'clang-format'],
  [/deno\s+lint\b/, 'deno-lint'],
  [/deno\s+fmt\b/, 'deno-fmt'],
  [/deno\s+test\b/, 'deno-test'],
  [/deno\s+check\b/, 'deno-check'],
];

export function toolKeys(text: string): Set<string> {
  const out = new Set<string>();
  // A command installing packages (`pip install nox pre-commit`) runs none of the tools it names.
  for (const line of text.split(/\r?\n/).map(withoutInstalls)) {
    // A pytest run of type cases is neither the unit tests nor the plain mypy run: a gate of its own.
    if (isPytestTypeTestRun(line)) {
      out.add('pytest-type-tests');
      continue;
    }
    for (const [re, key] of KEYS) if (re.test(line)) out.add(key === 'pre-commit' && runsNamedHooks(line) ? 'pre-commit-hook' : key);
    // `ruby test/runner.rb` in CI and a recipe `itest: ruby test/runner.rb` run the same file.
    for (const m of line.matchAll(/(?:^|\s)(?:ruby|python3?|node|perl|bash|sh)\s+(?:-\S+\s+)*([\w./-]+\.(?:rb|py|js|mjs|pl|sh))\b/g))
      out.add(`file:${(m[1] as string).replace(/^\.\//, '')}`);
  }
  return out;
}
