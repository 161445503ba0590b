import type { PlainNode } from '@ce/parse';
import { field, forEachOwn, named, paramNames } from './syntax.js';

function enclosingFunction(n: PlainNode): PlainNode | null {
  for (let p = n.parent; p; p = p.parent) if (p.type === 'function_definition') return p;
  return null;
}

/** Whether a function hands back a value from any of its own return statements but `return None`. */
function returnsValues(fn: PlainNode): boolean {
  const body = field(fn, 'body');
  let found = false;
  if (body)
    forEachOwn(body, (x) => {
      const value = x.type === 'return_statement' ? named(x)[0] : undefined;
      if (value && value.type !== 'none') found = true;
    });
  return found;
}

/** The condition of the `if` whose block holds `ret` directly (`if value is None: return None`). */
function guardCondition(ret: PlainNode): PlainNode | null {
  const block = ret.parent;
  const ifStatement = block?.type === 'block' ? block.parent : null;
  return ifStatement?.type === 'if_statement' ? field(ifStatement, 'condition') : null;
}

/** `param is None`: the guard tests one of the function's own parameters for None. */
function testsParameterForNone(condition: PlainNode | null, fn: PlainNode): boolean {
  if (condition?.type !== 'comparison_operator') return false;
  const [left, right] = named(condition);
  return /\bis\s+None$/.test(condition.text) && left?.type === 'identifier' && right?.type === 'none' && paramNames(fn).includes(left.text);
}

/**
 * A `return None` that reports no failure: the early exit of a procedure, whose other returns
 * hand back nothing (`if not hasattr(self, "profiler"): return None` before work done in place;
 * without a value the function returns None anyway), or None passed through from its argument
 * (`if value is None: return None` in a converter: nothing in, nothing out). A house that raises
 * writes both; only a lookup answering "not found" with None (`record = …; if record is None:
 * return None`) is the null-return convention.
 */
export function returnsNoResult(ret: PlainNode): boolean {
  const fn = enclosingFunction(ret);
  if (!fn) return false;
  return !returnsValues(fn) || testsParameterForNone(guardCondition(ret), fn);
}
