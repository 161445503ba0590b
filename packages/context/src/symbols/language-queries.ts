import type { LanguageId } from '@ce/core';

/**
 * tree-sitter queries that find definitions. Each pattern captures the definition node as
 * `@def.<kind>` (or `@scope` for a node that only names a container, such as a Rust `impl`) and
 * its name as `@name`. `@def.var` marks variable declarators whose kind depends on the
 * declaration (const / let, function value) and which count only at module level.
 */
const TYPESCRIPT = `
(function_declaration name: (identifier) @name) @def.function
(generator_function_declaration name: (identifier) @name) @def.function
(function_signature name: (identifier) @name) @def.function
(class_declaration name: (type_identifier) @name) @def.class
(abstract_class_declaration name: (type_identifier) @name) @def.class
(interface_declaration name: (type_identifier) @name) @def.interface
(type_alias_declaration name: (type_identifier) @name) @def.type
(enum_declaration name: (identifier) @name) @def.enum
(internal_module name: (_) @name) @def.module
(module name: (_) @name) @def.module
(method_definition name: (_) @name) @def.method
(abstract_method_signature name: (_) @name) @def.method
(public_field_definition name: (_) @name) @def.property
(interface_body [(property_signature name: (_) @name) (method_signature name: (_) @name)] @def.member)
(type_alias_declaration value: (object_type [(property_signature name: (_) @name) (method_signature name: (_) @name)] @def.member))
(enum_body (property_identifier) @name @def.enum_member)
(enum_body (enum_assignment name: (_) @name) @def.enum_member)
(program [(lexical_declaration (variable_declarator name: (identifier) @name) @def.var) (variable_declaration (variable_declarator name: (identifier) @name) @def.var)])
(program (export_statement declaration: [(lexical_declaration (variable_declarator name: (identifier) @name) @def.var) (variable_declaration (variable_declarator name: (identifier) @name) @def.var)]))
([(internal_module) (module)] body: (statement_block [(lexical_declaration (variable_declarator name: (identifier) @name) @def.var) (export_statement declaration: (lexical_declaration (variable_declarator name: (identifier) @name) @def.var))]))
(export_clause (export_specifier name: (_) @exported))
`;

const JAVASCRIPT = `
(function_declaration name: (identifier) @name) @def.function
(generator_function_declaration name: (identifier) @name) @def.function
(class_declaration name: (identifier) @name) @def.class
(method_definition name: (_) @name) @def.method
(field_definition property: (_) @name) @def.property
(program [(lexical_declaration (variable_declarator name: (identifier) @name) @def.var) (variable_declaration (variable_declarator name: (identifier) @name) @def.var)])
(program (export_statement declaration: [(lexical_declaration (variable_declarator name: (identifier) @name) @def.var) (variable_declaration (variable_declarator name: (identifier) @name) @def.var)]))
(expression_statement (assignment_expression
  left: (member_expression object: (_) @object property: (property_identifier) @name)
  right: [(function_expression) (arrow_function) (class)]) @def.export)
(export_clause (export_specifier name: (_) @exported))
`;

const PYTHON = `
(function_definition name: (identifier) @name) @def.function
(class_definition name: (identifier) @name) @def.class
(module (expression_statement (assignment left: (identifier) @name) @def.var))
(class_definition body: (block (expression_statement (assignment left: (identifier) @name) @def.field)))
`;

const GO = `
(function_declaration name: (identifier) @name) @def.function
(method_declaration
  receiver: (parameter_list (parameter_declaration type: [(type_identifier) @receiver (pointer_type (type_identifier) @receiver) (generic_type type: (type_identifier) @receiver) (pointer_type (generic_type type: (type_identifier) @receiver))]))
  name: (field_identifier) @name) @def.method
(type_spec name: (type_identifier) @name type: (struct_type)) @def.struct
(type_spec name: (type_identifier) @name type: (interface_type)) @def.interface
(type_spec name: (type_identifier) @name type: [(type_identifier) (qualified_type) (pointer_type) (function_type) (map_type) (slice_type) (array_type) (channel_type) (generic_type)]) @def.type
(type_alias name: (type_identifier) @name) @def.type
(source_file (const_declaration (const_spec name: (identifier) @name) @def.constant))
(source_file (var_declaration (var_spec name: (identifier) @name) @def.variable))
(field_declaration name: (field_identifier) @name) @def.field
(method_elem name: (field_identifier) @name) @def.method
`;

const RUST = `
(function_item name: (identifier) @name) @def.function
(function_signature_item name: (identifier) @name) @def.function
(struct_item name: (type_identifier) @name) @def.struct
(union_item name: (type_identifier) @name) @def.struct
(enum_item name: (type_identifier) @name) @def.enum
(enum_variant name: (identifier) @name) @def.enum_member
(trait_item name: (type_identifier) @name) @def.trait
(type_item name: (type_identifier) @name) @def.type
(const_item name: (identifier) @name) @def.constant
(static_item name: (identifier) @name) @def.variable
(mod_item name: (identifier) @name) @def.module
(macro_definition name: (identifier) @name) @def.macro
(field_declaration name: (field_identifier) @name) @def.field
(impl_item type: [(type_identifier) @name (generic_type type: (type_identifier) @name) (scoped_type_identifier name: (type_identifier) @name)]) @scope
`;

const JAVA = `
(class_declaration name: (identifier) @name) @def.class
(interface_declaration name: (identifier) @name) @def.interface
(enum_declaration name: (identifier) @name) @def.enum
(record_declaration name: (identifier) @name) @def.class
(annotation_type_declaration name: (identifier) @name) @def.interface
(method_declaration name: (identifier) @name) @def.method
(constructor_declaration name: (identifier) @name) @def.constructor
(field_declaration declarator: (variable_declarator name: (identifier) @name)) @def.field
(constant_declaration declarator: (variable_declarator name: (identifier) @name)) @def.constant
(enum_constant name: (identifier) @name) @def.enum_member
`;

export const DEFINITION_QUERIES: Record<LanguageId, string> = {
  typescript: TYPESCRIPT,
  tsx: TYPESCRIPT,
  javascript: JAVASCRIPT,
  python: PYTHON,
  go: GO,
  rust: RUST,
  java: JAVA,
};
