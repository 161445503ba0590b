import { bodyVerdict, isFixerLine } from './script-body.js';

/** A CI command with where it is written: enough to tell two parts of one `run:` line apart. */
interface Written {
  command: string;
  cwd: string;
  line: number;
}

/**
 * `pnpm format && git diff --exit-code`: a formatter that rewrites files, followed on the same line
 * by a check that nothing changed, is a format check (the project has no `--check` spelling for it).
 * True when `step` writes (by its own words or by the script body it runs) and `next` is that check.
 */
export function writerCheckedByDiff(step: Written, next: Written | undefined, body: string | undefined): boolean {
  if (!next || next.line !== step.line || next.cwd !== step.cwd) return false;
  if (!isDiffCheck(next.command)) return false;
  return isFixerLine(step.command) || (body !== undefined && bodyVerdict(body) === 'fixer');
}

/**
 * `git diff --exit-code` / `git diff --quiet` (with any other options, and git's own `-c key=value`
 * before the subcommand): fails when a tracked file changed.
 */
export function isDiffCheck(command: string): boolean {
  return /^git\s+(?:-c\s+\S+\s+)*diff\b(.*\s)?--(exit-code|quiet)(\s|$)/.test(command.trim());
}

/**
 * One `run:` script that formats and, lines later, runs `git diff --exit-code` (`git ls-files | xargs
 * clang-format -i`, a `sed` fix-up, then the diff) fails when the formatter changed a file: the last
 * writer before the diff is checked by it, as a writer in the step before a diff step is.
 */
export function markWritersCheckedLater<T extends Written & { checkedByDiff?: boolean }>(steps: T[]): T[] {
  steps.forEach((step, index) => {
    if (!isDiffCheck(step.command)) return;
    const writers = steps.slice(0, index).filter((s) => s.cwd === step.cwd && isFixerLine(s.command));
    const last = writers[writers.length - 1];
    if (last) last.checkedByDiff = true;
  });
  return steps;
}
