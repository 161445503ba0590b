import { createRequire } from 'node:module';
import type { parseSync as OxcParseSync, Program } from 'oxc-parser';
import type { LanguageId } from './languages.js';
import { nestingBound, SAFE_NESTING, scanEcmaScript } from './nesting-bound.js';

/** The languages oxc parses. */
export type EcmaScriptLanguage = Extract<LanguageId, 'typescript' | 'tsx' | 'javascript'>;

export type EcmaScriptParse =
  /** `skimmed`: parsed from the skimmed source (function bodies, object literals and blocks blanked). */
  | { status: 'parsed'; program: Program; skimmed: boolean }
  /** oxc reported syntax errors (tree-sitter recovers from them and says where). */
  | { status: 'syntax-error' }
  /** Nested deeper than oxc's native stack can safely take (see nesting-bound.ts). */
  | { status: 'too-deep'; depth: number };

/**
 * oxc's native binding (a 3 MB shared library) loads on the first parse rather than with
 * @ce/parse, so a command that never parses (`ce validate --plan`) does not pay for it. The parse is
 * synchronous, hence require: Node ≥ 20.19 (the engines field) requires an ES module package.
 */
let oxc: { parseSync: typeof OxcParseSync } | undefined;
const oxcParser = (): { parseSync: typeof OxcParseSync } =>
  (oxc ??= createRequire(import.meta.url)('oxc-parser') as { parseSync: typeof OxcParseSync });

const LANG = { typescript: 'ts', tsx: 'tsx', javascript: 'jsx' } as const;

export function isEcmaScript(language: LanguageId): language is EcmaScriptLanguage {
  return language === 'typescript' || language === 'tsx' || language === 'javascript';
}

/**
 * Parses TypeScript or JavaScript with oxc (native, ≈ 10× faster than tree-sitter's wasm here),
 * with positions in UTF-16 code units like the source string. By default what it parses is the
 * source skimmed for definitions (see `scanEcmaScript`): handing the AST over from Rust as JSON
 * costs twice the parse itself, and bodies are most of it. Errors inside a skimmed body are then
 * not seen; `skim: false` parses everything. Refuses, without parsing, source
 * nested beyond what oxc's native recursion can take, and reports a file oxc finds syntax errors
 * in without its tree: both are left to tree-sitter, which recovers from errors and never
 * overflows. `.js` is read as JSX (as tree-sitter-javascript does), in the module or script goal
 * its extension gives.
 */
export function parseEcmaScript(
  language: EcmaScriptLanguage,
  source: string,
  file = 'source',
  options: { skim?: boolean } = {},
): EcmaScriptParse {
  const jsx = language !== 'typescript';
  const { depth, skimmed } = options.skim === false ? { depth: 0, skimmed: null } : scanEcmaScript(source, jsx);
  if (depth > SAFE_NESTING) return { status: 'too-deep', depth };
  const text = skimmed ?? source;
  // The skim's bound leaves comments out (it blanks them); the whole source gets the bound that counts them.
  const fullDepth = text === source ? nestingBound(source, SAFE_NESTING, jsx) : 0;
  if (fullDepth > SAFE_NESTING) return { status: 'too-deep', depth: fullDepth };
  const sourceType = file.endsWith('.cjs') ? 'commonjs' : language === 'javascript' ? 'unambiguous' : 'module';
  const parseOptions = { lang: LANG[language], sourceType, preserveParens: true } as const;
  const result = oxcParser().parseSync(file, text, parseOptions);
  // An error in the skimmed text may be the skim's (a construct it misread): the whole source decides.
  if (result.errors.length > 0 && text !== source) return parseEcmaScript(language, source, file, { skim: false });
  if (result.errors.length > 0) return { status: 'syntax-error' };
  return { status: 'parsed', program: result.program, skimmed: text !== source };
}

export type { Program } from 'oxc-parser';
