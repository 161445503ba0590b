import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import type { LanguageId } from '@ce/core';

// The parse workers load this module, not @ce/core's `getParser`: importing @ce/core at run time
// also loads its config stack (ajv, yaml), about 100 ms of CPU in every worker thread for nothing.
// The grammar files are the same ones @ce/core's LANGUAGES table names.
const GRAMMARS: Record<LanguageId, { package: string; wasm: string }> = {
  typescript: { package: 'tree-sitter-typescript', wasm: 'tree-sitter-typescript.wasm' },
  tsx: { package: 'tree-sitter-typescript', wasm: 'tree-sitter-tsx.wasm' },
  javascript: { package: 'tree-sitter-javascript', wasm: 'tree-sitter-javascript.wasm' },
  python: { package: 'tree-sitter-python', wasm: 'tree-sitter-python.wasm' },
  go: { package: 'tree-sitter-go', wasm: 'tree-sitter-go.wasm' },
  rust: { package: 'tree-sitter-rust', wasm: 'tree-sitter-rust.wasm' },
  java: { package: 'tree-sitter-java', wasm: 'tree-sitter-java.wasm' },
};

const require = createRequire(import.meta.url);
let initialised: Promise<void> | undefined;
const parsers = new Map<LanguageId, Promise<Parser>>();

/** Starts loading the tree-sitter runtime (any grammar needs it) ahead of the first parse. */
export function preloadRuntime(): Promise<void> {
  initialised ??= Parser.init();
  return initialised;
}

/** A parser for a language, loaded from the grammar's npm package once per thread and reused. */
export function grammarParser(id: LanguageId): Promise<Parser> {
  let parser = parsers.get(id);
  if (!parser) {
    const spec = GRAMMARS[id];
    const wasm = join(dirname(require.resolve(`${spec.package}/package.json`)), spec.wasm);
    parser = preloadRuntime().then(async () => {
      const language = await Language.load(wasm);
      const p = new Parser();
      p.setLanguage(language);
      return p;
    });
    parsers.set(id, parser);
  }
  return parser;
}
