/**
 * Rake tasks a linter gem defines for the project (its documented rake integration), with what each
 * runs: `RuboCop::RakeTask.new(:internal_investigation)` is `rubocop` under the project's own name
 * (`rubocop` when no name is given), `require "standard/rake"` gives `standard` (`standardrb`) and
 * `standard:fix`. CI's `bundle exec rake internal_investigation` is then the lint it is.
 */
const RUBOCOP_TASK = /\bRuboCop::RakeTask\.new(?:\(\s*:?["']?([\w:]+)["']?)?/g;

export function rakeToolTaskBodies(rakefile: string | undefined): [string, string][] {
  if (rakefile === undefined) return [];
  const out: [string, string][] = [];
  // Spelled as the same run from the shell: the task runs the tool in rake's own bundle.
  for (const m of rakefile.matchAll(RUBOCOP_TASK)) out.push([m[1] ?? 'rubocop', 'bundle exec rubocop']);
  if (/^\s*require\s*\(?\s*["']standard\/rake["']/m.test(rakefile))
    out.push(['standard', 'bundle exec standardrb'], ['standard:fix', 'bundle exec standardrb --fix']);
  return out;
}
