import type * as WebTreeSitter from 'web-tree-sitter';
import type { Language, Parser, Query, Tree } from 'web-tree-sitter';
import { grammarWasmPath } from './grammar-files.js';
import { type LanguageId } from './languages.js';

/**
 * The tree-sitter runtime module, imported on the first parse rather than with @ce/parse: a
 * command that never parses (`ce validate --plan`) does not pay for loading it.
 */
let runtimeModule: Promise<typeof WebTreeSitter> | undefined;
const treeSitter = (): Promise<typeof WebTreeSitter> => (runtimeModule ??= import('web-tree-sitter'));

// Caches per process (or worker thread): the runtime, each grammar and each parser load once.
const runtime: Promise<void>[] = [];
const languages = new Map<LanguageId, Promise<Language>>();
const parsers = new Map<LanguageId, Promise<Parser>>();

/** Starts loading the tree-sitter runtime (every grammar needs it) ahead of the first parse. */
export function preloadRuntime(): Promise<void> {
  if (runtime.length === 0) runtime.push(treeSitter().then((m) => m.Parser.init()));
  return runtime[0] as Promise<void>;
}

/**
 * Loads the tree-sitter grammar of a language, only when a file of that language is parsed.
 * Rejects with a CeError naming the language and what to install when its grammar is missing.
 */
export function loadLanguage(id: LanguageId): Promise<Language> {
  let language = languages.get(id);
  if (!language) {
    language = Promise.all([treeSitter(), preloadRuntime(), grammarWasmPath(id)]).then(([m, , wasm]) => m.Language.load(wasm));
    languages.set(id, language);
  }
  return language;
}

/** A parser for a language, reused across calls (parsing is synchronous once loaded). */
export function getParser(id: LanguageId): Promise<Parser> {
  let parser = parsers.get(id);
  if (!parser) {
    parser = Promise.all([treeSitter(), loadLanguage(id)]).then(([m, language]) => {
      const p = new m.Parser();
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
  const { Query: CompiledQuery } = await treeSitter();
  return new CompiledQuery(await loadLanguage(id), source);
}

export type { Language, Parser, Query, Tree, Node as SyntaxNode } from 'web-tree-sitter';
