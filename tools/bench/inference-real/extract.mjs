#!/usr/bin/env node
// Builds the compact fixture of one real repository from a bare git mirror (brought by the `fetch`
// tool): only what inference reads — manifests, lock-file names, CI workflows, task-runner files,
// test-tool configuration — and, from code files (conftest.py, noxfile.py, *_test.go, …), only the
// lines inference looks at. Never the project's source code. Usage:
//   node tools/bench/inference-real/extract.mjs <owner/name> <git-dir>
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [repo, gitDir] = process.argv.slice(2);
if (!repo || !gitDir) {
  console.error('usage: extract.mjs <owner/name> <git-dir>');
  process.exit(2);
}
const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

const SKIPPED = new Set(
  'node_modules bower_components jspm_packages vendor third_party third-party external dist build out target bin obj coverage venv env __pycache__ site-packages fixtures __fixtures__ testdata test-fixtures examples example docs tmp temp logs'.split(
    ' ',
  ),
);
/** Kept whole: manifests and configuration (also those of Swift, Dart, sbt, Haskell, rebar3, dune/opam, Crystal,
 * Nim, LuaRocks and Zig, and their linters' configuration, which toolchain detectors read). */
const WHOLE =
  /^(package\.json|deno\.jsonc?|pnpm-workspace\.yaml|lerna\.json|nx\.json|turbo\.json|rush\.json|tsconfig\.json|biome\.jsonc?|\.prettierrc(\.json|\.ya?ml)?|pyproject\.toml|setup\.cfg|tox\.ini|tox\.toml|pytest\.ini|mypy\.ini|\.mypy\.ini|ruff\.toml|\.ruff\.toml|\.flake8|\.isort\.cfg|\.pre-commit-config\.yaml|Pipfile|hatch\.toml|(dev-|test-)?requirements[\w.-]*\.(txt|in)|Cargo\.toml|rust-toolchain(\.toml)?|clippy\.toml|rustfmt\.toml|\.rustfmt\.toml|go\.mod|go\.work|\.golangci\.(ya?ml|toml|json)|pom\.xml|build\.gradle(\.kts)?|settings\.gradle(\.kts)?|gradle\.properties|Gemfile|Gemfile\.lock|gems\.rb|bake\.rb|\.rubocop\.yml|\.standard\.yml|\.rspec|Makefile|makefile|GNUmakefile|Makefile\.am|justfile|Justfile|\.justfile|Taskfile\.ya?ml|Taskfile\.dist\.ya?ml|\.clang-format|\.clang-tidy|CMakePresets\.json|\.gitlab-ci\.yml|mise\.toml|\.mise\.toml|pixi\.toml|\.?lefthook(-local)?\.(ya?ml|toml|json)|composer\.json|phpunit(\.dist)?\.xml(\.dist)?|phpstan(\.dist)?\.neon(\.dist)?|psalm\.xml(\.dist)?|\.php-cs-fixer(\.dist)?\.php|\.?phpcs\.xml(\.dist)?|mix\.exs|\.formatter\.exs|\.credo\.exs|[\w.-]+\.(sln|slnx|csproj|fsproj|vbproj)|Directory\.Build\.props|global\.json|\.editorconfig|Package(@swift-[\d.]+)?\.swift|\.swiftlint\.ya?ml|\.swift-format|pubspec\.yaml|analysis_options\.yaml|melos\.yaml|[\w.-]+\.sbt|\.scalafmt\.conf|\.scalafix\.conf|[\w.-]+\.cabal|cabal\.project|stack\.yaml|rebar\.config|dune-project|[\w.-]+\.opam|\.ocamlformat|shard\.yml|\.ameba\.yml|[\w.-]+\.nimble|config\.nims|[\w.-]+\.rockspec|\.luacheckrc|\.?stylua\.toml|\.busted|build\.zig(\.zon)?)$/;
/** Kept as an empty file: only the name matters. */
const MARKER =
  /^(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|deno\.lock|uv\.lock|poetry\.lock|pdm\.lock|Pipfile\.lock|Cargo\.lock|gems\.locked|go\.sum|mvnw|gradlew|manage\.py|eslint\.config\.\w+|\.eslintrc(\.\w+)?|\.prettierrc\.\w+|prettier\.config\.\w+|vitest\.config\.\w+|jest\.config\.\w+|playwright\.config\.\w+|cypress\.config\.\w+|\.yarnrc\.yml|\.npmrc|\.nvmrc|setup\.py|meson\.build|configure|configure\.ac|configure\.in|\.rspec_parallel|pixi\.lock)$/;
