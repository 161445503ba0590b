import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, watch } from 'node:fs';
import { join } from 'node:path';
import { cleanTestEnv } from '@ce/build-config/test-env';
import { ceBinPath } from './run-ce.js';

/** What happened to one `ce` run that was to be killed inside a window. */
export interface KillOutcome {
  /** The kill came while the window's file existed (checked with the process group stopped). */
  landed: boolean;
  /** The run was killed (false: it ended before the window was seen). */
  killed: boolean;
  /** The file that opened the window (its path). */
  file?: string;
  /** How a run that was not killed ended: its exit code and what it wrote. */
  exitCode?: number;
  stdout?: string;
  stderr?: string;
}

/** A window: a file whose name matches `match` appears in `watchDir`. */
export interface KillWindow {
  /** The folder whose new file opens the window (watched with inotify; created if missing). */
  watchDir: string;
  /** Which file name opens the window. */
  match: RegExp;
  /**
   * Whether the window is still open, asked while the process group is stopped (default: the file
   * that opened it still exists). A window wider than one file — "the store is half replaced" —
   * says so here.
   */
  open?: (file: string) => boolean;
}

export interface KillWhenOptions extends KillWindow {
  /** The `ce` arguments. */
  args: string[];
  cwd: string;
  /** More windows, watched at the same time as the first: the kill comes in whichever opens. */
  also?: KillWindow[];
  /** Let this many windows open and pass before the one that is killed in (default 0: the first). */
  skip?: number;
  timeoutMs?: number;
}

/**
 * Runs the built `ce` in its own process group and SIGKILLs the whole group at the moment a file
 * matching `match` appears in `watchDir`: the lock file, the temporary file of an atomic write, a
 * journal, a checkpoint's temporary index. The group is first stopped (SIGSTOP), so whether the
 * kill landed inside the window is a fact — the file still exists while nothing runs — not a guess.
 * `nice` (coreutils) must be on PATH.
 */
export function runAndKillWhen(options: KillWhenOptions): Promise<KillOutcome> {
  const windows = [options, ...(options.also ?? [])];
  for (const w of windows) mkdirSync(w.watchDir, { recursive: true });
  let toSkip = options.skip ?? 0;
  return new Promise((resolve, reject) => {
    const outcome: KillOutcome = { landed: false, killed: false };
    // At the lowest priority, `ce` yields the CPU to this process the moment the inotify event
    // wakes it, so the stop lands while the window is still open even on a busy machine.
    const child = spawn('nice', ['-n', '19', process.execPath, ceBinPath, ...options.args, '--json'], {
      cwd: options.cwd,
      env: cleanTestEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const killGroup = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        /* the group is already gone */
      }
    };
    const seen = new Set<string>();
    const watchers = windows.map((w) =>
      watch(w.watchDir, (_event, name) => {
        if (outcome.killed || !name || !w.match.test(name)) return;
        // One window per file: its creation and its writes raise several events.
        const key = join(w.watchDir, name);
        if (seen.has(key)) return;
        seen.add(key);
        if (toSkip-- > 0) return;
        killGroup('SIGSTOP');
        outcome.killed = true;
        outcome.file = key;
        outcome.landed = (w.open ?? existsSync)(key);
        killGroup('SIGKILL');
      }),
    );
    const timer = setTimeout(() => killGroup('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (!outcome.killed) Object.assign(outcome, { exitCode: code ?? -1, stdout, stderr });
      for (const watcher of watchers) watcher.close();
      // Children of the group may outlive the leader for a moment; make sure none keeps running.
      killGroup('SIGKILL');
      resolve(outcome);
    });
  });
}
