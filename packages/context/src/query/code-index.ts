import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '@ce/core';
import { readManifest, readSymbols, type IndexedFile, type IndexManifest } from '../indexer/index-store.js';
import type { CodeSymbol, SymbolKind } from '../symbols/code-symbol.js';
import { lineRangeOfBytes } from './line-range.js';

export interface FindSymbolQuery {
  /**
   * A name (`run`), a name path ending (`Runner/run`, matched on whole segments from the end) or an
   * absolute name path (`/Runner/run`, the whole path).
   */
  namePath: string;
  /** Match the last segment as a substring (case-insensitive) rather than exactly. */
  substring?: boolean;
  /** Only these kinds. */
  kinds?: SymbolKind[];
  /** Only symbols in this file or below this folder (repository-relative). */
  path?: string;
  /** Include each symbol's source text. */
  includeBody?: boolean;
  /** Include the names of direct children (members of a class, …). */
  includeChildren?: boolean;
  /** At most this many matches (default 100). */
  maxResults?: number;
}

export interface SymbolMatch extends CodeSymbol {
  body?: string;
  children?: { name: string; kind: SymbolKind; line: number }[];
}

export interface FindSymbolResult {
  matches: SymbolMatch[];
  total: number;
  truncated: boolean;
}

/**
 * The code index in memory: symbols by file and a name map for lookups. Loaded from `.ce/index/`
 * once; queries then take microseconds to milliseconds.
 */
export class CodeIndex {
  private nameMap: Map<string, CodeSymbol[]> | undefined;

  private constructor(
    readonly root: string,
    readonly manifest: IndexManifest,
    readonly symbolsByFile: Map<string, CodeSymbol[]>,
  ) {}

  /** Opens the index of the last sync; throws (exit 2) when there is none. */
  static open(root: string): CodeIndex {
    const manifest = readManifest(root);
    const symbols = manifest ? readSymbols(root) : null;
    if (!manifest || !symbols) {
      throw new UsageError('no-index', `${join(root, '.ce', 'index')} holds no code index`, { hint: 'run `ce context sync` first' });
    }
    return new CodeIndex(root, manifest, symbols);
  }

  /** Symbols by name, built on first use. */
  private get byName(): Map<string, CodeSymbol[]> {
    if (!this.nameMap) {
      const map = new Map<string, CodeSymbol[]>();
      for (const list of this.symbolsByFile.values()) {
        for (const symbol of list) {
          const bucket = map.get(symbol.name);
          if (bucket) bucket.push(symbol);
          else map.set(symbol.name, [symbol]);
        }
      }
      this.nameMap = map;
    }
    return this.nameMap;
  }

  get symbolCount(): number {
    let n = 0;
    for (const list of this.symbolsByFile.values()) n += list.length;
    return n;
  }

  /** Finds symbols by name path, as Serena's `find_symbol` does. */
  findSymbol(query: FindSymbolQuery): FindSymbolResult {
    const raw = query.namePath.trim();
    if (!raw || raw === '/')
      throw new UsageError('bad-name-path', 'the name path is empty', { hint: 'give a name such as `run` or `Runner/run`' });
    const absolute = raw.startsWith('/');
    const segments = raw.replace(/^\/+|\/+$/g, '').split('/');
    const last = segments[segments.length - 1]!;
    const parents = segments.slice(0, -1);
    const kinds = query.kinds && query.kinds.length > 0 ? new Set(query.kinds) : undefined;
    const inPath = pathFilter(query.path);
    const candidates: CodeSymbol[] = [];
    if (query.substring) {
      const needle = last.toLowerCase();
      for (const [name, list] of this.byName) if (name.toLowerCase().includes(needle)) candidates.push(...list);
    } else {
      candidates.push(...(this.byName.get(last) ?? []));
    }
    const matches = candidates.filter((symbol) => {
      if (kinds && !kinds.has(symbol.kind)) return false;
      if (inPath && !inPath(symbol.file)) return false;
      if (parents.length === 0) return !absolute || symbol.container === null;
      const containerSegments = symbol.container ? symbol.container.split('/') : [];
      if (absolute ? containerSegments.length !== parents.length : containerSegments.length < parents.length) return false;
      const tail = containerSegments.slice(containerSegments.length - parents.length);
      return tail.every((segment, i) => segment === parents[i]);
    });
    matches.sort((a, b) => compareText(a.file, b.file) || a.range.startLine - b.range.startLine);
    const limit = query.maxResults ?? 100;
    // Matches are sorted by file: each file is read once for the bodies of all its matches.
    const files = new Map<string, Buffer | null>();
    const out = matches.slice(0, limit).map((symbol) => this.decorate(symbol, query, files));
    return { matches: out, total: matches.length, truncated: matches.length > limit };
  }

