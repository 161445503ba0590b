import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Runs git with raw byte output (file names need not be UTF-8); resolves null when git fails. */
export function gitBytes(root: string, args: string[]): Promise<Buffer | null> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd: root, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' } },
      (error, stdout) => resolve(error ? null : stdout),
    );
  });
}

export async function gitText(root: string, args: string[]): Promise<string | null> {
  const out = await gitBytes(root, args);
  return out === null ? null : out.toString('utf8').trim();
}

/** Whether root is the top of a git work tree ce can ask about. */
export function isGitRepo(root: string): boolean {
  return existsSync(join(root, '.git'));
}

/** The commit HEAD points at, or null (not a repository, or no commit yet). */
export async function headCommit(root: string): Promise<string | null> {
  if (!isGitRepo(root)) return null;
  const fromFiles = readHeadFromFiles(root);
  if (fromFiles !== undefined) return fromFiles;
  const out = await gitText(root, ['rev-parse', '--verify', '-q', 'HEAD']);
  return out && /^[0-9a-f]{40,64}$/.test(out) ? out : null;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * HEAD read from `.git/HEAD` and the ref it names (loose or packed), which saves starting git on
 * every sync. Undefined when the layout is anything else (a worktree's `.git` file, reftable, …):
 * the caller asks git then. Null when the branch has no commit yet.
 */
function readHeadFromFiles(root: string): string | null | undefined {
  try {
    const gitDir = join(root, '.git');
    if (!statSync(gitDir).isDirectory()) return undefined;
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    if (SHA.test(head)) return head;
    const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
    if (!ref || ref.includes('..')) return undefined;
    const loose = join(gitDir, ref);
    if (existsSync(loose)) {
      const sha = readFileSync(loose, 'utf8').trim();
      return SHA.test(sha) ? sha : undefined;
    }
    const packed = join(gitDir, 'packed-refs');
    if (existsSync(packed)) {
      for (const line of readFileSync(packed, 'utf8').split('\n')) {
        const [sha, name] = line.trim().split(' ');
        if (name === ref && sha && SHA.test(sha)) return sha;
      }
    }
    return existsSync(join(gitDir, 'reftable')) ? undefined : null;
  } catch {
    return undefined;
  }
}

/** Splits NUL-separated git output into raw entries. */
export function splitNul(buffer: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < buffer.length; i++) {
    if (buffer[i] === 0) {
      if (i > start) parts.push(buffer.subarray(start, i));
      start = i + 1;
    }
  }
  if (start < buffer.length) parts.push(buffer.subarray(start));
  return parts;
}

export interface WorkingTreeChange {
  /** Two-letter porcelain status (`M `, `??`, ` D`, …). */
  status: string;
  path: string;
}

/** Uncommitted changes (staged, unstaged and untracked), ce's own ignored-by-design folders left out. */
export async function uncommittedChanges(root: string): Promise<WorkingTreeChange[] | null> {
  if (!isGitRepo(root)) return null;
  const out = await gitBytes(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all']);
  if (out === null) return null;
  const changes: WorkingTreeChange[] = [];
  const entries = splitNul(out);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!.toString('utf8');
    const status = entry.slice(0, 2);
    const path = entry.slice(3);
    if (status[0] === 'R' || status[0] === 'C') i++; // the next entry is the rename's source
    if (isCeInternal(path)) continue;
    changes.push({ status, path });
  }
  return changes;
}

/** ce's own working files, which never count as user changes. */
export function isCeInternal(path: string): boolean {
  return path.startsWith('.ce/index/') || path.startsWith('.ce/state/') || path === '.ce/index' || path === '.ce/state';
}

/** How many commits HEAD is ahead of `commit`, or null when unknown (no git, commit gone). */
export async function commitsSince(root: string, commit: string): Promise<number | null> {
  const out = await gitText(root, ['rev-list', '--count', `${commit}..HEAD`]);
  return out !== null && /^\d+$/.test(out) ? Number(out) : null;
}
