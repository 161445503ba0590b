import type { GateLevel } from './types.js';

/**
 * Gate tools of PHP and Elixir projects, as CI runs them: the names say nothing to the generic word
 * rules (`phpunit` holds no `test` word, `mix deps.get --only test` holds one and installs).
 * 'none' when the line is neither ecosystem's; undefined when it is theirs and gates nothing.
 */
export function levelOfPhpOrMixLine(c: string): GateLevel | undefined | 'none' {
  // `composer update --no-progress`, `mix deps.get --only test`, `mix local.hex --force`: dependencies.
  if (/^composer\s+(install|update|require|remove|config|dump-autoload|validate|global)\b/.test(c)) return undefined;
  if (/^mix\s+(deps\.[\w.]+|local\.[\w.]+|archive\.[\w.]+|hex\.[\w.]+|clean)(\s|$)/.test(c)) return undefined;
  // `mix compile --warnings-as-errors` (Elixir also takes `--warning-as-errors`): a compile whose only
  // purpose in CI is to fail on warnings, Elixir's lint gate.
  if (/^mix\s+compile\b.*\s--warnings?-as-errors(\s|$)/.test(c)) return 1;
  if (/^mix\s+(format\s.*--check-formatted|credo|dialyzer|sobelow)(\s|$)/.test(c)) return 1;
  const php = c.replace(/^(php\s+)?(composer\s+(exec|run-script|run)\s+|vendor\/bin\/|tools\/|\.\/vendor\/bin\/)/, '');
  // Static analysers and style checkers (`phpstan analyse`, `psalm`, `phpcs`, `php-cs-fixer fix --dry-run`).
  if (/^(phpstan|psalm|phpcs|phpmd|phan)(\.phar)?(\s|$)/.test(php)) return 1;
  if (/^(php-cs-fixer|rector|pint)(\.phar)?\s(.*\s)?(--dry-run|--test)(\s|$)/.test(php)) return 1;
  // `composer phpstan`: a composer script named for the analyser it runs.
  if (/^composer\s+(phpstan|psalm|phpcs|cs|lint|analyse|analyze|static-analysis|stan)(\s|$)/.test(c)) return 1;
  if (/^(phpunit|pest|paratest)(\.phar)?(\s|$)/.test(php) || /^composer\s+(phpunit|pest)(\s|$)/.test(c))
    return selectsIntegrationSuite(php) ? 3 : 2;
  return 'none';
}

/**
 * `phpunit --testsuite "Guzzle PSR-7 Integration Test Suite"`, `--group e2e`: a suite or group the project
 * names for an integration kind selects that suite, whatever the case of its words (`--exclude-group` does not).
 */
function selectsIntegrationSuite(line: string): boolean {
  const chosen = [...line.matchAll(/(?:^|\s)--(?:testsuite|group)[\s=]+("[^"]*"|'[^']*'|\S+)/g)].map((m) => (m[1] as string).toLowerCase());
  return chosen.some((v) => /(^|[^a-z])(integration|e2e|end-to-end|acceptance|functional)([^a-z]|$)/.test(v));
}
