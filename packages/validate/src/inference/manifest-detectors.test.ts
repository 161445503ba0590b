import { useTempDir, writeTree } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { inferPlan } from './infer.js';

// PHP, Elixir and .NET projects read from their own manifests (no CI, or CI that does not spell the
// commands), and the CI lines of those ecosystems seen on held-out-final-13-manifest.

function repo(files: Record<string, string>): string {
  const dir = useTempDir('ce-manifest-detectors-');
  writeTree(dir, files);
  return dir;
}

const commands = (dir: string, level: '1' | '2' | '3'): string[] => inferPlan(dir).levels[level].map((c) => c.command);
const workflow = (...runs: string[]): string =>
  `on: pull_request\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${runs
    .map((r) => `      - run: ${r}\n`)
    .join('')}`;
const json = (value: unknown): string => JSON.stringify(value, null, 2);

describe('PHP (composer.json)', () => {
  it('runs composer scripts named for gates or running one gate tool, not fixers, not their umbrella', () => {
    const dir = repo({
      'composer.json': json({
        scripts: {
          lint: 'parallel-lint src tests',
          phpstan: 'phpstan analyse --no-progress',
          phpunit: 'phpunit --colors=always',
          'phpunit-coverage': 'phpunit --coverage-html build/coverage',
          'cs-fix': 'php-cs-fixer fix',
          style: 'pint',
          phpcbf: 'phpcbf src',
          test: ['@lint', '@phpstan', '@phpunit'],
          'post-install-cmd': 'phpunit',
        },
        'require-dev': { 'phpunit/phpunit': '^10', 'phpstan/phpstan': '^1' },
      }),
      'phpunit.xml.dist': '<phpunit/>\n',
      'phpstan.neon': 'parameters:\n',
    });
    expect(commands(dir, '1')).toEqual(['composer lint', 'composer phpstan']);
    expect(commands(dir, '2')).toEqual(['composer phpunit']);
    const plan = inferPlan(dir);
    expect(plan.levels['1'][1]?.evidence).toEqual({ file: 'composer.json', line: 4 });
  });

  it('runs the tools the project configures and requires when no script runs them', () => {
    const dir = repo({
      'composer.json': json({ 'require-dev': { 'phpunit/phpunit': '^10', 'vimeo/psalm': '^5', 'squizlabs/php_codesniffer': '^3' } }),
      'phpunit.xml.dist': '<phpunit/>\n',
      'psalm.xml': '<psalm/>\n',
      'phpcs.xml.dist': '<ruleset/>\n',
      // Configured but not required: the binary would not be there.
      'phpstan.neon.dist': 'parameters:\n',
      // Required through bamarni's composer-bin-plugin: vendor-bin/<tool>/composer.json.
      '.php-cs-fixer.dist.php': '<?php return [];\n',
      'vendor-bin/php-cs-fixer/composer.json': json({ require: { 'friendsofphp/php-cs-fixer': '^3' } }),
    });
    expect(commands(dir, '1')).toEqual(['vendor/bin/psalm', 'vendor/bin/php-cs-fixer fix --dry-run --diff', 'vendor/bin/phpcs']);
    expect(commands(dir, '2')).toEqual(['vendor/bin/phpunit']);
    expect(inferPlan(dir).levels['2'][0]?.evidence).toEqual({ file: 'phpunit.xml.dist', line: 1 });
  });

  it('leaves a project whose CI runs its commands to CI', () => {
    const dir = repo({
      'composer.json': json({ scripts: { lint: 'parallel-lint src' }, 'require-dev': { 'phpunit/phpunit': '^10' } }),
      'phpunit.xml.dist': '<phpunit/>\n',
      '.github/workflows/ci.yml': workflow('composer install', 'vendor/bin/phpunit --no-coverage'),
    });
    expect(commands(dir, '1')).toEqual([]);
    expect(commands(dir, '2')).toEqual(['vendor/bin/phpunit --no-coverage']);
  });

  it("reads CI's phpunit run of a suite named for integration as level 3, whatever its case", () => {
    const dir = repo({
      '.github/workflows/ci.yml': workflow(
        'vendor/bin/phpunit --testsuite "Unit Test Suite"',
        'vendor/bin/phpunit --testsuite "PSR-17 Integration Test Suite"',
      ),
    });
    expect(commands(dir, '2')).toEqual(['vendor/bin/phpunit --testsuite "Unit Test Suite"']);
    expect(commands(dir, '3')).toEqual(['vendor/bin/phpunit --testsuite "PSR-17 Integration Test Suite"']);
  });
});

