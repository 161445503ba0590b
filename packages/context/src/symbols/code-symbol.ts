/** Kinds of symbol ce indexes, named as LSP / Serena name them (lower case). */
export const SYMBOL_KINDS = [
  'class',
  'interface',
  'struct',
  'trait',
  'enum',
  'enum_member',
  'type',
  'function',
  'method',
  'constructor',
  'property',
  'field',
  'variable',
  'constant',
  'module',
  'macro',
] as const;

export type SymbolKind = (typeof SYMBOL_KINDS)[number];

/** A position range, 1-based lines and 0-based columns (UTF-16 code units), end inclusive of the last line. */
export interface SymbolRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** One definition found in a source file. */
export interface CodeSymbol {
  name: string;
  kind: SymbolKind;
  /** Repository-relative path with forward slashes. */
  file: string;
  range: SymbolRange;
  /** The declaration's head (up to its body), whitespace collapsed, at most 200 characters. */
  signature: string;
  /** Name path of the enclosing symbol (`Class`, `Outer/Inner`), or null at top level. */
  container: string | null;
  /** `container/name`, the path Serena's `find_symbol` matches against. */
  namePath: string;
  /** Visible outside its module: `export`, `pub`, `public`, a capitalised Go name, a Python name without `_`. */
  exported: boolean;
}

/** A syntax error tree-sitter recovered from: the file is indexed as far as it parses. */
export interface SyntaxErrorLocation {
  line: number;
  column: number;
}
