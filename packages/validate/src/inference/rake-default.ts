import { levelOfScriptName } from './detector.js';
import { scriptInvocation } from './invocation.js';

/**
 * Rake tasks that lint gems define (`require "standard/rake"` gives `standard`, `RuboCop::RakeTask.new`
 * gives `rubocop`): a check whatever the project's own task names say.
 */
const LINT_TASKS = new Set(['standard', 'rubocop', 'standard:fix_unsafely']);

/**
 * The prerequisites of the Rakefile's default task (`task default: [:spec, :standard]`, `task :default =>
 * %w[test rubocop]`). Ruby lets the call take parentheses (`task(default: [:test, :rubocop])`): the same task.
 */
export function rakeDefaultTasks(rakefile: string): string[] {
  const m = /^\s*task(?:\s+|\s*\(\s*)(?::default\s*=>|default:)\s*(\[[^\]]*\]|%[wi]\[[^\]]*\]|:\w+|["'][\w:]+["'])/m.exec(rakefile);
  if (!m) return [];
  return [...(m[1] as string).replace(/^%[wi]/, '').matchAll(/:?["']?([\w:]+)["']?/g)].map((x) => x[1] as string);
}

/**
 * A bare `rake` in CI runs the default task, and with it every task the default lists: a lint task
 * among them (`standard`, `rubocop`, `lint`) is a level-1 gate CI runs, spelled as the developer runs
 * that task alone (`bundle exec rake standard`).
 */
export function rakeDefaultChecks(command: string, rakefile: string | undefined): string[] {
  const inv = scriptInvocation(command);
  if (inv?.runner !== 'rake' || inv.name !== '' || rakefile === undefined) return [];
  const prefix = /^(.*?\brake)\s*$/.exec(command.trim())?.[1];
  if (prefix === undefined) return [];
  return rakeDefaultTasks(rakefile)
    .filter((task) => LINT_TASKS.has(task) || levelOfScriptName(task) === 1)
    .map((task) => `${prefix} ${task}`);
}
