import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cePaths, writeFileAtomic, type LanguageId } from '@ce/core';
import type { SkippedFile } from '../files/scan-files.js';
import type { CodeSymbol, SymbolKind, SyntaxErrorLocation } from '../symbols/code-symbol.js';

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
  durationMs: number;
  files: Record<string, IndexedFile>;
  /** Symlinks and files above `context.maxFileBytes` (binary files are in `files`, flagged). */
  skipped: SkippedFile[];
}

/** Symbols as stored: `[name, kind, startLine, startColumn, endLine, endColumn, signature, container, exported]`. */
export type StoredSymbol = [string, SymbolKind, number, number, number, number, string, string | null, 0 | 1];

interface StoredSymbols {
  version: number;
  files: Record<string, StoredSymbol[]>;
}

export function indexPaths(root: string): { dir: string; manifest: string; symbols: string } {
  const dir = cePaths(root).index;
  return { dir, manifest: join(dir, 'manifest.json'), symbols: join(dir, 'symbols.json') };
}

/** The manifest of the last sync, or null when there is none (or it is from another format / unreadable). */
export function readManifest(root: string): IndexManifest | null {
  const file = indexPaths(root).manifest;
  if (!existsSync(file)) return null;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as IndexManifest;
    return manifest.version === INDEX_FORMAT_VERSION && manifest.files ? manifest : null;
  } catch {
    return null; // a damaged cache is rebuilt, never trusted
  }
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

/** The symbol store as stored (compact tuples by file), or null when it is missing or damaged. */
export function readStoredSymbols(root: string): Map<string, StoredSymbol[]> | null {
  const file = indexPaths(root).symbols;
  if (!existsSync(file)) return null;
  let stored: StoredSymbols;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as StoredSymbols;
  } catch {
    return null;
  }
  if (stored.version !== INDEX_FORMAT_VERSION || !stored.files) return null;
  return new Map(Object.entries(stored.files));
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

export function deflate(s: CodeSymbol): StoredSymbol {
  const r = s.range;
  return [s.name, s.kind, r.startLine, r.startColumn, r.endLine, r.endColumn, s.signature, s.container, s.exported ? 1 : 0];
}

/** Writes the symbol store atomically (a reader sees the old or the new store, never half). */
export function writeSymbols(root: string, symbols: Map<string, CodeSymbol[]>): void {
  writeStoredSymbols(root, new Map([...symbols].map(([path, list]) => [path, list.map(deflate)])));
}

export function writeStoredSymbols(root: string, symbols: Map<string, StoredSymbol[]>): void {
  const files: Record<string, StoredSymbol[]> = {};
  for (const [path, list] of symbols) if (list.length > 0) files[path] = list;
  writeFileAtomic(indexPaths(root).symbols, JSON.stringify({ version: INDEX_FORMAT_VERSION, files } satisfies StoredSymbols));
}

export function writeManifest(root: string, manifest: IndexManifest): void {
  writeFileAtomic(indexPaths(root).manifest, JSON.stringify(manifest));
}

/** Removes the whole index (used when it is damaged beyond an incremental repair). */
export function clearIndex(root: string): void {
  rmSync(indexPaths(root).dir, { recursive: true, force: true });
}
