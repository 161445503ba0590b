// @ce/parse: tree-sitter parsing for the languages ce reads. Public API: only what is exported here.
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
