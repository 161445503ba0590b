import { spawn } from 'node:child_process';
import { CeError } from '../errors/index.js';
import { parseCommandLine } from './command-line.js';
import { recordProcessEnd, recordProcessFailure } from './process-events.js';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the whole process tree after this long. Default: no timeout. */
  timeoutMs?: number;
  /** Keep at most this many bytes of stdout and of stderr (the tail is kept). Default 10 MiB. */
  maxOutputBytes?: number;
  /** Text written to stdin, then closed. */
  input?: string;
  /** Run through /bin/sh. Off by default: commands run as argv, without a shell. */
  shell?: boolean;
  /** Called with each chunk of output as it arrives (progress, streaming). */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /** Aborting kills the whole tree (SIGTERM, SIGKILL 2 s later); the result says `cancelled`. */
  signal?: AbortSignal;
}

export interface RunResult {
  command: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** True when the run was stopped through its signal. */
  cancelled: boolean;
  /** True when output beyond maxOutputBytes was dropped. */
  truncated: boolean;
  durationMs: number;
}

const DEFAULT_MAX_OUTPUT = 10 * 1024 * 1024;

/**
 * Runs a program and collects its output. The child gets its own process group so that a timeout,
 * an abort or the caller's exit kills the whole tree (npm → sh → vitest → workers), not just the top.
 * A non-zero exit is a result, not an exception; only a program that cannot start throws.
 */
export function runProcess(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const started = performance.now();
  const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  const display = options.shell ? file : [file, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      shell: options.shell ?? false,
      detached: process.platform !== 'win32',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out = new OutputBuffer(max);
    const err = new OutputBuffer(max);
    let timedOut = false;
    let settled = false;

    const killTree = (sig: NodeJS.Signals): void => {
      if (child.pid === undefined) return;
      try {
        if (process.platform === 'win32') child.kill(sig);
        else process.kill(-child.pid, sig);
      } catch {
        /* already exited */
      }
    };
    const onParentExit = (): void => killTree('SIGKILL');
    process.once('exit', onParentExit);

    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            killTree('SIGTERM');
            setTimeout(() => killTree('SIGKILL'), 2000).unref();
          }, options.timeoutMs)
        : undefined;
    let cancelled = false;
    const onAbort = (): void => {
      cancelled = true;
      killTree('SIGTERM');
      setTimeout(() => killTree('SIGKILL'), 2000).unref();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    // A signal that aborted before the listener was attached fires no event: honour it now.
    if (options.signal?.aborted) onAbort();

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out.push(chunk);
      options.onOutput?.(chunk, 'stdout');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err.push(chunk);
      options.onOutput?.(chunk, 'stderr');
    });
    child.stdin.on('error', () => {
      /* the child may exit before reading its input */
    });
    child.stdin.end(options.input ?? '');

    const finish = (): void => {
      if (timer) clearTimeout(timer);
      process.removeListener('exit', onParentExit);
      options.signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      finish();
      recordProcessFailure(display, options.cwd, error.code === 'ENOENT' ? 'not found on PATH' : error.message);
      reject(
        new CeError('spawn-failed', `cannot run "${file}": ${error.code === 'ENOENT' ? 'not found on PATH' : error.message}`, {
          hint: error.code === 'ENOENT' ? `install ${file} or check the command` : undefined,
          cause: error,
        }),
      );
    });
    child.on('close', (code, signal) => {
      if (settled) return;
      settled = true;
      finish();
      // Reap anything the child left running in its group (e.g. a watcher it forked).
      killTree('SIGKILL');
      const durationMs = Math.round(performance.now() - started);
      recordProcessEnd(display, options.cwd, { exitCode: code, signal, durationMs, timedOut });
      resolve({
        command: display,
        exitCode: code,
        signal,
        stdout: out.text(),
        stderr: err.text(),
        timedOut,
        cancelled,
        truncated: out.truncated || err.truncated,
        durationMs,
      });
    });
  });
}

/**
 * Runs a command line: as argv without a shell when it is a plain program call, through the shell
 * only when the command uses shell syntax (`a && b`, pipes, globs) or `shell: true` is asked for.
 */
export function runCommandLine(command: string, options: RunOptions = {}): Promise<RunResult> {
  const parsed = options.shell ? { argv: undefined } : parseCommandLine(command);
  if (parsed.argv) {
    const [file, ...args] = parsed.argv as [string, ...string[]];
    return runProcess(file, args, options).then((r) => ({ ...r, command }));
  }
  return runProcess(command, [], { ...options, shell: true }).then((r) => ({ ...r, command }));
}

/** Keeps the last `max` bytes of a stream (the end of a log is where the errors are). */
class OutputBuffer {
  private chunks: string[] = [];
  private size = 0;
  truncated = false;
  constructor(private readonly max: number) {}

  push(chunk: string): void {
    this.chunks.push(chunk);
    this.size += Buffer.byteLength(chunk);
    while (this.size > this.max && this.chunks.length > 1) {
      this.size -= Buffer.byteLength(this.chunks.shift() ?? '');
      this.truncated = true;
    }
    if (this.size > this.max && this.chunks.length === 1) {
      const only = Buffer.from(this.chunks[0] ?? '');
      this.chunks[0] = only.subarray(only.length - this.max).toString('utf8');
      this.size = this.max;
      this.truncated = true;
    }
  }

  text(): string {
    return this.chunks.join('');
  }
}
