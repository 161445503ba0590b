import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { assertCeFolderConfined, cePaths, readTextFile, writeFileAtomic } from '@ce/core';
import type { LanguageId } from '@ce/parse';
import type { SkippedFile } from '../files/scan-files.js';
import type { CodeSymbol, SyntaxErrorLocation } from '../symbols/code-symbol.js';
import { deflate, type StoredSymbol } from './stored-symbol.js';

export { deflate, type StoredSymbol };

export const INDEX_FORMAT_VERSION = 1;

/** What the index remembers of one file. */
export interface IndexedFile {
  hash: string;
  size: number;
  mtimeMs: number;
  /** The parser used, or null for a file ce does not parse (its hash still tells when it changed). */
  language: LanguageId | null;
  symbols: number;
  syntaxErrors?: SyntaxErrorLocation[];
  binary?: true;
  notUtf8?: true;
  /** Base64 of the raw name bytes when the name is not UTF-8. */
  rawName?: string;
}

/** `.ce/index/manifest.json`: the state of the last sync. */
export interface IndexManifest {
  version: number;
  /** HEAD at the last sync (null outside git or before the first commit). */
  commit: string | null;
  syncedAt: string;
  /** When the last sync started to look at the work tree (ms since the epoch); see `racyLimit`. */
  scanStartedMs?: number;
  durationMs: number;
  files: Record<string, IndexedFile>;
  /** Symlinks and files above `context.maxFileBytes` (binary files are in `files`, flagged). */
  skipped: SkippedFile[];
}

interface StoredSymbols {
  version: number;
  files: Record<string, StoredSymbol[]>;
}

export function indexPaths(root: string): { dir: string; manifest: string; symbols: string } {
  const dir = cePaths(root).index;
  // Every read, write and removal of the index goes through here: never through a link out of the repository.
  assertCeFolderConfined(dir);
  return { dir, manifest: join(dir, 'manifest.json'), symbols: join(dir, 'symbols') };
}

/**
 * The text of an index file, through core's reader: a fifo or a device planted in `.ce/index/`
 * throws (and the damaged index is rebuilt) instead of blocking the sync forever. No size cap: the
 * manifest of a large repository is large.
 */
function readIndexFile(file: string): string {
  return readTextFile(file, { maxBytes: Number.MAX_SAFE_INTEGER });
}

/** The manifest of the last sync, or null when there is none (or it is from another format / unreadable). */
export function readManifest(root: string): IndexManifest | null {
  const file = indexPaths(root).manifest;
  if (!existsSync(file)) return null;
  try {
    const manifest = JSON.parse(readIndexFile(file)) as IndexManifest;
    return manifest.version === INDEX_FORMAT_VERSION && manifest.files ? manifest : null;
  } catch {
    return null; // a damaged cache is rebuilt, never trusted
  }
}

/**
 * Files whose mtime is at or after this instant cannot be trusted by (size, mtime) alone: they were
 * written around the time the last sync read them, so a later write within the file system's mtime
 * granularity could have left size and mtime unchanged (git's "racy" entries). They are hashed.
 */
export function racyLimit(manifest: IndexManifest): number {
  const started = manifest.scanStartedMs ?? Date.parse(manifest.syncedAt) - manifest.durationMs;
  return Number.isFinite(started) ? started - 1000 : 0;
}

/** All symbols by file, or null when the symbol store is missing or damaged. */
export function readSymbols(root: string): Map<string, CodeSymbol[]> | null {
  const stored = readStoredSymbols(root);
  if (!stored) return null;
  const out = new Map<string, CodeSymbol[]>();
  for (const [path, list] of stored)
    out.set(
      path,
      list.map((s) => inflate(path, s)),
    );
  return out;
}

/** Symbols are stored in this many shards by path, so an incremental sync rewrites only a few. */
const SHARDS = 32;

function shardOf(path: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return `${((hash >>> 0) % SHARDS).toString(16).padStart(2, '0')}.json`;
}

function readShard(file: string): Record<string, StoredSymbol[]> | null {
  if (!existsSync(file)) return {};
  try {
    const stored = JSON.parse(readIndexFile(file)) as StoredSymbols;
    return stored.version === INDEX_FORMAT_VERSION && stored.files ? stored.files : null;
  } catch {
    return null;
  }
}

