import { findReferencingSymbols, findSymbol, getSymbolsOverview } from '../query/queries.js';
import { searchForPattern } from '../query/search-pattern.js';
import type { ContextBackend } from './context-backend.js';

/** The built-in tree-sitter index (and text search) of the repository at `root`. */
export function localBackend(root: string): ContextBackend {
  return {
    name: 'local',
    findSymbol: (query) => findSymbol(root, query),
    getSymbolsOverview: (query) => getSymbolsOverview(root, query),
    searchForPattern: (options) => searchForPattern(root, options),
    findReferencingSymbols: (query) => findReferencingSymbols(root, query),
    close: () => Promise.resolve(),
  };
}
