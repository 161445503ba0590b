import { existsSync, readFileSync } from 'node:fs';
import { resolveInRepo, repoRelative, UsageError } from '@ce/core';
import { syncIndex } from '../indexer/sync-index.js';
import type { SymbolKind } from '../symbols/code-symbol.js';
import { CodeIndex, type FindSymbolQuery, type FindSymbolResult, type SymbolMatch } from './code-index.js';

export interface FreshnessOptions {
  /** Bring the index up to date first (incremental; default true). False queries the last sync as it is. */
  sync?: boolean;
}

/** Opens the index, syncing it first unless told not to. */
export async function openCodeIndex(root: string, options: FreshnessOptions = {}): Promise<CodeIndex> {
  if (options.sync !== false) await syncIndex(root);
  return CodeIndex.open(root);
}

/** `find_symbol`: symbols by name path (`run`, `Runner/run`, `/Runner/run`), substring, kinds, optional body. */
export async function findSymbol(root: string, query: FindSymbolQuery & FreshnessOptions): Promise<FindSymbolResult> {
  // A path that names nothing is a typo, not "no matches".
  const path = query.path === undefined ? undefined : existingRepoPath(root, query.path) || '.';
  const index = await openCodeIndex(root, query);
  return index.findSymbol({ ...query, ...(path === undefined ? {} : { path }) });
}

/** A file or folder inside the repository, relative to the root ('' for the root); exit 2 naming it otherwise. */
function existingRepoPath(root: string, path: string): string {
  const absolute = resolveInRepo(root, path || '.', 'path');
  if (!existsSync(absolute)) {
    throw new UsageError('no-such-path', `${path} does not exist in ${root}`, { hint: 'give a file or folder inside the repository' });
  }
  return repoRelative(root, absolute);
}

export interface OverviewResult {
  path: string;
  files: { file: string; symbols: SymbolMatch[] }[];
}

/** `get_symbols_overview`: the top-level symbols (and their direct children) of a file or of every file below a folder. */
export async function getSymbolsOverview(
  root: string,
  options: { path: string; includeChildren?: boolean } & FreshnessOptions,
): Promise<OverviewResult> {
  const rel = existingRepoPath(root, options.path);
  const index = await openCodeIndex(root, options);
  return {
    path: rel || '.',
    files: index.overview(rel, options.includeChildren === undefined ? {} : { includeChildren: options.includeChildren }),
  };
}

export interface ReferenceQuery {
  /** The referenced symbol, as for find_symbol (exact match). */
  namePath: string;
  /** The file or folder that defines it, when the name is ambiguous. */
  path?: string;
  kinds?: SymbolKind[];
  /** At most this many references (default 200). */
  maxResults?: number;
}

export interface SymbolReference {
  file: string;
  line: number;
  column: number;
  /** The line of the reference, trimmed. */
  snippet: string;
  /** The innermost symbol that holds the reference (null at top level). */
  referencingSymbol: { namePath: string; kind: SymbolKind } | null;
}

export interface ReferencesResult {
  targets: SymbolMatch[];
  references: SymbolReference[];
  total: number;
  truncated: boolean;
  /** How the references were found: textual by the local index, by the language server with Serena. */
  method: 'identifier-scan' | 'language-server';
}

/**
 * `find_referencing_symbols`, best effort: whole-identifier occurrences of the symbol's name in the
 * indexed code files (definitions of the symbol itself left out), each mapped to the innermost
 * symbol that holds it. Names shared by unrelated symbols give false positives; no type resolution.
 */
export async function findReferencingSymbols(root: string, query: ReferenceQuery & FreshnessOptions): Promise<ReferencesResult> {
  const index = await openCodeIndex(root, query);
  const found = index.findSymbol({
    namePath: query.namePath,
    ...(query.path ? { path: query.path } : {}),
    ...(query.kinds ? { kinds: query.kinds } : {}),
    maxResults: 50,
  });
  if (found.total === 0) {
    throw new UsageError('symbol-not-found', `no symbol matches "${query.namePath}"${query.path ? ` in ${query.path}` : ''}`, {
      hint: 'check the name with `ce context find --substring`',
    });
  }
  const targets = found.matches;
  const name = targets[0]!.name;
  const definitions = new Set(targets.map((t) => `${t.file}:${t.range.startLine}`));
  const pattern = new RegExp(`(?<![\\w$#])${escapeRegExp(name)}(?![\\w$])`, 'g');
  const limit = query.maxResults ?? 200;
  const references: SymbolReference[] = [];
  let total = 0;
  for (const [file, entry] of Object.entries(index.manifest.files)) {
    if (!entry.language) continue;
    let text: string;
    try {
      text = readFileSync(index.fsPath(file), 'utf8');
    } catch {
      continue;
    }
    if (!text.includes(name)) continue;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line.includes(name)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
        const holder = index.symbolAt(file, i + 1);
        // The definition's own name is not a reference to it.
        if (definitions.has(`${file}:${i + 1}`) && holder && holder.name === name && holder.range.startLine === i + 1) continue;
        total++;
        if (references.length < limit) {
          references.push({
            file,
            line: i + 1,
            column: m.index,
            snippet: line.trim().slice(0, 300),
            referencingSymbol: holder ? { namePath: holder.namePath, kind: holder.kind } : null,
          });
        }
      }
    }
  }
  references.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { targets, references, total, truncated: total > references.length, method: 'identifier-scan' };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