  /** Top-level symbols of a file (with their direct children), or of every indexed file below a folder. */
  overview(path: string, options: { includeChildren?: boolean } = {}): { file: string; symbols: SymbolMatch[] }[] {
    const normalised = path.replace(/^\.\/+/, '').replace(/\/+$/, '');
    const inPath = pathFilter(normalised);
    const files = Object.keys(this.manifest.files)
      .filter((file) => this.manifest.files[file]!.language && (inPath ? inPath(file) : true))
      .sort(compareText);
    return files.map((file) => ({
      file,
      symbols: (this.symbolsByFile.get(file) ?? [])
        .filter((symbol) => symbol.container === null)
        .map((symbol) => this.decorate(symbol, { includeChildren: options.includeChildren ?? true })),
    }));
  }

  /** The innermost symbol whose range holds a line of a file. */
  symbolAt(file: string, line: number): CodeSymbol | undefined {
    let best: CodeSymbol | undefined;
    for (const symbol of this.symbolsByFile.get(file) ?? []) {
      if (symbol.range.startLine <= line && line <= symbol.range.endLine) {
        if (!best || symbol.range.endLine - symbol.range.startLine <= best.range.endLine - best.range.startLine) best = symbol;
      }
    }
    return best;
  }

  /** The file system path of an indexed file (names that are not UTF-8 are kept as raw bytes). */
  fsPath(file: string): string | Buffer {
    return fsPathOf(this.root, file, this.manifest.files[file]);
  }

  private decorate(
    symbol: CodeSymbol,
    options: { includeBody?: boolean; includeChildren?: boolean },
    files = new Map<string, Buffer | null>(),
  ): SymbolMatch {
    const match: SymbolMatch = { ...symbol };
    if (options.includeChildren) {
      match.children = (this.symbolsByFile.get(symbol.file) ?? [])
        .filter((s) => s.container === symbol.namePath)
        .map((s) => ({ name: s.name, kind: s.kind, line: s.range.startLine }));
    }
    if (options.includeBody) match.body = this.body(symbol, files);
    return match;
  }

  /** The source text of a symbol; `files` keeps the bytes of files already read by this query. */
  private body(symbol: CodeSymbol, files: Map<string, Buffer | null>): string {
    if (!files.has(symbol.file)) files.set(symbol.file, this.readSource(symbol.file));
    const bytes = files.get(symbol.file);
    return bytes ? lineRangeOfBytes(bytes, symbol.range.startLine, symbol.range.endLine, symbol.range.startColumn) : '';
  }

  private readSource(file: string): Buffer | null {
    try {
      return readFileSync(this.fsPath(file));
    } catch {
      return null;
    }
  }
}

export function fsPathOf(root: string, file: string, entry: IndexedFile | undefined): string | Buffer {
  if (entry?.rawName) return Buffer.concat([Buffer.from(`${root}/`), Buffer.from(entry.rawName, 'base64')]);
  return join(root, file);
}

/** A predicate for "this file, or anything below this folder"; undefined for the whole repository. */
export function pathFilter(path: string | undefined): ((file: string) => boolean) | undefined {
  const p = path?.replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (!p || p === '.') return undefined;
  return (file) => file === p || file.startsWith(`${p}/`);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
