import type { LanguageId, SyntaxNode, Tree } from '@ce/parse';

/** A definition found by the walker, before classification: its kind tag and syntax nodes. */
export interface FoundDefinition {
  /** `def.<kind>` (kinds of code-symbol.ts, or `var` / `export` / `member` refined later) or `scope`. */
  tag: string;
  def: SyntaxNode;
  name: SyntaxNode;
  /** A Go method's receiver type. */
  receiver?: SyntaxNode;
  /** The object of a CommonJS `exports.x = …` assignment. */
  object?: SyntaxNode;
}

interface LanguageTable {
  /** Node type → how to read the definition(s) it holds. */
  definitions: Record<string, (node: SyntaxNode, out: FoundDefinition[]) => void>;
  /** Node types whose children may hold definitions (bodies of classes, modules, declarations). */
  descend: Set<string>;
  /** Node types to descend into only below one of these parents. */
  descendUnder?: Record<string, Set<string>>;
}

const named =
  (tag: string, field = 'name') =>
  (node: SyntaxNode, out: FoundDefinition[]) => {
    const name = node.childForFieldName(field);
    if (name) out.push({ tag, def: node, name });
  };
const allNamed =
  (tag: string, field = 'name') =>
  (node: SyntaxNode, out: FoundDefinition[]) => {
    for (const name of node.childrenForFieldName(field)) if (name) out.push({ tag, def: node, name });
  };
const self = (tag: string) => (node: SyntaxNode, out: FoundDefinition[]) => out.push({ tag, def: node, name: node });

const TS_DEFINITIONS: LanguageTable['definitions'] = {
  function_declaration: named('def.function'),
  generator_function_declaration: named('def.function'),
  function_signature: named('def.function'),
  class_declaration: named('def.class'),
  abstract_class_declaration: named('def.class'),
  interface_declaration: named('def.interface'),
  type_alias_declaration: named('def.type'),
  enum_declaration: named('def.enum'),
  internal_module: named('def.module'),
  module: named('def.module'),
  method_definition: named('def.method'),
  abstract_method_signature: named('def.method'),
  public_field_definition: named('def.property'),
  field_definition: named('def.property', 'property'),
  property_signature: named('def.member'),
  method_signature: named('def.member'),
  property_identifier: self('def.enum_member'),
  enum_assignment: named('def.enum_member'),
  variable_declarator: named('def.var'),
  expression_statement: (node, out) => {
    const assignment = node.firstNamedChild;
    if (assignment?.type !== 'assignment_expression') return;
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (
      left?.type !== 'member_expression' ||
      !right ||
      !['function_expression', 'function', 'arrow_function', 'class'].includes(right.type)
    )
      return;
    const object = left.childForFieldName('object');
    const name = left.childForFieldName('property');
    if (object && name) out.push({ tag: 'def.export', def: assignment, name, object });
  },
};
const TS: LanguageTable = {
  definitions: TS_DEFINITIONS,
  descend: new Set([
    'program',
    'export_statement',
    'ambient_declaration',
    'expression_statement',
    'class_declaration',
    'abstract_class_declaration',
    'class_body',
    'interface_declaration',
    'interface_body',
    'extends_type_clause',
    'enum_declaration',
    'enum_body',
    'internal_module',
    'module',
    'lexical_declaration',
    'variable_declaration',
    'type_alias_declaration',
  ]),
  descendUnder: {
    statement_block: new Set(['internal_module', 'module']),
    object_type: new Set(['type_alias_declaration']),
  },
};

const PYTHON: LanguageTable = {
  definitions: {
    function_definition: named('def.function'),
    class_definition: named('def.class'),
    expression_statement: (node, out) => {
      const assignment = node.firstNamedChild;
      const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
      if (!assignment || left?.type !== 'identifier') return;
      out.push({ tag: node.parent?.type === 'module' ? 'def.var' : 'def.field', def: assignment, name: left });
    },
  },
  descend: new Set(['module', 'class_definition', 'decorated_definition']),
  descendUnder: { block: new Set(['class_definition']) },
};

function goReceiver(node: SyntaxNode): SyntaxNode | undefined {
  const parameter = node.childForFieldName('receiver')?.firstNamedChild;
  let type = parameter?.childForFieldName('type') ?? null;
  while (type && type.type !== 'type_identifier') {
    type = type.type === 'pointer_type' ? type.firstNamedChild : type.type === 'generic_type' ? type.childForFieldName('type') : null;
  }
  return type ?? undefined;
}

const GO: LanguageTable = {
  definitions: {
    function_declaration: named('def.function'),
    method_declaration: (node, out) => {
      const name = node.childForFieldName('name');
      const receiver = goReceiver(node);
      if (name) out.push({ tag: 'def.method', def: node, name, ...(receiver ? { receiver } : {}) });
    },
    type_spec: (node, out) => {
      const name = node.childForFieldName('name');
      const type = node.childForFieldName('type')?.type;
      if (name)
        out.push({
          tag: type === 'struct_type' ? 'def.struct' : type === 'interface_type' ? 'def.interface' : 'def.type',
          def: node,
          name,
        });
    },
    type_alias: named('def.type'),
    const_spec: allNamed('def.constant'),
    var_spec: allNamed('def.variable'),
    field_declaration: allNamed('def.field'),
    method_elem: named('def.method'),
    method_spec: named('def.method'),
  },
  descend: new Set([
    'source_file',
    'type_declaration',
    'type_spec',
    'struct_type',
    'field_declaration_list',
    'interface_type',
    'const_declaration',
    'var_declaration',
  ]),
};

