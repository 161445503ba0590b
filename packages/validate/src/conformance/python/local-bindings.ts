import type { PlainNode } from '@ce/parse';
import { field, forEachOwn, named, paramNames } from './syntax.js';

/** The identifiers a binding target names: `x`, `a, b`, `(a, [b, c])`; not `obj.attr` or `d[k]`. */
function targetNames(target: PlainNode | null): string[] {
  if (!target) return [];
  if (target.type === 'identifier') return [target.text];
  if (['pattern_list', 'tuple_pattern', 'list_pattern', 'as_pattern_target', 'list_splat_pattern'].includes(target.type))
    return named(target).flatMap(targetNames);
  return [];
}

/** The names one statement of a function body binds in the function's own scope. */
function boundBy(n: PlainNode): string[] {
  if (n.type === 'assignment' || n.type === 'augmented_assignment' || n.type === 'for_statement' || n.type === 'for_in_clause')
    return targetNames(field(n, 'left'));
  if (n.type === 'as_pattern_target') return targetNames(n);
  if (n.type === 'named_expression') return targetNames(field(n, 'name'));
  return [];
}

/**
 * The names a function binds itself: its parameters and every name it assigns (`x = …`,
 * `x: T = …`, `for x in …`, `with … as x`, `(x := …)`), less those it declares `global` or
 * `nonlocal`. Python makes a name assigned anywhere in a function local to the whole function, so
 * `checkers.extend(…)` on a local list named like a module binding changes the local, not the
 * module's value.
 */
export function localNames(fn: PlainNode): Set<string> {
  const names = new Set(paramNames(fn));
  const declared = new Set<string>();
  const body = field(fn, 'body');
  if (!body) return names;
  forEachOwn(body, (n) => {
    if (n.type === 'global_statement' || n.type === 'nonlocal_statement') for (const id of named(n)) declared.add(id.text);
    for (const name of boundBy(n)) names.add(name);
  });
  for (const name of declared) names.delete(name);
  return names;
}

/** The innermost function around `n`, if any. */
export function enclosingFunction(n: PlainNode): PlainNode | undefined {
  for (let p = n.parent; p; p = p.parent) if (p.type === 'function_definition') return p;
  return undefined;
}

/** Whether `id` names a local of the function it stands in rather than a module binding. */
export function isFunctionLocal(id: PlainNode): boolean {
  const fn = enclosingFunction(id);
  return fn !== undefined && localNames(fn).has(id.text);
}
