import type { LanguageId, SyntaxNode } from '@ce/parse';
import type { CodeSymbol, SymbolKind, SyntaxErrorLocation } from './code-symbol.js';
import { syntaxErrorNodes, walkDefinitions } from './definition-walker.js';
import { nest, type RawDefinition } from './nest-definitions.js';
import { getParser as grammarParser, isEcmaScript, parseEcmaScript } from '@ce/parse';
import { ecmaScriptDefinitions } from './ecmascript-definitions.js';

export interface ExtractResult {
  symbols: CodeSymbol[];
  /** Where tree-sitter had to recover (at most 5 places); empty when the file parsed cleanly. */
  syntaxErrors: SyntaxErrorLocation[];
}

/**
 * Extracts the definitions of one source file. TypeScript and JavaScript are parsed with oxc when
 * it parses the file cleanly (fast, native); a file it finds errors in, one nested too deep for
 * it, and every other language go to tree-sitter, which indexes a file with syntax errors as far as
 * it parses and reports where it had to recover. Both give the same symbols for the same code.
 */
export async function extractSymbols(language: LanguageId, source: string, file: string): Promise<ExtractResult> {
  if (isEcmaScript(language)) {
    let parsed = parseEcmaScript(language, source, file);
    // A body the skim blanked although definitions live in it shows as an empty body: parse it all.
    for (let attempt = 0; parsed.status === 'parsed'; attempt++) {
      const { found, exportedNames, emptyBody } = ecmaScriptDefinitions(parsed.program, source);
      if (!emptyBody || !parsed.skimmed || attempt > 0)
        return { symbols: nest(found, language, source, file, exportedNames), syntaxErrors: [] };
      parsed = parseEcmaScript(language, source, file, { skim: false });
    }
  }
  return extractWithTreeSitter(language, source, file);
}

/** The tree-sitter extractor (every language; TypeScript and JavaScript that oxc leaves to it). */
export async function extractWithTreeSitter(language: LanguageId, source: string, file: string): Promise<ExtractResult> {
  const parser = await grammarParser(language);
  const tree = parser.parse(language === 'typescript' ? withoutGrammarGaps(source) : source);
  if (!tree) return { symbols: [], syntaxErrors: [{ line: 1, column: 0 }] };
  try {
    const { found, exportedNames } = walkDefinitions(language, tree);
    const raw: RawDefinition[] = [];
    for (const { tag, def, name, receiver, object } of found) {
      const entry = classify(language, tag, def, name, receiver, object);
      if (entry) raw.push(entry);
    }
    const symbols = nest(raw, language, source, file, exportedNames);
    const syntaxErrors: SyntaxErrorLocation[] = [];
    if (tree.rootNode.hasError) {
      for (const node of syntaxErrorNodes(tree.rootNode))
        syntaxErrors.push({ line: node.startPosition.row + 1, column: node.startPosition.column });
      if (syntaxErrors.length === 0) syntaxErrors.push({ line: 1, column: 0 });
    }
    return { symbols, syntaxErrors };
  } finally {
    tree.delete();
  }
}

/** Variance annotations on type parameters (`<in out A>`, TS 4.7). */
const VARIANCE = /([<,]\s*)(in\s+out|in|out)(?=\s+[A-Za-z_$][\w$]*\s*(?:extends\b|=|,|>))/g;
/** An indented line that starts a generic call signature (`<A, B>(…): R` in an object type). */
const GENERIC_CALL_LINE = /^([ \t]+)(?=<[A-Za-z_$][\w$]*\s*(?:,|>|extends\b))/gm;

/**
 * Works around two TypeScript forms tree-sitter-typescript 0.23 does not parse, without moving
 * any character (so every position stays true): variance annotations are blanked, and a `;` is put
 * in the indentation before a generic call signature that follows another member on a new line
 * (the grammar otherwise reads `A\n<B>(…)` as a type argument list).
 */
export function withoutGrammarGaps(source: string): string {
  return source
    .replace(VARIANCE, (_match: string, before: string, keyword: string) => before + ' '.repeat(keyword.length))
    .replace(GENERIC_CALL_LINE, (indent: string, _group: string, offset: number, text: string) =>
      endsMember(text, offset) ? `${indent.slice(0, -1)};` : indent,
    );
}