function rustImplType(node: SyntaxNode): SyntaxNode | undefined {
  let type = node.childForFieldName('type');
  while (type && type.type !== 'type_identifier') {
    type =
      type.type === 'generic_type'
        ? type.childForFieldName('type')
        : type.type === 'scoped_type_identifier'
          ? type.childForFieldName('name')
          : null;
  }
  return type ?? undefined;
}

const RUST: LanguageTable = {
  definitions: {
    function_item: named('def.function'),
    function_signature_item: named('def.function'),
    struct_item: named('def.struct'),
    union_item: named('def.struct'),
    enum_item: named('def.enum'),
    enum_variant: named('def.enum_member'),
    trait_item: named('def.trait'),
    type_item: named('def.type'),
    const_item: named('def.constant'),
    static_item: named('def.variable'),
    mod_item: named('def.module'),
    macro_definition: named('def.macro'),
    field_declaration: named('def.field'),
    impl_item: (node, out) => {
      const name = rustImplType(node);
      if (name) out.push({ tag: 'scope', def: node, name });
    },
  },
  descend: new Set([
    'source_file',
    'mod_item',
    'impl_item',
    'trait_item',
    'declaration_list',
    'struct_item',
    'union_item',
    'field_declaration_list',
    'enum_item',
    'enum_variant_list',
  ]),
};

const JAVA: LanguageTable = {
  definitions: {
    class_declaration: named('def.class'),
    interface_declaration: named('def.interface'),
    enum_declaration: named('def.enum'),
    record_declaration: named('def.class'),
    annotation_type_declaration: named('def.interface'),
    method_declaration: named('def.method'),
    constructor_declaration: named('def.constructor'),
    enum_constant: named('def.enum_member'),
    field_declaration: (node, out) => {
      for (const declarator of node.childrenForFieldName('declarator')) {
        const name = declarator?.childForFieldName('name');
        if (declarator && name) out.push({ tag: 'def.field', def: node, name });
      }
    },
    constant_declaration: (node, out) => {
      for (const declarator of node.childrenForFieldName('declarator')) {
        const name = declarator?.childForFieldName('name');
        if (declarator && name) out.push({ tag: 'def.constant', def: node, name });
      }
    },
  },
  descend: new Set([
    'program',
    'class_declaration',
    'class_body',
    'interface_declaration',
    'interface_body',
    'enum_declaration',
    'enum_body',
    'enum_body_declarations',
    'record_declaration',
    'annotation_type_declaration',
    'annotation_type_body',
  ]),
};

const TABLES: Record<LanguageId, LanguageTable> = {
  typescript: TS,
  tsx: TS,
  javascript: TS,
  python: PYTHON,
  go: GO,
  rust: RUST,
  java: JAVA,
};

/** Node types that name a TS enum member only directly inside an enum body. */
const ENUM_ONLY = new Set(['property_identifier']);

/**
 * Walks the syntax tree with a cursor, entering only nodes that can hold definitions (module,
 * class, interface, enum, impl and namespace bodies), never function bodies: the cost follows the
 * number of declarations, not the size of the code. Also collects names exported by
 * `export { a, b }` clauses.
 */
export function walkDefinitions(language: LanguageId, tree: Tree): { found: FoundDefinition[]; exportedNames: Set<string> } {
  const table = TABLES[language];
  const found: FoundDefinition[] = [];
  const exportedNames = new Set<string>();
  const cursor = tree.walk();
  const parents: string[] = [];
  try {
    if (!cursor.gotoFirstChild()) return { found, exportedNames };
    parents.push(tree.rootNode.type);
    for (;;) {
      const type = cursor.nodeType;
      const parentType = parents[parents.length - 1]!;
      const read = table.definitions[type];
      if (read && (!ENUM_ONLY.has(type) || parentType === 'enum_body')) read(cursor.currentNode, found);
      if (type === 'export_clause' && parentType === 'export_statement') {
        for (const specifier of cursor.currentNode.namedChildren) {
          const name = specifier?.childForFieldName('name');
          if (name) exportedNames.add(name.text);
        }
      }
      const enter = table.descend.has(type) || table.descendUnder?.[type]?.has(parentType) === true;
      if (enter && cursor.gotoFirstChild()) {
        parents.push(type);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return { found, exportedNames };
        parents.pop();
        if (parents.length === 0) return { found, exportedNames };
      }
    }
  } finally {
    cursor.delete();
  }
}

/** The places tree-sitter recovered from (ERROR and MISSING nodes), at most `limit`, in order. */
export function syntaxErrorNodes(root: SyntaxNode, limit = 5): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const visit = (node: SyntaxNode): void => {
    if (out.length >= limit) return;
    if (node.isError || node.isMissing) {
      out.push(node);
      return;
    }
    for (const child of node.children) if (child?.hasError || child?.isMissing) visit(child);
  };
  visit(root);
  return out;
}
