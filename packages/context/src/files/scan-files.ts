import { existsSync, lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { gitBytes, isGitRepo, splitNul } from '../git/git-info.js';

/** A file the index considers, by its repository-relative path. */
export interface ScannedFile {
  /** Repository-relative path with `/`; bytes of a non-UTF-8 name are shown as `\xNN`. */
  path: string;
  /** What to hand to `fs` to read it (a Buffer when the name is not UTF-8). */
  fsPath: string | Buffer;
  size: number;
  mtimeMs: number;
  /** The raw name bytes (base64) when the name is not valid UTF-8. */
  rawName?: string;
}

export type SkipReason = 'symlink' | 'too-large' | 'binary' | 'unreadable';

/** A file left out of the index, and why. */
export interface SkippedFile {
  path: string;
  reason: SkipReason;
  size?: number;
  mtimeMs?: number;
  detail?: string;
}

export interface FileScan {
  files: ScannedFile[];
  skipped: SkippedFile[];
  /** Paths (escaped) whose names are not valid UTF-8; they are indexed under the escaped name. */
  nonUtf8Names: string[];
}

export interface ScanOptions {
  /** gitignore-style patterns (config `context.exclude`). */
  exclude?: string[];
  /** Files larger than this are skipped and reported (config `context.maxFileBytes`). */
  maxFileBytes?: number;
}

/** Never indexed: git's own folder and ce's working files. */
const ALWAYS_EXCLUDED = ['.git/', '.ce/'];

/**
 * The files of the repository that the index and the searches look at: in a git work tree the
 * tracked and untracked files that `.gitignore` does not exclude (`git ls-files -co
 * --exclude-standard`), elsewhere a walk that honours every `.gitignore` it meets. Then
 * `context.exclude` applies; symlinks and files above `maxFileBytes` are skipped and reported.
 */
export async function scanFiles(root: string, options: ScanOptions = {}): Promise<FileScan> {
  const excluded = ignore()
    .add(ALWAYS_EXCLUDED)
    .add(options.exclude ?? []);
  const maxBytes = options.maxFileBytes ?? 1024 * 1024;
  const rawPaths = (isGitRepo(root) ? await gitListing(root) : null) ?? walk(root);
  const scan: FileScan = { files: [], skipped: [], nonUtf8Names: [] };
  const seen = new Set<string>();
  const rootBytes = Buffer.from(`${root}/`);
  for (const raw of rawPaths) {
    const { path, valid } = displayPath(raw);
    if (seen.has(path)) continue;
    seen.add(path);
    if (excluded.ignores(path)) continue;
    const fsPath = valid ? join(root, path) : Buffer.concat([rootBytes, raw]);
    let stats: Stats;
    try {
      stats = lstatSync(fsPath);
    } catch {
      continue; // listed by git but deleted in the work tree
    }
    if (!valid) scan.nonUtf8Names.push(path);
    if (stats.isSymbolicLink()) {
      scan.skipped.push({
        path,
        reason: 'symlink',
        detail: 'symlinks are not followed; their targets inside the repository are indexed under their own path',
      });
      continue;
    }
    if (!stats.isFile()) continue; // submodules, sockets
    if (stats.size > maxBytes) {
      scan.skipped.push({
        path,
        reason: 'too-large',
        size: stats.size,
        mtimeMs: stats.mtimeMs,
        detail: `${stats.size} bytes > context.maxFileBytes ${maxBytes}`,
      });
      continue;
    }
    scan.files.push({ path, fsPath, size: stats.size, mtimeMs: stats.mtimeMs, ...(valid ? {} : { rawName: raw.toString('base64') }) });
  }
  scan.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return scan;
}

async function gitListing(root: string): Promise<Buffer[] | null> {
  const out = await gitBytes(root, ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  return out === null ? null : splitNul(out);
}

/** Outside git: a walk honouring `.gitignore` files at every level. */
function walk(root: string): Buffer[] {
  const out: Buffer[] = [];
  const visit = (dirRel: Buffer, rules: { base: string; ig: Ignore }[]): void => {
    const dirAbs = dirRel.length === 0 ? Buffer.from(root) : Buffer.concat([Buffer.from(`${root}/`), dirRel]);
    const gitignore = Buffer.concat([dirAbs, Buffer.from('/.gitignore')]);
    const dirDisplay = dirRel.length === 0 ? '' : `${displayPath(dirRel).path}/`;
    const here = existsSync(gitignore) ? [...rules, { base: dirDisplay, ig: ignore().add(readFileSync(gitignore, 'utf8')) }] : rules;
    let entries;
    try {
      entries = readdirSync(dirAbs, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const nameText = displayPath(name).path;
      if (nameText === '.git' || (dirRel.length === 0 && nameText === '.ce')) continue;
      const rel = dirRel.length === 0 ? name : Buffer.concat([dirRel, Buffer.from('/'), name]);
      const relText = `${dirDisplay}${nameText}`;
      const isDir = entry.isDirectory();
      if (here.some((rule) => relText.startsWith(rule.base) && rule.ig.ignores(relText.slice(rule.base.length) + (isDir ? '/' : ''))))
        continue;
      if (isDir) visit(rel, here);
      else out.push(rel);
    }
  };
  visit(Buffer.alloc(0), []);
  return out;
}

/** The path as text: itself when valid UTF-8, else with each byte outside ASCII shown as `\xNN`. */
export function displayPath(raw: Buffer): { path: string; valid: boolean } {
  const text = raw.toString('utf8');
  if (!text.includes('\uFFFD') || Buffer.from(text, 'utf8').equals(raw)) return { path: text, valid: true };
  let escaped = '';
  for (const byte of raw) escaped += byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`;
  return { path: escaped, valid: false };
}
