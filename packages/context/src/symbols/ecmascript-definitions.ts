import type { Program } from '@ce/parse';
import type { SymbolKind } from './code-symbol.js';
import type { RawDefinition, SourcePoint } from './nest-definitions.js';

// The definitions of a TypeScript / JavaScript file read from oxc's ESTree, chosen and measured
// exactly as the tree-sitter walker (definition-walker.ts, extract-symbols.ts) does, so that both
// parsers give the same symbols: the same declarations at module and namespace level, class,
// interface, object-type and enum members, CommonJS `exports.x = function …`, and the same ranges
// (tree-sitter's nodes leave out a member's trailing `;` and an ambient declaration's `declare`).

/** An ESTree node as oxc gives it; the fields read here are checked by `type` before use. */
interface EsNode {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

const FUNCTION_VALUES = new Set(['ArrowFunctionExpression', 'FunctionExpression']);
const CLASS_MEMBERS: Record<string, SymbolKind> = {
  MethodDefinition: 'method',
  TSAbstractMethodDefinition: 'method',
  PropertyDefinition: 'property',
  TSAbstractPropertyDefinition: 'property',
  AccessorProperty: 'property',
};
const TYPE_MEMBERS: Record<string, SymbolKind> = { TSPropertySignature: 'property', TSMethodSignature: 'method' };

class DefinitionReader {
  readonly found: RawDefinition[] = [];
  readonly exportedNames = new Set<string>();
  /** A class, interface, enum, namespace or `type X = {` body parsed empty although the source has text there. */
  emptyBody = false;
  private readonly lineStarts: number[] = [0];

