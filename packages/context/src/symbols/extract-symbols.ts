import type { LanguageId, SyntaxNode } from '@ce/parse';
import type { CodeSymbol, SymbolKind, SyntaxErrorLocation } from './code-symbol.js';
import { syntaxErrorNodes, walkDefinitions } from './definition-walker.js';
import { getParser as grammarParser } from '@ce/parse';

export interface ExtractResult {
  symbols: CodeSymbol[];
  /** Where tree-sitter had to recover (at most 5 places); empty when the file parsed cleanly. */
  syntaxErrors: SyntaxErrorLocation[];
}

interface RawDefinition {
  name: string;
  kind: SymbolKind | 'scope';
  start: number;
  end: number;
  node: SyntaxNode;
  exported: boolean;
  /** Container given by the syntax rather than by nesting (a Go method's receiver type). */
  explicitContainer?: string;
  /** Keyword the definition node leaves out (`const`, Go's `type`), put before the signature. */
  prefix?: string;
}

/**
 * Extracts the definitions of one source file with tree-sitter. A file with syntax errors is
 * indexed as far as it parses; the places tree-sitter recovered from are reported.
 */
export async function extractSymbols(language: LanguageId, source: string, file: string): Promise<ExtractResult> {
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
    node: def,
    exported,
    ...(explicitContainer ? { explicitContainer } : {}),
    ...(prefix ? { prefix } : {}),
  };
}

/** Members inherit visibility from their container in these container kinds. */
const MEMBER_OF_PUBLIC = new Set(['interface', 'enum', 'trait', 'type']);
const CALLABLE = new Set(['function', 'method', 'constructor']);

function nest(raw: RawDefinition[], language: LanguageId, source: string, file: string, exportedNames: Set<string>): CodeSymbol[] {
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const symbols: CodeSymbol[] = [];
  const stack: { end: number; namePath: string; kind: SymbolKind | 'scope'; exported: boolean }[] = [];
  let previous: RawDefinition | undefined;
  for (const def of raw) {
    // The same node matched by two patterns (e.g. a TS `function_signature` and its overload) counts once.
    if (previous && previous.start === def.start && previous.end === def.end && previous.name === def.name) continue;
    previous = def;
    while (stack.length > 0 && stack[stack.length - 1]!.end <= def.start) stack.pop();
    const parent = stack[stack.length - 1];
    let container = def.explicitContainer ?? parent?.namePath ?? null;
    if (def.explicitContainer && parent) container = `${parent.namePath}/${def.explicitContainer}`;
    let kind = def.kind;
    if (kind === 'function' && parent && ['class', 'scope', 'trait', 'interface', 'struct'].includes(parent.kind)) kind = 'method';
    let exported = def.exported || (parent === undefined && exportedNames.has(def.name));
    if (parent && CALLABLE.has(parent.kind)) {
      exported = false;
    } else if (parent && parent.kind !== 'module') {
      if (language === 'typescript' || language === 'tsx' || language === 'javascript') {
        exported = parent.exported && !isPrivateMember(def.node, def.name);
      } else if (language === 'python') {
        exported = parent.exported && def.exported;
      } else if (MEMBER_OF_PUBLIC.has(parent.kind) && language !== 'go') {
        exported = def.exported || parent.exported;
      }
    }
    const namePath = container ? `${container}/${def.name}` : def.name;
    stack.push({ end: def.end, namePath, kind, exported });
    if (kind === 'scope') continue;
    const startPosition = def.node.startPosition;
    const endPosition = def.node.endPosition;
    symbols.push({
      name: def.name,
      kind,
      file,
      range: {
        startLine: startPosition.row + 1,
        startColumn: startPosition.column,
        endLine: endPosition.row + 1,
        endColumn: endPosition.column,
      },
      signature: (def.prefix ? `${def.prefix} ` : '') + signatureOf(source, def.start, def.end, language, kind),
      container,
      namePath,
      exported,
    });
  }
  return symbols;
}

function isPrivateMember(node: SyntaxNode, name: string): boolean {
  if (name.startsWith('#')) return true;
  const first = node.firstChild;
  return first?.type === 'accessibility_modifier' && first.text !== 'public';
}

const SINGLE_LINE_KINDS = new Set<SymbolKind>(['variable', 'constant', 'field', 'property', 'enum_member']);

/** The declaration's head: text up to the body (`{` or Python's `:` at bracket depth 0), whitespace collapsed. */
export function signatureOf(source: string, start: number, end: number, language: LanguageId, kind: SymbolKind): string {
  const text = source.slice(start, Math.min(end, start + 600));
  let depth = 0;
  let cut = text.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (ch === '\n' && SINGLE_LINE_KINDS.has(kind)) {
        cut = i;
        break;
      }
      if (language === 'python' ? ch === ':' && /^:\s*(#.*)?(\n|$)/.test(text.slice(i, i + 200)) : ch === '{' || ch === ';') {
        cut = i;
        break;
      }
    }
  }
  const head = text.slice(0, cut).replace(/\s+/g, ' ').trim();
  return head.length > 200 ? `${head.slice(0, 199)}…` : head;
}
