import type { CodeSymbol, SymbolKind } from '../symbols/code-symbol.js';

// Kept apart from index-store.ts (which needs @ce/core) because the parse workers deflate the
// symbols they send back: compact tuples are cheaper to pass between threads than objects.

/** Symbols as stored: `[name, kind, startLine, startColumn, endLine, endColumn, signature, container, exported]`. */
export type StoredSymbol = [string, SymbolKind, number, number, number, number, string, string | null, 0 | 1];

export function deflate(s: CodeSymbol): StoredSymbol {
  const r = s.range;
  return [s.name, s.kind, r.startLine, r.startColumn, r.endLine, r.endColumn, s.signature, s.container, s.exported ? 1 : 0];
}
