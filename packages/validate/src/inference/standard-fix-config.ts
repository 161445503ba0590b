/**
 * Standard Ruby's `.standard.yml` may set `fix: true`: every `standardrb` run then corrects the files
 * it can instead of only reporting them (Standard's README, "Configuring Standard"). A check must say
 * `--no-fix`, as CI does (`bundle exec standardrb --no-fix`); without it the run rewrites and passes.
 */
export function standardFixesByDefault(config: string | undefined): boolean {
  return config !== undefined && /^fix:\s*true\s*(#.*)?$/m.test(config);
}
