// @ce/parse: parsing for the languages ce reads (tree-sitter for all, oxc for TypeScript and
// JavaScript). Public API: only what is exported here.
export { LANGUAGES, languageForFile, type LanguageId } from './languages.js';
export {
  preloadRuntime,
  loadLanguage,
  getParser,
  parseSource,
  compileQuery,
  type Language,
  type Parser,
  type Query,
  type Tree,
  type SyntaxNode,
} from './tree-sitter.js';
export { plainTree, type PlainNode } from './plain-tree.js';
export { parseEcmaScript, isEcmaScript, type EcmaScriptLanguage, type EcmaScriptParse, type Program } from './ecmascript.js';
export { nestingBound, scanEcmaScript, SAFE_NESTING, type EcmaScriptScan } from './nesting-bound.js';
