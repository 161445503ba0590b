import type { FindSymbolQuery, FindSymbolResult } from '../query/code-index.js';
import type { FreshnessOptions, OverviewResult, ReferenceQuery, ReferencesResult } from '../query/queries.js';
import type { SearchOptions, SearchResult } from '../query/search-pattern.js';

/** Which backend answered a query, and why it is not the configured one (when it is not). */
export interface BackendInfo {
  backend: 'serena' | 'local';
  /** Set when Serena was configured but could not answer, and the local index did instead. */
  warnings?: string[];
}

export interface OverviewQuery extends FreshnessOptions {
  path: string;
  includeChildren?: boolean;
}

/** The four code queries, answered by the local index or by Serena over MCP. */
export interface ContextBackend {
  readonly name: BackendInfo['backend'];
  findSymbol(query: FindSymbolQuery & FreshnessOptions): Promise<FindSymbolResult>;
  getSymbolsOverview(query: OverviewQuery): Promise<OverviewResult>;
  searchForPattern(options: SearchOptions): Promise<SearchResult>;
  findReferencingSymbols(query: ReferenceQuery & FreshnessOptions): Promise<ReferencesResult>;
  /** Releases what the backend holds (the Serena process). */
  close(): Promise<void>;
}
