import { Language, Parser, Query, type Tree } from 'web-tree-sitter';
import { grammarWasmPath } from './grammar-files.js';
import { type LanguageId } from './languages.js';

// Caches per process (or worker thread): the runtime, each grammar and each parser load once.
const runtime: Promise<void>[] = [];
const languages = new Map<LanguageId, Promise<Language>>();
const parsers = new Map<LanguageId, Promise<Parser>>();

/** Starts loading the tree-sitter runtime (every grammar needs it) ahead of the first parse. */
export function preloadRuntime(): Promise<void> {
  if (runtime.length === 0) runtime.push(Parser.init());
  return runtime[0] as Promise<void>;
}

/**
 * Loads the tree-sitter grammar of a language, only when a file of that language is parsed.
 * Rejects with a CeError naming the language and what to install when its grammar is missing.
 */
export function loadLanguage(id: LanguageId): Promise<Language> {
  let language = languages.get(id);
  if (!language) {
    language = Promise.all([preloadRuntime(), grammarWasmPath(id)]).then(([, wasm]) => Language.load(wasm));
    languages.set(id, language);
  }
  return language;
}

/** A parser for a language, reused across calls (parsing is synchronous once loaded). */
export function getParser(id: LanguageId): Promise<Parser> {
  let parser = parsers.get(id);
  if (!parser) {
    parser = loadLanguage(id).then((language) => {
      const p = new Parser();
      p.setLanguage(language);
      return p;
    });
    parsers.set(id, parser);
  }
  return parser;
}

/** Parses source text; the tree's `rootNode.hasError` tells whether it parsed cleanly. Call `tree.delete()` when done. */
export async function parseSource(id: LanguageId, source: string): Promise<Tree> {
  const parser = await getParser(id);
  const tree = parser.parse(source);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${id}`);
  return tree;
}

/** Compiles a tree-sitter query for a language (cache the result: compiling is the slow part). */
export async function compileQuery(id: LanguageId, source: string): Promise<Query> {
  return new Query(await loadLanguage(id), source);
}

export type { Language, Parser, Query, Tree, Node as SyntaxNode } from 'web-tree-sitter';
