import type { FindSymbolQuery, FindSymbolResult } from '../query/code-index.js';
import type { FreshnessOptions, OverviewResult, ReferenceQuery, ReferencesResult } from '../query/queries.js';
import type { SearchOptions, SearchResult } from '../query/search-pattern.js';
import type { BackendInfo, OverviewQuery } from './context-backend.js';
import { withContextBackend } from './select-backend.js';

/** `find_symbol`: symbols by name path (`run`, `Runner/run`, `/Runner/run`), substring, kinds, optional body. */
export function findSymbol(root: string, query: FindSymbolQuery & FreshnessOptions): Promise<FindSymbolResult & BackendInfo> {
  return withContextBackend(root, (backend) => backend.findSymbol(query));
}

/** `get_symbols_overview`: the top-level symbols (and their direct children) of a file or of every file below a folder. */
export function getSymbolsOverview(root: string, options: OverviewQuery): Promise<OverviewResult & BackendInfo> {
  return withContextBackend(root, (backend) => backend.getSymbolsOverview(options));
}

/** `search_for_pattern`: a regular expression over the repository's text files, with globs and context lines. */
export function searchForPattern(root: string, options: SearchOptions): Promise<SearchResult & BackendInfo> {
  return withContextBackend(root, (backend) => backend.searchForPattern(options));
}

/** `find_referencing_symbols`: the places that reference a symbol, each with the symbol that holds it. */
export function findReferencingSymbols(root: string, query: ReferenceQuery & FreshnessOptions): Promise<ReferencesResult & BackendInfo> {
  return withContextBackend(root, (backend) => backend.findReferencingSymbols(query));
}
