import type { SymbolKind } from '../symbols/code-symbol.js';

/** LSP SymbolKind numbers (the numbering Serena's `include_kinds` takes) by their enum names. */
const LSP_KIND_NAMES = [
  'File',
  'Module',
  'Namespace',
  'Package',
  'Class',
  'Method',
  'Property',
  'Field',
  'Constructor',
  'Enum',
  'Interface',
  'Function',
  'Variable',
  'Constant',
  'String',
  'Number',
  'Boolean',
  'Array',
  'Object',
  'Key',
  'Null',
  'EnumMember',
  'Struct',
  'Event',
  'Operator',
  'TypeParameter',
] as const;

/** ce's kind for each LSP kind number (1-based). */
const FROM_LSP: Record<number, SymbolKind> = {
  1: 'module',
  2: 'module',
  3: 'module',
  4: 'module',
  5: 'class',
  6: 'method',
  7: 'property',
  8: 'field',
  9: 'constructor',
  10: 'enum',
  11: 'interface',
  12: 'function',
  13: 'variable',
  14: 'constant',
  15: 'constant',
  16: 'constant',
  17: 'constant',
  18: 'variable',
  19: 'variable',
  20: 'property',
  21: 'constant',
  22: 'enum_member',
  23: 'struct',
  24: 'property',
  25: 'function',
  26: 'type',
};

/** The LSP kind numbers that stand for each of ce's kinds (traits are interfaces, macros functions there). */
const TO_LSP: Record<SymbolKind, number[]> = {
  class: [5],
  interface: [11],
  struct: [23],
  trait: [11],
  enum: [10],
  enum_member: [22],
  type: [26],
  function: [12],
  method: [6],
  constructor: [9],
  property: [7],
  field: [8],
  variable: [13],
  constant: [14],
  module: [2, 3, 4],
  macro: [12],
};

const BY_NAME = new Map<string, number>(LSP_KIND_NAMES.map((name, i) => [normalise(name), i + 1]));

function normalise(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * ce's kind for a kind as Serena reports it: an LSP number (`5`), an LSP enum name (`Class`,
 * `EnumMember`), or one of ce's own names (`enum_member`). Undefined when it is none of these.
 */
export function kindFromSerena(kind: unknown): SymbolKind | undefined {
  if (typeof kind === 'number') return FROM_LSP[kind];
  if (typeof kind !== 'string' || kind.trim() === '') return undefined;
  if (/^\d+$/.test(kind.trim())) return FROM_LSP[Number(kind.trim())];
  const n = BY_NAME.get(normalise(kind));
  return n === undefined ? undefined : FROM_LSP[n];
}

/** Whether a string is the name of an LSP symbol kind (`Class`, `Method`, …): Serena groups results by these. */
export function isLspKindName(text: string): boolean {
  return BY_NAME.has(normalise(text));
}

/** The LSP kind numbers for ce's kinds, for Serena's `include_kinds`. */
export function kindsToLsp(kinds: readonly SymbolKind[]): number[] {
  return [...new Set(kinds.flatMap((k) => TO_LSP[k]))].sort((a, b) => a - b);
}