describe('Elixir (mix.exs)', () => {
  const mixExs = (deps: string, aliases = ''): string =>
    `defmodule X.MixProject do\n  use Mix.Project\n\n  def project do\n    [app: :x, deps: deps(), aliases: aliases()]\n  end\n\n  defp deps do\n    [\n${deps}    ]\n  end\n\n  defp aliases do\n    [\n${aliases}    ]\n  end\nend\n`;

  it('runs mix test, the format check, credo (strict when .credo.exs says so) and dialyzer', () => {
    const dir = repo({
      'mix.exs': mixExs('      {:credo, "~> 1.7", only: [:dev, :test], runtime: false},\n      {:dialyxir, "~> 1.4", only: :dev}\n'),
      '.formatter.exs': '[inputs: ["{mix,.formatter}.exs", "{lib,test}/**/*.{ex,exs}"]]\n',
      '.credo.exs': '%{configs: [%{name: "default", strict: true}]}\n'.replace('strict', '\n  strict'),
      'test/x_test.exs': '',
    });
    expect(commands(dir, '1')).toEqual(['mix format --check-formatted', 'mix credo --strict', 'mix dialyzer']);
    expect(commands(dir, '2')).toEqual(['mix test']);
    expect(inferPlan(dir).levels['1'][1]?.evidence).toEqual({ file: 'mix.exs', line: 10 });
  });

  it('reads a gate-named alias through: the tools it runs are not listed again; a formatting alias is no gate', () => {
    const dir = repo({
      'mix.exs': mixExs(
        '      {:credo, "~> 1.7"}\n',
        '      lint: ["format --check-formatted", "credo --strict"],\n      fmt: ["format"],\n      test: ["ecto.create --quiet", "test"]\n',
      ),
      '.formatter.exs': '[]\n',
      'test/x_test.exs': '',
    });
    expect(commands(dir, '1')).toEqual(['mix lint']);
    expect(commands(dir, '2')).toEqual(['mix test']);
  });

  it('does not run a folder without mix.exs, nor an umbrella app apart from its root', () => {
    const dir = repo({
      'mix.exs': mixExs('').replace('app: :x', 'apps_path: "apps"'),
      'apps/a/mix.exs': mixExs(''),
      'apps/a/test/a_test.exs': '',
    });
    expect(inferPlan(dir).levels['2'].map((c) => `${c.cwd}: ${c.command}`)).toEqual(['.: mix test']);
  });
});

describe('.NET (solutions and project files)', () => {
  const testProject =
    '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="xunit" />\n  </ItemGroup>\n</Project>\n';
  const library = '<Project Sdk="Microsoft.NET.Sdk"></Project>\n';

  it('runs dotnet test when a test project exists and dotnet format with an .editorconfig, at the solution only', () => {
    const dir = repo({
      'X.slnx': '<Solution />\n',
      '.editorconfig': 'root = true\n[*.cs]\ndotnet_diagnostic.IDE0055.severity = error\n',
      'src/X/X.csproj': library,
      'tests/X.Tests/X.Tests.csproj': testProject,
    });
    const plan = inferPlan(dir);
    expect(plan.levels['1'].map((c) => `${c.cwd}: ${c.command}`)).toEqual(['.: dotnet format --verify-no-changes']);
    expect(plan.levels['2'].map((c) => `${c.cwd}: ${c.command}`)).toEqual(['.: dotnet test']);
    expect(plan.levels['2'][0]?.evidence).toEqual({ file: 'tests/X.Tests/X.Tests.csproj', line: 3 });
  });

  it('does not check the formatting for an .editorconfig that enforces nothing', () => {
    const dir = repo({
      'X.slnx': '',
      '.editorconfig': 'root = true\n[*.cs]\nindent_size = 4\n',
      'tests/X.Tests/X.Tests.csproj': testProject,
    });
    expect(commands(dir, '1')).toEqual([]);
    const enforced = repo({
      'X.slnx': '',
      '.editorconfig': 'root = true\n',
      'build.sh': 'dotnet format --verify-no-changes\ndotnet test\n',
    });
    expect(inferPlan(enforced).levels['1'].map((c) => c.evidence)).toEqual([{ file: 'build.sh', line: 1 }]);
  });

  it('names the solution when the folder holds more than one project or solution file; no test project, no test run', () => {
    const withTests = repo({ 'X.sln': '', 'Build.csproj': library, 'test/X.Test.fsproj': library });
    expect(commands(withTests, '2')).toEqual(['dotnet test X.sln']);
    const without = repo({ 'X.sln': '', 'src/X/X.csproj': library });
    expect(commands(without, '1')).toEqual([]);
    expect(commands(without, '2')).toEqual([]);
  });

  it("reads CI's `dotnet format --verify-no-changes` as the level-1 check and a bare `dotnet format` as no gate", () => {
    const dir = repo({ '.github/workflows/ci.yml': workflow('dotnet format --verify-no-changes', 'dotnet format', 'dotnet test') });
    expect(commands(dir, '1')).toEqual(['dotnet format --verify-no-changes']);
    expect(commands(dir, '2')).toEqual(['dotnet test']);
  });
});
