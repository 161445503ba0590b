import type { PlainNode } from '@ce/parse';
import { forEachOwn, named } from './syntax.js';

function enclosingFunction(n: PlainNode): PlainNode | null {
  for (let p = n.parent; p; p = p.parent) if (p.type === 'function_definition') return p;
  return null;
}

/** Whether a node's own return statements (nested functions aside) return an integer literal that `test` accepts. */
function returnsInteger(node: PlainNode, test: (value: number) => boolean): boolean {
  let found = false;
  forEachOwn(node, (x) => {
    const value = x.type === 'return_statement' ? named(x)[0] : undefined;
    if (value?.type === 'integer' && test(Number(value.text))) found = true;
  });
  return found;
}

/**
 * An except clause returning a non-zero status from a function that returns 0 when it succeeds
 * (`except DvcException: logger.exception(msg); return 1` … `return 0`): a command's exit status,
 * POSIX's convention (0 for success) that `sys.exit(main())` hands to the shell. The error is
 * reported as a code, not raised.
 */
export function returnsExitStatus(clause: PlainNode): boolean {
  const fn = enclosingFunction(clause);
  return fn !== null && returnsInteger(clause, (v) => v !== 0) && returnsInteger(fn, (v) => v === 0);
}