/** Code files: only the lines inference reads. */
const EXCERPT = [
  [/^conftest\.py$/, /addoption|addinivalue_line|markers|skip|integration|getoption/],
  [/^noxfile\.py$/, /@nox\.session|^\s*def |session\.run\(|nox\.options|^\s*["'][\w.-]+["'],?\s*$/],
  [/_test\.go$/, /^\/\/go:build|^\/\/ \+build/],
  [/\.gemspec$/, /add_(development_)?dependency|add_runtime_dependency/],
  [/^Rakefile$/, /task|TestTask|RakeTask|pattern|test_files|libs|require/],
  // Mage targets: the exported functions and the commands and targets they call.
  [/^magefile\.go$/, /^func |mg\.\w*Deps|sh\.\w+\(|exec\.Command|run\w*\(|goexe|mg\.GoCmd/],
  [
    /^CMakeLists\.txt$/,
    /^\s*(if|elseif|else|endif)\s*\(|enable_testing|add_test|include\s*\(\s*CTest|option\s*\(|project\s*\(|add_subdirectory/,
  ],
];

// Blobs only: a submodule's entry (a commit, `test/test262-cases` in webpack) has no text to show.
const all = git('ls-tree', '-r', 'HEAD')
  .split('\n')
  .filter((l) => / blob /.test(l))
  .map((l) => l.slice(l.indexOf('\t') + 1));
const files = {};
const dirs = new Set();
for (const path of all) {
  const parts = path.split('/');
  const name = parts[parts.length - 1];
  const folders = parts.slice(0, -1);
  if (path.startsWith('.github/workflows/') && /\.ya?ml$/.test(name) && folders.length === 2) {
    files[path] = git('show', `HEAD:${path}`);
    continue;
  }
  // CircleCI's and Azure Pipelines' files: CI that other services run (circleci-steps.ts, azure-pipelines-steps.ts).
  if (/^(\.circleci\/config\.ya?ml|azure-pipelines\.ya?ml|\.azure-pipelines\/[^/]+\.ya?ml)$/.test(path)) {
    files[path] = git('show', `HEAD:${path}`);
    continue;
  }
  // The repository's own composite actions (`uses: ./.github/actions/run-pytest`) run steps of CI's jobs.
  if (/^\.github\/actions\/[^/]+\/action\.ya?ml$/.test(path)) {
    files[path] = git('show', `HEAD:${path}`);
    continue;
  }
  if (folders.some((f) => f.startsWith('.') || SKIPPED.has(f.toLowerCase()))) continue;
  if (folders.length > 3) continue;
  for (let i = 1; i <= folders.length; i++) dirs.add(folders.slice(0, i).join('/'));
  if (WHOLE.test(name)) files[path] = git('show', `HEAD:${path}`);
  else if (MARKER.test(name)) files[path] = '';
  else {
    // magefiles/*.go hold mage targets whatever their names.
    const rule = EXCERPT.find(([re]) => re.test(folders.join('/') === 'magefiles' && name.endsWith('.go') ? 'magefile.go' : name));
    if (rule && (name.endsWith('_test.go') ? folders.length <= 2 : true))
      files[path] = git('show', `HEAD:${path}`)
        .split('\n')
        .filter((l) => rule[1].test(l))
        .join('\n');
    // Rust integration targets: the names of tests/*.rs matter, not their code.
    // (a workspace member's too: axum/tests/*.rs, crates/toml/tests/*.rs).
    else if (folders.length <= 3 && folders[folders.length - 1] === 'tests' && name.endsWith('.rs')) files[path] = '';
    // Shell scripts at the root (`.ci.gofmt.sh`, `test.sh`): CI often runs them by path.
    else if (folders.length === 0 && /\.(sh|bash)$/.test(name)) files[path] = git('show', `HEAD:${path}`);
    // scripts-to-rule-them-all (scripts/test, scripts/lint.sh), ci/test.sh, ci/test.bash: the names matter.
    else if (
      folders.length === 1 &&
      /^(scripts?|ci)$/.test(folders[0]) &&
      /^(test|tests|lint|check|typecheck|types|format|fmt)(\.sh|\.bash)?$/.test(name)
    )
      files[path] = git('show', `HEAD:${path}`);
    // The root README's pre-commit.ci badge says the hooks run on every pull request: only those lines.
    else if (folders.length === 0 && /^readme(\.\w+)?$/i.test(name)) {
      const lines = git('show', `HEAD:${path}`).split('\n');
      const badge = lines.filter((l) => /pre-commit\.ci/i.test(l));
      // xc (`xc test`) runs the tasks written in the README's `## Tasks` section: that section whole.
      const tasksAt = lines.findIndex((l) => /^##\s+Tasks\s*$/.test(l));
      const tasks = tasksAt < 0 ? [] : lines.slice(tasksAt, lines.findIndex((l, i) => i > tasksAt && /^##\s/.test(l)) >>> 0);
      if (badge.length + tasks.length > 0) files[path] = [...badge, ...tasks].join('\n');
    }
  }
}
// The templates an Azure pipeline includes (`- template: tools/ci/azure/posix.yml`), wherever they are:
// inference reads them where the pipeline uses them (azure-pipelines-steps.ts); their own includes too.
const azurePending = Object.keys(files).filter((p) => /^(azure-pipelines\.ya?ml|\.azure-pipelines\/[^/]+\.ya?ml)$/.test(p));
while (azurePending.length > 0) {
  const from = azurePending.pop();
  for (const m of files[from].matchAll(/^\s*-?\s*template:\s*['"]?([^\s'"@#$]+\.ya?ml)['"]?\s*$/gm)) {
    const path = m[1].startsWith('/') ? m[1].slice(1) : join(dirname(from), m[1]);
    if (files[path] !== undefined || !all.includes(path)) continue;
    files[path] = git('show', `HEAD:${path}`);
    azurePending.push(path);
  }
}
// A shell script CI runs by its path (`./script/fail_if_warnings rspec spec/`), whatever its name: CI's
// line runs its body, which inference reads (with CI's arguments) to see the gate it wraps. So is one a
// root makefile's or justfile's recipe runs (`bash ./scripts/acceptance.sh`): CI's `make build` runs it.
const workflowText = Object.entries(files)
  .filter(
    ([p]) =>
      p.startsWith('.github/workflows/') ||
      /^(GNUmakefile|[Mm]akefile|[Jj]ustfile|\.justfile|\.gitlab-ci\.yml|\.circleci\/config\.ya?ml|azure-pipelines\.ya?ml|\.azure-pipelines\/[^/]+\.ya?ml)$/.test(
        p,
      ),
  )
  .map(([, t]) => t)
  .join('\n');
function keepScript(path) {
  if (files[path] || !all.includes(path) || path.startsWith('.github/') || !/(^|\/)[\w-]+(\.(sh|bash))?$/.test(path)) return;
  const text = git('show', `HEAD:${path}`);
  if (text.length < 20000 && /^#!.*\b(ba|z)?sh\b/.test(text)) files[path] = text;
}
for (const m of workflowText.matchAll(/(?:^|[\s;&|(])(?:\.\/)?((?:[\w.-]+\/){1,2}[\w.-]+)(?=\s|$)/gm)) keepScript(m[1]);
// A script run by its bare name in a folder CI moved to (`cd tests` then `./unittest.sh`, or a step's
// `working-directory: crates/x` running `./run-tests.sh`): the same script, found under that folder.
const ciFolders = [...workflowText.matchAll(/(?:\bcd\s+|working-directory:\s*)["']?((?:\.\.?\/)*[\w.-]+(?:\/[\w.-]+){0,2})/g)].map((m) =>
  m[1].replace(/^(\.\.?\/)+/, ''),
);
for (const m of workflowText.matchAll(/(?:^|[\s;&|(])\.\/([\w.-]+)(?=\s|$)/gm)) for (const dir of ciFolders) keepScript(`${dir}/${m[1]}`);
// Files a root makefile includes (`include Makefile.common`): make reads them as part of it.
for (const mk of ['Makefile', 'makefile', 'GNUmakefile']) {
  for (const m of (files[mk] ?? '').matchAll(/^\s*-?s?include\s+(.+)$/gm))
    for (const n of m[1].trim().split(/\s+/)) if (!n.includes('$') && all.includes(n) && !files[n]) files[n] = git('show', `HEAD:${n}`);
}
// mise's configuration in its dot folders (`.config/mise.toml`, `.mise/config.toml`): the `[tasks]` CI runs
// with `mise run <task>`.
for (const p of ['.config/mise.toml', '.mise/config.toml', '.config/mise/config.toml'])
  if (all.includes(p)) files[p] = git('show', `HEAD:${p}`);
// Cargo's own configuration: the `[alias]` commands CI may run (`cargo xfmt --check`).
for (const p of ['.cargo/config.toml', '.cargo/config']) if (all.includes(p)) files[p] = git('show', `HEAD:${p}`);
// Folders without a kept file still matter (tests/integration, spec/system, src/it): listed by name.
const kept = new Set(
  Object.keys(files).flatMap((p) =>
    p
      .split('/')
      .slice(0, -1)
      .map((_, i, a) => a.slice(0, i + 1).join('/')),
  ),
);
const emptyDirs = [...dirs].filter((d) => !kept.has(d) && d.split('/').length <= 3).sort();
const commit = git('rev-parse', 'HEAD').trim();
// Services that leave commits behind say they run on the repository (pre-commit.ci's autofixes):
// the first such commit among the last 500, which the bench recreates in a one-commit history.
const history = git('log', '-n', '500', '--format=%h %an', 'HEAD')
  .split('\n')
  .filter((l) => / pre-commit-ci\[bot\]$/.test(l))
  .slice(0, 1)
  .map((l) => ({ commit: l.split(' ')[0], author: l.slice(l.indexOf(' ') + 1) }));
const out = join(here, 'fixtures', `${repo.replace('/', '__')}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ repo, commit, dirs: emptyDirs, files, ...(history.length ? { history } : {}) }, null, 2)}\n`);
console.log(`${repo}: ${Object.keys(files).length} files, ${emptyDirs.length} folders → ${out}`);
