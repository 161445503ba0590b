import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language, Parser, Query, type Tree } from 'web-tree-sitter';
import { LANGUAGES, type LanguageId } from './languages.js';

const require = createRequire(import.meta.url);
let initialised: Promise<void> | undefined;
const languages = new Map<LanguageId, Promise<Language>>();
const parsers = new Map<LanguageId, Parser>();

/**
 * Loads the tree-sitter grammar of a language from its npm package's own wasm (no download at
 * run time). The runtime and each grammar load once per process.
 */
export function loadLanguage(id: LanguageId): Promise<Language> {
  initialised ??= Parser.init();
  let language = languages.get(id);
  if (!language) {
    const spec = LANGUAGES[id];
    const wasm = join(dirname(require.resolve(`${spec.package}/package.json`)), spec.wasm);
    language = initialised.then(() => Language.load(wasm));
    languages.set(id, language);
  }
  return language;
}

/** A parser for a language, reused across calls (parsing is synchronous once loaded). */
export async function getParser(id: LanguageId): Promise<Parser> {
  const language = await loadLanguage(id);
  let parser = parsers.get(id);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(language);
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