/**
 * Writes a cache file atomically (a reader or a killed writer never sees half a file) but without
 * fsync: the index is a rebuildable cache, and after a power loss a truncated file fails to parse
 * and the index is rebuilt. Saves an fsync pair per shard.
 */
export function writeCacheFile(file: string, content: string): void {
  writeFileAtomic(file, content, { durable: false });
}

function writeShard(file: string, files: Record<string, StoredSymbol[]>): void {
  if (Object.keys(files).length === 0) rmSync(file, { force: true });
  else writeCacheFile(file, JSON.stringify({ version: INDEX_FORMAT_VERSION, files } satisfies StoredSymbols));
}

/** The symbol store as stored (compact tuples by file), or null when it is missing or damaged. */
export function readStoredSymbols(root: string): Map<string, StoredSymbol[]> | null {
  const dir = indexPaths(root).symbols;
  if (!existsSync(dir)) return null;
  const out = new Map<string, StoredSymbol[]>();
  for (const name of readdirSync(dir)) {
    if (!/^[0-9a-f]{2}\.json$/.test(name)) continue;
    const files = readShard(join(dir, name));
    if (!files) return null;
    for (const [path, list] of Object.entries(files)) out.set(path, list);
  }
  return out;
}

/**
 * Applies changed and deleted files to the shards they live in (read, patch, atomic write).
 * False when a shard is damaged: the caller rebuilds the whole store.
 */
export function updateStoredSymbols(root: string, changed: Map<string, StoredSymbol[]>, deleted: string[]): boolean {
  const dir = indexPaths(root).symbols;
  const byShard = new Map<string, { set: [string, StoredSymbol[]][]; drop: string[] }>();
  const entry = (path: string) => {
    const shard = shardOf(path);
    let e = byShard.get(shard);
    if (!e) byShard.set(shard, (e = { set: [], drop: [] }));
    return e;
  };
  for (const [path, list] of changed) entry(path).set.push([path, list]);
  for (const path of deleted) entry(path).drop.push(path);
  for (const [shard, { set, drop }] of byShard) {
    const file = join(dir, shard);
    const files = readShard(file);
    if (!files) return false;
    for (const path of drop) delete files[path];
    for (const [path, list] of set) {
      if (list.length > 0) files[path] = list;
      else delete files[path];
    }
    writeShard(file, files);
  }
  return true;
}

function inflate(file: string, s: StoredSymbol): CodeSymbol {
  const [name, kind, startLine, startColumn, endLine, endColumn, signature, container, exported] = s;
  return {
    name,
    kind,
    file,
    range: { startLine, startColumn, endLine, endColumn },
    signature,
    container,
    namePath: container ? `${container}/${name}` : name,
    exported: exported === 1,
  };
}

/** Writes the symbol store atomically (a reader sees the old or the new store, never half). */
export function writeSymbols(root: string, symbols: Map<string, CodeSymbol[]>): void {
  writeStoredSymbols(root, new Map([...symbols].map(([path, list]) => [path, list.map(deflate)])));
}

/** Replaces the whole symbol store, shard by shard (each shard written atomically). */
export function writeStoredSymbols(root: string, symbols: Map<string, StoredSymbol[]>): void {
  const dir = indexPaths(root).symbols;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const shards = new Map<string, Record<string, StoredSymbol[]>>();
  for (const [path, list] of symbols) {
    if (list.length === 0) continue;
    const shard = shardOf(path);
    let files = shards.get(shard);
    if (!files) shards.set(shard, (files = {}));
    files[path] = list;
  }
  for (const [shard, files] of shards) writeShard(join(dir, shard), files);
}

/**
 * Forgets the manifest before the symbol store is replaced as a whole: the store is written shard by
 * shard, so a writer killed half-way must leave no manifest vouching for symbols that are gone (the
 * next sync then rebuilds everything instead of trusting the old hashes).
 */
export function dropManifest(root: string): void {
  rmSync(indexPaths(root).manifest, { force: true });
}

export function writeManifest(root: string, manifest: IndexManifest): void {
  writeCacheFile(indexPaths(root).manifest, JSON.stringify(manifest));
}

/** Removes the whole index (used when it is damaged beyond an incremental repair). */
export function clearIndex(root: string): void {
  rmSync(indexPaths(root).dir, { recursive: true, force: true });
}
