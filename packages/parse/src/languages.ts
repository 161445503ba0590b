/** Languages ce parses with tree-sitter, the npm package that ships each grammar's wasm, and file extensions. */
export const LANGUAGES = {
  typescript: { package: 'tree-sitter-typescript', wasm: 'tree-sitter-typescript.wasm', extensions: ['.ts', '.mts', '.cts'] },
  tsx: { package: 'tree-sitter-typescript', wasm: 'tree-sitter-tsx.wasm', extensions: ['.tsx'] },
  javascript: { package: 'tree-sitter-javascript', wasm: 'tree-sitter-javascript.wasm', extensions: ['.js', '.mjs', '.cjs', '.jsx'] },
  python: { package: 'tree-sitter-python', wasm: 'tree-sitter-python.wasm', extensions: ['.py', '.pyi'] },
  go: { package: 'tree-sitter-go', wasm: 'tree-sitter-go.wasm', extensions: ['.go'] },
  rust: { package: 'tree-sitter-rust', wasm: 'tree-sitter-rust.wasm', extensions: ['.rs'] },
  java: { package: 'tree-sitter-java', wasm: 'tree-sitter-java.wasm', extensions: ['.java'] },
} as const;

export type LanguageId = keyof typeof LANGUAGES;

const BY_EXTENSION = new Map<string, LanguageId>(
  (Object.entries(LANGUAGES) as [LanguageId, (typeof LANGUAGES)[LanguageId]][]).flatMap(([id, spec]) =>
    spec.extensions.map((ext) => [ext, id] as const),
  ),
);

/** The language of a file by its extension, or undefined when ce does not parse it. */
export function languageForFile(path: string): LanguageId | undefined {
  const dot = path.lastIndexOf('.');
  if (dot === -1 || dot < path.lastIndexOf('/')) return undefined;
  return BY_EXTENSION.get(path.slice(dot).toLowerCase());
}
