import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import { runCe, type KillOutcome } from '@ce/test-utils';

// The reliability suite's crash part (kill-injection-*.test.ts): each state-changing path of ce is
// SIGKILLed (its whole process group, git children included) at the moment the dangerous window
// opens — the lock file appears, an atomic write's temporary file appears, the restore journal is
// written, a checkpoint's temporary index exists, the PRP header is being replaced. After every kill
// the next command succeeds, every state file parses, nothing that was complete is lost, and
// `git fsck` is clean. One path a file, so that each runs in its own test process (the kills are
// timed by inotify events, which a busy event loop delays) and the paths spread over the workers.

/** How many kills each path gets (issue 20: at least 30); a path of several windows shares them. */
export const KILLS_PER_PATH = 30;
/**
 * Runs until `kills` of them were killed: a run can end before this process sees its window open (a
 * missed inotify event on a loaded machine); it is counted as a run, not as a kill. Bounded (half as
 * many runs again), so a path whose window never opens fails instead of looping.
 */
export const moreKillsNeeded = (outcomes: KillOutcome[], i: number, kills = KILLS_PER_PATH): boolean =>
  outcomes.filter((o) => o.killed).length < kills && i < kills * 1.5;
/** The temporary file of ce's atomic writes. */
export const ATOMIC_TEMP = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;
/** A path's test may take this long: tens of `ce` runs, each killed or followed by another. */
export const KILL_SUITE_TIMEOUT = 600_000;

export async function ceOk(cwd: string, ...args: string[]): Promise<Record<string, unknown>> {
  const run = await runCe([...args, '--json'], { cwd });
  expect(run.exitCode, `ce ${args.join(' ')}: ${run.stderr}`).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

export function fsckClean(root: string): void {
  execFileSync('git', ['fsck', '--no-dangling', '--no-progress'], { cwd: root, stdio: 'pipe' });
}

export function report(path: string, outcomes: KillOutcome[], kills = KILLS_PER_PATH): void {
  const landed = outcomes.filter((o) => o.landed).length;
  console.log(`kill ${path}: ${outcomes.length} runs, ${outcomes.filter((o) => o.killed).length} killed, ${landed} inside the window`);
  // At least `kills` kills must have happened, and most must land inside the window they target, or the
  // suite proves little. The share that lands depends on how fast this process sees the inotify
  // event: near all on a quiet machine, fewer under load; the figure above says which.
  expect(outcomes.filter((o) => o.killed).length).toBeGreaterThanOrEqual(kills);
  expect(landed).toBeGreaterThanOrEqual(kills / 4);
}

export function bigText(label: string, bytes: number): string {
  const line = `${label} — the quick brown fox jumps over the lazy dog.\n`;
  return line.repeat(Math.ceil(bytes / line.length));
}