/** Whether the last code line before `offset` ends a type member (not `,`, `(`, `=>`, … where an expression goes on). */
function endsMember(text: string, offset: number): boolean {
  let end = offset - 1;
  for (let guard = 0; guard < 200 && end > 0; guard++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    end = start - 1;
    if (line === '' || line.startsWith('*') || line.startsWith('/*') || line.startsWith('//')) continue;
    return /[\w$\])}>]$/.test(line) && !line.endsWith('=>');
  }
  return false;
}

const FUNCTION_VALUES = new Set(['arrow_function', 'function_expression', 'function', 'generator_function']);

function classify(
  language: LanguageId,
  tag: string,
  def: SyntaxNode,
  nameNode: SyntaxNode,
  receiver: SyntaxNode | undefined,
  object: SyntaxNode | undefined,
): RawDefinition | undefined {
  let name = nameNode.text;
  let kind = (tag === 'scope' ? 'scope' : tag.slice(4)) as SymbolKind | 'scope' | 'var' | 'export' | 'member';
  let exported = false;
  let explicitContainer: string | undefined;
  let prefix: string | undefined;
  switch (language) {
    case 'typescript':
    case 'tsx':
    case 'javascript': {
      if (kind === 'var') {
        const declaration = def.parent;
        if (!declaration) return undefined;
        // The walker reaches declarators only at module (or namespace) level.
        if (declaration.parent?.type === 'export_statement') exported = true;
        const value = def.childForFieldName('value');
        if (value && FUNCTION_VALUES.has(value.type)) kind = 'function';
        else if (value && value.type === 'class') kind = 'class';
        else kind = declaration.firstChild?.type === 'const' ? 'constant' : 'variable';
        prefix = declaration.firstChild?.type;
      } else if (kind === 'export') {
        const target = object?.text ?? '';
        if (def.parent?.parent?.type !== 'program' || !/^(module\.)?exports$/.test(target)) return undefined;
        const right = def.childForFieldName('right');
        kind = right?.type === 'class' ? 'class' : 'function';
        exported = true;
      } else {
        if (kind === 'member') kind = def.type === 'method_signature' ? 'method' : 'property';
        exported = def.parent?.type === 'export_statement';
        if (kind === 'module') name = name.replace(/^['"`]|['"`]$/g, '');
      }
      break;
    }
    case 'python':
      if (kind === 'var') kind = /^[A-Z][A-Z0-9_]*$/.test(name) ? 'constant' : 'variable';
      exported = !name.startsWith('_') || /^__\w+__$/.test(name);
      break;
    case 'go':
      exported = /^\p{Lu}/u.test(name);
      if (receiver) explicitContainer = receiver.text;
      if (def.type === 'type_spec' || def.type === 'type_alias') prefix = 'type';
      else if (def.type === 'const_spec') prefix = 'const';
      else if (def.type === 'var_spec') prefix = 'var';
      break;
    case 'rust':
      exported = def.firstChild?.type === 'visibility_modifier';
      break;
    case 'java': {
      const modifiers = def.children.find((child) => child?.type === 'modifiers');
      exported = modifiers ? /\bpublic\b/.test(modifiers.text) : false;
      break;
    }
  }
  if (kind === 'var' || kind === 'export' || kind === 'member') return undefined;
  return {
    name,
    kind,
    start: def.startIndex,
    end: def.endIndex,
    startPoint: def.startPosition,
    endPoint: def.endPosition,
    exported,
    privateMember: isPrivateMember(def, name),
    ...(explicitContainer ? { explicitContainer } : {}),
    ...(prefix ? { prefix } : {}),
  };
}

function isPrivateMember(node: SyntaxNode, name: string): boolean {
  if (name.startsWith('#')) return true;
  // Any modifier position: `declare private x`, `static protected y` (oxc reads them the same way).
  const modifier = node.children.find((child) => child?.type === 'accessibility_modifier');
  return modifier != null && modifier.text !== 'public';
}