  constructor(private readonly source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  point(offset: number): SourcePoint {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { row: low, column: offset - this.lineStarts[low]! };
  }

  text(node: EsNode): string {
    return this.source.slice(node.start, node.end);
  }

  add(name: string, kind: SymbolKind, start: number, end: number, extra: Partial<RawDefinition> = {}): void {
    this.found.push({
      name,
      kind,
      start,
      end,
      startPoint: this.point(start),
      endPoint: this.point(end),
      exported: false,
      privateMember: false,
      ...extra,
    });
  }

  /** Statements of the program or of a namespace body. */
  statements(body: EsNode[], topLevel: boolean): void {
    for (const statement of body) {
      switch (statement.type) {
        case 'ExportNamedDeclaration': {
          const declaration = statement.declaration as EsNode | null;
          if (declaration) this.declaration(declaration, !isDeclared(declaration));
          for (const specifier of (statement.specifiers as EsNode[] | undefined) ?? [])
            this.exportedNames.add(this.text(specifier.local as EsNode));
          break;
        }
        case 'ExportDefaultDeclaration':
          this.declaration(statement.declaration as EsNode, true);
          break;
        case 'ExpressionStatement':
          if (topLevel) this.commonJsExport(statement.expression as EsNode);
          break;
        default:
          this.declaration(statement, false);
      }
    }
  }

  /** A declaration statement; `exported` when `export` precedes it directly (not `export declare`). */
  declaration(node: EsNode, exported: boolean): void {
    const id = node.id as EsNode | null | undefined;
    const start = isDeclared(node) ? afterDeclare(this.source, node.start) : node.start;
    switch (node.type) {
      case 'FunctionDeclaration':
      case 'TSDeclareFunction':
        if (id) this.add(this.text(id), 'function', start, node.end, { exported });
        return;
      case 'ClassDeclaration':
        if (!id) return;
        this.add(this.text(id), 'class', start, node.end, { exported });
        for (const member of this.members(node.body as EsNode, 'body')) this.classMember(member);
        return;
      case 'TSInterfaceDeclaration':
        this.add(this.text(id!), 'interface', start, node.end, { exported });
        for (const member of this.members(node.body as EsNode, 'body')) this.typeMember(member);
        return;
      case 'TSTypeAliasDeclaration': {
        this.add(this.text(id!), 'type', start, node.end, { exported });
        const value = node.typeAnnotation as EsNode;
        if (value.type === 'TSTypeLiteral') for (const member of this.members(value, 'members')) this.typeMember(member);
        return;
      }
      case 'TSEnumDeclaration':
        this.add(this.text(id!), 'enum', start, node.end, { exported });
        for (const member of this.members(node.body as EsNode, 'members')) this.enumMember(member);
        return;
      case 'TSModuleDeclaration':
        this.namespace(node, start, exported);
        return;
      case 'VariableDeclaration':
        for (const declarator of node.declarations as EsNode[]) this.variable(declarator, node.kind as string, exported);
        return;
    }
  }

  namespace(node: EsNode, start: number, exported: boolean): void {
    // `declare global { … }` holds no definitions tree-sitter reads.
    if (node.kind === 'global') return;
    const name = this.text(node.id as EsNode).replace(/^['"`]|['"`]$/g, '');
    this.add(name, 'module', start, node.end, { exported });
    const body = node.body as EsNode | null;
    if (body?.type === 'TSModuleBlock') this.statements(this.members(body, 'body'), false);
  }

  /** The members of a body in braces; notes a body that came back empty over text (see `emptyBody`). */
  members(body: EsNode, field: string): EsNode[] {
    const list = body[field] as EsNode[];
    if (list.length === 0 && this.source.slice(body.start + 1, body.end - 1).trim() !== '') this.emptyBody = true;
    return list;
  }

  variable(declarator: EsNode, keyword: string, exported: boolean): void {
    const id = declarator.id as EsNode;
    // The binding without its type annotation (an identifier, or a destructuring pattern as written).
    const annotation = id.typeAnnotation as EsNode | null | undefined;
    const name =
      id.type === 'Identifier' ? (id.name as string) : this.source.slice(id.start, annotation ? annotation.start : id.end).trimEnd();
    const value = declarator.init as EsNode | null;
    let kind: SymbolKind = keyword === 'const' ? 'constant' : 'variable';
    if (value && FUNCTION_VALUES.has(value.type)) kind = 'function';
    else if (value?.type === 'ClassExpression') kind = 'class';
    this.add(name, kind, declarator.start, declarator.end, { exported, prefix: keyword });
  }

  /** `exports.name = function …` / `module.exports.name = class …` at the top of a CommonJS module. */
  commonJsExport(expression: EsNode): void {
    if (expression.type !== 'AssignmentExpression' || expression.operator !== '=') return;
    const left = expression.left as EsNode;
    const right = expression.right as EsNode;
    if (left.type !== 'MemberExpression' || left.computed) return;
    const generator = right.type === 'FunctionExpression' && right.generator === true;
    if (!(FUNCTION_VALUES.has(right.type) || right.type === 'ClassExpression') || generator) return;
    if (!/^(module\.)?exports$/.test(this.text(left.object as EsNode))) return;
    const kind = right.type === 'ClassExpression' ? 'class' : 'function';
    this.add(this.text(left.property as EsNode), kind, expression.start, expression.end, { exported: true });
  }

  classMember(member: EsNode): void {
    const kind = CLASS_MEMBERS[member.type];
    if (!kind) return;
    const name = this.memberName(member);
    const privateMember = name.startsWith('#') || (member.accessibility != null && member.accessibility !== 'public');
    this.add(name, kind, member.start, this.withoutSeparator(member.end), { privateMember });
  }

  typeMember(member: EsNode): void {
    const kind = TYPE_MEMBERS[member.type];
    if (kind) this.add(this.memberName(member), kind, member.start, this.withoutSeparator(member.end));
  }

  enumMember(member: EsNode): void {
    const id = member.id as EsNode;
    // tree-sitter reads a member with a value by its name as written, one without only when it is an identifier.
    if (member.initializer) this.add(this.text(id), 'enum_member', member.start, this.withoutSeparator(member.end));
    else if (id.type === 'Identifier') this.add(this.text(id), 'enum_member', id.start, id.end);
  }

  /** A member's name as written, with the brackets of a computed name (`[Symbol.iterator]`). */
  memberName(member: EsNode): string {
    const key = member.key as EsNode;
    if (!member.computed) return this.text(key);
    const open = this.source.lastIndexOf('[', key.start);
    const close = this.source.indexOf(']', key.end);
    return this.source.slice(open, close + 1);
  }

  /** tree-sitter's member nodes end before the `;` or `,` that separates them from the next. */
  withoutSeparator(end: number): number {
    const last = this.source[end - 1];
    if (last !== ';' && last !== ',') return end;
    let cut = end - 1;
    while (cut > 0 && /\s/.test(this.source[cut - 1]!)) cut--;
    return cut;
  }
}

function isDeclared(node: EsNode): boolean {
  return node.declare === true;
}

/** The offset after a leading `declare` keyword (tree-sitter's node starts at the declaration it wraps). */
function afterDeclare(source: string, start: number): number {
  const match = /^declare\s+/.exec(source.slice(start, start + 40));
  return match ? start + match[0].length : start;
}

/** The definitions of a parsed TypeScript / JavaScript program, and the names its `export { … }` clauses list. */
export function ecmaScriptDefinitions(
  program: Program,
  source: string,
): { found: RawDefinition[]; exportedNames: Set<string>; emptyBody: boolean } {
  const reader = new DefinitionReader(source);
  reader.statements(program.body as unknown as EsNode[], true);
  return { found: reader.found, exportedNames: reader.exportedNames, emptyBody: reader.emptyBody };
}
