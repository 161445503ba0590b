import type { PlainNode } from '@ce/parse';

/** Parameter names that take a callback: `cb`, `done`, `on_ready`, `result_handler`. */
export const CALLBACK_PARAM = /^(?:cb|callback|done|on_[a-z_]+|[a-z_]+_(?:callback|cb|handler))$/;

export const named = (n: PlainNode): readonly PlainNode[] => n.namedChildren;
export const field = (n: PlainNode, name: string): PlainNode | null => n.childForFieldName(name);
/** The definition under its decorators. */
export const unwrap = (n: PlainNode): PlainNode => (n.type === 'decorated_definition' ? (field(n, 'definition') ?? n) : n);

/** Visits every node under `node` except inside nested functions, lambdas and classes. */
export function forEachOwn(node: PlainNode, visit: (n: PlainNode) => void): void {
  for (const c of named(node)) {
    visit(c);
    if (c.type === 'function_definition' || c.type === 'lambda' || c.type === 'class_definition') continue;
    forEachOwn(c, visit);
  }
}

/** Visits `n` and every node under it. */
export function walkAll(n: PlainNode, visit: (n: PlainNode) => void): void {
  visit(n);
  for (const c of named(n)) walkAll(c, visit);
}

/** The text of a plain string literal, undefined for anything else. */
export function stringValue(n: PlainNode): string | undefined {
  if (n.type !== 'string') return undefined;
  return named(n)
    .filter((c) => c.type === 'string_content')
    .map((c) => c.text)
    .join('');
}

/** A literal scalar or a collection of literals. */
export function isLiteral(n: PlainNode): boolean {
  if (['string', 'integer', 'float', 'true', 'false', 'concatenated_string'].includes(n.type)) return true;
  if (n.type === 'unary_operator') return named(n).every(isLiteral);
  if (n.type === 'tuple' || n.type === 'list' || n.type === 'set') return named(n).length > 0 && named(n).every(isLiteral);
  if (n.type === 'dictionary')
    return named(n).length > 0 && named(n).every((p) => p.type === 'pair' && isLiteral(field(p, 'value') as PlainNode));
  return false;
}

export function paramNames(fn: PlainNode): string[] {
  const params = field(fn, 'parameters');
  if (!params) return [];
  return named(params).flatMap((p) => {
    if (p.type === 'identifier') return [p.text];
    const name = field(p, 'name') ?? named(p).find((c) => c.type === 'identifier');
    return name ? [name.text] : [];
  });
}

/** The name a call goes to: `x.save(…)` → save, `save(…)` → save. */
export function calleeName(call: PlainNode): string {
  const fn = field(call, 'function');
  return fn?.type === 'attribute' ? (field(fn, 'attribute')?.text ?? '') : (fn?.text ?? '');
}
