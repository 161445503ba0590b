import type { LanguageId } from '@ce/parse';
import type { CodeSymbol, SymbolKind } from './code-symbol.js';

/** A point in the source: 0-based row, 0-based column in UTF-16 code units (tree-sitter's `Point`). */
export interface SourcePoint {
  row: number;
  column: number;
}

/** A definition found by a parser (tree-sitter or oxc), before nesting: what both extractors agree on. */
export interface RawDefinition {
  name: string;
  kind: SymbolKind | 'scope';
  /** Offsets of the definition node in the source (UTF-16 code units). */
  start: number;
  end: number;
  startPoint: SourcePoint;
  endPoint: SourcePoint;
  exported: boolean;
  /** A class member declared `private` / `protected` or with a `#name` (never visible outside). */
  privateMember: boolean;
  /** Container given by the syntax rather than by nesting (a Go method's receiver type). */
  explicitContainer?: string;
  /** Keyword the definition node leaves out (`const`, Go's `type`), put before the signature. */
  prefix?: string;
}

/** Members inherit visibility from their container in these container kinds. */
const MEMBER_OF_PUBLIC = new Set(['interface', 'enum', 'trait', 'type']);
const CALLABLE = new Set(['function', 'method', 'constructor']);

/**
 * Nests definitions by their ranges into symbols: container name paths, methods inside classes,
 * visibility inherited from containers, signatures. Shared by the tree-sitter and oxc extractors
 * so that both give the same symbols for the same definitions.
 */
export function nest(raw: RawDefinition[], language: LanguageId, source: string, file: string, exportedNames: Set<string>): CodeSymbol[] {
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
        exported = parent.exported && !def.privateMember;
      } else if (language === 'python') {
        exported = parent.exported && def.exported;
      } else if (MEMBER_OF_PUBLIC.has(parent.kind) && language !== 'go') {
        exported = def.exported || parent.exported;
      }
    }
    const namePath = container ? `${container}/${def.name}` : def.name;
    stack.push({ end: def.end, namePath, kind, exported });
    if (kind === 'scope') continue;
    const startPosition = def.startPoint;
    const endPosition = def.endPoint;
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
