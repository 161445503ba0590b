import { runProcess, CeError, UsageError } from '@ce/core';

export interface GitOptions {
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Return the result instead of throwing on a non-zero exit. */
  allowFailure?: boolean;
  /** Run without ce's `-c` settings (to read the user's own configuration). */
  userConfig?: boolean;
}

export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Runs git in the repository with settings that keep snapshots exact and independent of the
 * user's global config (no line-ending conversion from core.autocrlf, no pager, no prompts).
 */
export async function git(root: string, args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
  const settings = options.userConfig ? [] : ['-c', 'core.autocrlf=false', '-c', 'core.safecrlf=false', '-c', 'core.quotepath=off'];
  const result = await runProcess('git', [...settings, ...args], {
    cwd: root,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', ...options.env },
    input: options.input,
    maxOutputBytes: 256 * 1024 * 1024,
  });
  const exitCode = result.exitCode ?? -1;
  if (exitCode !== 0 && !options.allowFailure) {
    const detail = result.stderr.trim().split('\n')[0] ?? '';
    throw new CeError('git-failed', `git ${args[0] ?? ''} failed in ${root}: ${detail || `exit ${exitCode}`}`, {
      hint: 'check that this is a healthy git repository (git status)',
    });
  }
  return { stdout: result.stdout, stderr: result.stderr, exitCode };
}

/** The absolute git dir of the repository; a clear error when it is not one. */
export async function gitDir(root: string): Promise<string> {
  const result = await git(root, ['rev-parse', '--absolute-git-dir'], { allowFailure: true });
  if (result.exitCode !== 0) {
    throw new UsageError('not-a-git-repo', `${root} is not a git repository`, {
      hint: 'checkpoints are git tags: run `git init` and commit first',
    });
  }
  return result.stdout.trim();
}

/** The commit HEAD points at (branch or detached); a clear error in a repository without commits. */
export async function headCommit(root: string): Promise<string> {
  await gitDir(root);
  const result = await git(root, ['rev-parse', '--verify', '-q', 'HEAD^{commit}'], { allowFailure: true });
  if (result.exitCode !== 0) {
    throw new UsageError('no-commits', `the repository ${root} has no commits yet, so there is nothing to checkpoint against`, {
      hint: 'make a first commit (git add -A && git commit -m "initial"), then try again',
    });
  }
  return result.stdout.trim();
}

/** The branch HEAD is on, or undefined when detached. */
export async function currentBranch(root: string): Promise<string | undefined> {
  const result = await git(root, ['symbolic-ref', '-q', '--short', 'HEAD'], { allowFailure: true });
  return result.exitCode === 0 ? result.stdout.trim() || undefined : undefined;
}

/** Splits NUL-separated git output. */
export function splitNul(text: string): string[] {
  return text.split('\0').filter((s) => s.length > 0);
}
