import type { PlainNode } from '@ce/parse';
import { returnStyle } from './return-style.js';
import { named, walkAll } from './syntax.js';

/** The name an except clause binds the error to (`except ValueError as exc:` → `exc`). */
function boundName(clause: PlainNode): string | undefined {
  return /^except\b[^:]*?\bas\s+([A-Za-z_]\w*)\s*:/.exec(clause.text)?.[1];
}

function mentions(n: PlainNode, name: string): boolean {
  let found = false;
  walkAll(n, (x) => {
    if (x.type === 'identifier' && x.text === name) found = true;
  });
  return found;
}

/** `None, None`: nothing found, told apart by the null returns, not a fallback value. */
function isAbsence(v: PlainNode): boolean {
  const parts = v.type === 'expression_list' || v.type === 'tuple' ? named(v) : [v];
  return parts.every((p) => p.type === 'none');
}

/**
 * An except clause whose whole body returns an ordinary value that owes nothing to the error
 * (`except (TypeError, ValueError): return str(value)`): the failure is swallowed and a fallback
 * handed back as if the call had worked. A house that raises, or that turns the caught error into
 * a result (`return failed(error)`), does neither; a clause returning None or an error value is
 * read by the return styles instead.
 */
export function isFallbackReturn(clause: PlainNode): boolean {
  const block = named(clause).find((x) => x.type === 'block');
  const body = block ? named(block).filter((x) => x.type !== 'comment') : [];
  const only = body.length === 1 ? body[0] : undefined;
  if (only?.type !== 'return_statement') return false;
  const value = named(only)[0];
  if (!value || returnStyle(value) !== undefined || isAbsence(value)) return false;
  const name = boundName(clause);
  return !name || !mentions(value, name);
}
