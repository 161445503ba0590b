// @ce/context: code index (symbols), code search, context sync / health / prune, workflow hooks.
// Public API: only what is exported here.
export { SYMBOL_KINDS, type SymbolKind, type CodeSymbol, type SymbolRange, type SyntaxErrorLocation } from './symbols/code-symbol.js';
export { extractSymbols, type ExtractResult } from './symbols/extract-symbols.js';
export { scanFiles, type FileScan, type ScannedFile, type SkippedFile, type SkipReason, type ScanOptions } from './files/scan-files.js';
export { syncIndex, type SyncOptions, type SyncResult } from './indexer/sync-index.js';
export { readManifest, indexPaths, type IndexManifest, type IndexedFile } from './indexer/index-store.js';
export { CodeIndex, type FindSymbolQuery, type FindSymbolResult, type SymbolMatch } from './query/code-index.js';
export {
  openCodeIndex,
  type FreshnessOptions,
  type OverviewResult,
  type ReferenceQuery,
  type ReferencesResult,
  type SymbolReference,
} from './query/queries.js';
export { type SearchOptions, type SearchMatch, type SearchResult } from './query/search-pattern.js';
// The four queries go to the configured backend: the local index, or Serena over MCP (serena.enabled).
export { findSymbol, getSymbolsOverview, searchForPattern, findReferencingSymbols } from './backends/context-queries.js';
export { type BackendInfo, type ContextBackend, type OverviewQuery } from './backends/context-backend.js';
export { withContextBackend } from './backends/select-backend.js';
export { contextHealth, type HealthReport, type HealthPart, type HealthPartName, type HealthOptions } from './health/context-health.js';
export { pruneContext, type PruneOptions, type PruneResult } from './health/prune-context.js';
export { memoryReferences, checkMemory, type MemoryReferenceCheck } from './memory/memory-references.js';
export { isDependencyManifest } from './health/dependency-manifests.js';
export { autoSyncPre, autoSyncPost, type PreSyncResult, type PostSyncResult } from './workflow/auto-sync.js';
