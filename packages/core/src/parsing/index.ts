export { LANGUAGES, languageForFile, type LanguageId } from './languages.js';
export {
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
