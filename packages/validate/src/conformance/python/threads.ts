import type { PlainNode } from '@ce/parse';
import { field, named } from './syntax.js';

/** A base class that runs its subclass on a thread: `threading.Thread`, `Thread`, `Process`. */
const THREAD_BASE = /(?:^|\.)(?:Thread|Process)$/;
/** Calls into the threading module: `threading.Lock()`, `threading.Event()`, `threading.Thread(…)`. */
export const THREADING_CALL = /^threading\.\w+$/;

/** The class a function is a method of, if any (through a decorator). */
function owningClass(fn: PlainNode): PlainNode | undefined {
  let n = fn.parent;
  if (n?.type === 'decorated_definition') n = n.parent;
  const cls = n?.type === 'block' ? n.parent : undefined;
  return cls?.type === 'class_definition' ? cls : undefined;
}

/**
 * A method of a class derived from `Thread`: its work (a read loop in `run`, `join` in `stop`) is
 * done on a thread however plain each call looks, so it shows a threaded way of doing I/O.
 */
export function isThreadMethod(fn: PlainNode): boolean {
  const cls = owningClass(fn);
  const bases = cls ? field(cls, 'superclasses') : null;
  return bases !== null && named(bases).some((b) => THREAD_BASE.test(b.text));
}
