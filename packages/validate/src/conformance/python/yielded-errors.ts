import type { Observation } from '../features.js';
import { field, named, walkAll } from './syntax.js';
import { observe, type PySource } from './source.js';

/** An error class by its name: `ValidationError`, `errors.SchemaError`, `LintException`. */
const ERROR_CLASS = /(?:^|\.)[A-Z]\w*(?:Error|Exception)$/;

/**
 * `yield ValidationError(…)`: a generator reporting every failure it finds instead of raising at
 * the first (schema validators, checkers that collect problems). It is an error convention of its
 * own: a validator raising at the first problem in such a house diverges from it.
 */
export function yieldedErrorObservations(src: PySource): Observation[] {
  const out: Observation[] = [];
  walkAll(src.root, (n) => {
    if (n.type !== 'yield') return;
    const value = named(n)[0];
    const callee = value?.type === 'call' ? field(value, 'function') : null;
    if (callee && ERROR_CLASS.test(callee.text)) out.push(observe({ category: 'error-handling', styles: ['yielded-errors'] }, n));
  });
  return out;
}
