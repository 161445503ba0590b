import type { PlainNode } from '@ce/parse';
import { field, named, unwrap } from './syntax.js';
import type { PySource } from './source.js';

export interface FunctionVisitor {
  /** Every function definition, in source order; `topUnit` for module functions and methods of top-level classes. */
  fn(fn: PlainNode, topUnit: boolean): void;
  /** Every class definition, before its methods. */
  cls?(cls: PlainNode): void;
}

/** Walks the functions and classes of a file the way the async-style and data-flow visitors see them. */
export function forEachFunction(src: PySource, visitor: FunctionVisitor): void {
  const walk = (n: PlainNode, topUnit: boolean): void => {
    for (const raw of named(n)) {
      const c = unwrap(raw);
      const body = field(c, 'body');
      if (c.type === 'function_definition') {
        visitor.fn(c, topUnit);
        if (body) walk(body, false);
      } else if (c.type === 'class_definition') {
        if (body) {
          visitor.cls?.(c);
          walk(body, topUnit);
        }
      } else walk(c, topUnit && c.type !== 'block' ? topUnit : false);
    }
  };
  walk(src.root, true);
}

/** How many function definitions the file holds. */
export function countFunctions(src: PySource): number {
  let count = 0;
  forEachFunction(src, { fn: () => count++ });
  return count;
}
