import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CeError } from '@ce/core';
import { git, splitNul } from './git.js';

/**
 * Whether git may convert file content between the working tree and its objects here (line endings
 * from core.autocrlf or `.gitattributes` text/eol, or filters such as LFS). Then a snapshot hashes
 * and a restore writes raw bytes, so that content comes back byte-identical; otherwise git's own
 * (faster) paths are exact already.
 */
export async function contentConversionsPossible(
  root: string,
  gitDir: string,
  env: NodeJS.ProcessEnv,
  trees: string[] = [],
): Promise<boolean> {
  // ce runs git with core.autocrlf=false, but the user's index may hold blobs hashed with their setting.
  const autocrlf = (await git(root, ['config', '--get', 'core.autocrlf'], { allowFailure: true, userConfig: true })).stdout
    .trim()
    .toLowerCase();
  if (autocrlf === 'true' || autocrlf === 'input') return true;
  const attributesFile = (await git(root, ['config', '--path', '--get', 'core.attributesFile'], { allowFailure: true })).stdout.trim();
  const globalAttributes = attributesFile || join(process.env['XDG_CONFIG_HOME'] || join(homedir(), '.config'), 'git', 'attributes');
  if (nonEmpty(globalAttributes) || nonEmpty(join(gitDir, 'info', 'attributes'))) return true;
  const inIndex = splitNul((await git(root, ['ls-files', '-z', '--', ':(glob)**/.gitattributes'], { env })).stdout);
  if (inIndex.length > 0) return true;
  for (const tree of trees) {
    const names = splitNul((await git(root, ['ls-tree', '-r', '-z', '--name-only', tree])).stdout);
    if (names.some((n) => n === '.gitattributes' || n.endsWith('/.gitattributes'))) return true;
  }
  return false;
}

function nonEmpty(file: string): boolean {
  try {
    return existsSync(file) && readFileSync(file, 'utf8').trim().length > 0;
  } catch {
    return false;
  }
}

/** Re-hashes the regular files of a (temporary) index from their raw bytes, without any filter. */
export async function rehashWithoutFilters(root: string, env: NodeJS.ProcessEnv): Promise<void> {
  const entries = splitNul((await git(root, ['ls-files', '-s', '-z'], { env })).stdout)
    .map((line) => /^(\d{6}) ([0-9a-f]+) (\d)\t(.*)$/s.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && (m[1] === '100644' || m[1] === '100755') && !(m[4] ?? '').includes('\n'));
  if (entries.length === 0) return;
  const hashes = (
    await git(root, ['hash-object', '-w', '--no-filters', '--stdin-paths'], { input: `${entries.map((m) => m[4]).join('\n')}\n` })
  ).stdout
    .trim()
    .split('\n');
  const info = entries.map((m, i) => `${m[1]} ${hashes[i]}\t${m[4]}`).join('\0');
  await git(root, ['update-index', '-z', '--index-info'], { env, input: `${info}\0` });
}

/** Writes files of a tree as their raw blob bytes (no smudge, no line-ending conversion), with their modes. */
export async function writeRawFromTree(root: string, tree: string, paths: readonly string[]): Promise<void> {
  if (paths.length === 0) return;
  const listed = splitNul((await git(root, ['ls-tree', '-r', '-z', '--full-tree', tree])).stdout);
  const byPath = new Map<string, { mode: string; sha: string }>();
  for (const line of listed) {
    const m = /^(\d{6}) \w+ ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (m) byPath.set(m[3] ?? '', { mode: m[1] ?? '', sha: m[2] ?? '' });
  }
  const wanted = paths
    .map((p) => ({ path: p, entry: byPath.get(p) }))
    .filter((w): w is { path: string; entry: { mode: string; sha: string } } => w.entry !== undefined);
  const blobs = await catBlobs(
    root,
    wanted.filter((w) => w.entry.mode !== '160000').map((w) => w.entry.sha),
  );
  for (const { path, entry } of wanted) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    rmSync(file, { force: true });
    if (entry.mode === '160000') {
      mkdirSync(file, { recursive: true });
      continue;
    }
    const bytes = blobs.get(entry.sha) ?? Buffer.alloc(0);
    if (entry.mode === '120000') symlinkSync(bytes.toString('utf8'), file);
    else {
      writeFileSync(file, bytes);
      chmodSync(file, entry.mode === '100755' ? 0o755 : 0o644);
    }
  }
}

/** Blob contents by id through one `git cat-file --batch` (binary-safe). */
function catBlobs(root: string, shas: readonly string[]): Promise<Map<string, Buffer>> {
  const unique = [...new Set(shas)];
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new CeError('git-failed', `git cat-file failed in ${root}: ${stderr.trim().split('\n')[0] ?? ''}`));
      const out = Buffer.concat(chunks);
      const blobs = new Map<string, Buffer>();
      let offset = 0;
      while (offset < out.length) {
        const eol = out.indexOf(10, offset);
        const header = out.subarray(offset, eol).toString('utf8').split(' ');
        const size = Number(header[2]);
        blobs.set(header[0] ?? '', out.subarray(eol + 1, eol + 1 + size));
        offset = eol + 1 + size + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(unique.length > 0 ? `${unique.join('\n')}\n` : '');
  });
}
