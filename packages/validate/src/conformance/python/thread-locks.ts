import type { PlainNode } from '@ce/parse';
import { field, named } from './syntax.js';

/** What a lock or condition variable is called: `lock`, `self._lock`, `self.__rlock`, `cond`, `mutex`. */
const LOCK_NAME = /(?:^|_)(?:r?lock|mutex|cond|condition)$/i;

/** The last name of an expression: `lock`, `_lock` of `self._lock`. */
function lastName(n: PlainNode): string {
  if (n.type === 'attribute') return field(n, 'attribute')?.text ?? '';
  return n.type === 'identifier' ? n.text : '';
}

/**
 * A plain `with lock:` (not `async with`): code that takes a lock this way runs on threads, so a
 * house of such functions shows the threaded model even where no call looks like I/O, and a
 * coroutine doing the same work is a second model (asyncio locks are only entered with `async with`).
 */
export function holdsThreadLock(st: PlainNode): boolean {
  if (st.type !== 'with_statement' || st.child(0)?.type === 'async') return false;
  const clause = named(st).find((c) => c.type === 'with_clause');
  return (clause ? named(clause) : []).some((item) => {
    const value = item.type === 'with_item' ? field(item, 'value') : null;
    return value !== null && LOCK_NAME.test(lastName(value));
  });
}
