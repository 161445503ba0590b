/**
 * A job named for the project's website (`website_eslint`, "Run Prettier in website") that is also
 * named for a check tool lints or tests the website's own sources, kept in the repository beside the
 * library: it gates pull requests like the library's jobs. A website job named for nothing else
 * (`website`, "Deploy website") builds or ships the site and stays out.
 */

const SITE_WORD = /(^|[\W_])(website|docs?|pages)([\W_]|$)/i;
const CHECK_TOOL = /(^|[\W_])(lint|eslint|prettier|format|fmt|stylelint|typecheck|type-check|tsc|test|tests|vitest|jest)([\W_]|$)/i;
const SHIPPING = /release|publish|deploy/i;

/** True when a job's names say it runs a check tool over the site's sources, not that it ships the site. */
export function checksSiteSources(names: readonly string[]): boolean {
  const joined = names.join(' ');
  return SITE_WORD.test(joined) && CHECK_TOOL.test(joined) && !SHIPPING.test(joined);
}
