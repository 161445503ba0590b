/**
 * Nx Cloud's CLI in CI. `nx-cloud record -- <command>` runs the command and uploads its log, so the
 * step is the command it wraps. The other `nx-cloud` commands (`start-ci-run --distribute-on=…
 * --stop-agents-after=e2e`, `complete-ci-run`, `stop-all-agents`) set up or end distributed execution:
 * they check nothing, whatever target names their options carry.
 */

/**
 * What runs a package's binary before its name (`pnpm exec nx-cloud`, `npx nx-cloud`), or nothing. A
 * runner that fetches the package first (`pnpm dlx nx-cloud start-ci-run`, `yarn dlx`, `npx --yes`) runs
 * the same CLI.
 */
const BINARY_RUNNER =
  /^((npx(\s+(--yes|-y))?|bunx|pnpx|yarn|pnpm|pnpm exec|pnpm dlx|yarn dlx|npm exec|npm x|bun x|yarn exec)\s+)?nx-cloud(\s|$)/;

/** The words of the command `nx-cloud record [options] --` wraps, else the words as they are. */
export function withoutNxCloudRecord(words: string[]): string[] {
  const at = words.indexOf('nx-cloud');
  if (at < 0 || at > 3 || !BINARY_RUNNER.test(words.slice(0, at + 1).join(' ')) || words[at + 1] !== 'record') return words;
  const end = words.indexOf('--', at);
  return end > at && end < words.length - 1 ? words.slice(end + 1) : words;
}

/** An `nx-cloud` command that orchestrates agents rather than running a check (`nx-cloud start-ci-run …`). */
export function isNxCloudOrchestration(command: string): boolean {
  const m = BINARY_RUNNER.exec(command);
  return m !== null && !/^record(\s|$)/.test(command.slice(m[0].length));
}
