import type { FileFeatures, Observation } from './features.js';

/**
 * The group under which the examples' function names stand in for their variable names (when the
 * examples show no informative variable name of their own). It leaves out exported PascalCase
 * functions of JavaScript/TypeScript: PascalCase marks a function its callers use like a
 * constructor or a component (a provider factory `GitHub(options)`, a React component), a name
 * chosen for the module's API, which says nothing about how the module names its locals.
 */
export const LOCALS_BY_FUNCTIONS = 'naming:function-for-locals';

/** Whether an example's function name can stand in for the examples' variable convention. */
export function speaksForLocals(file: FileFeatures, o: Observation): boolean {
  if (o.category !== 'naming' || o.kind !== 'function') return false;
  return !(file.family === 'js' && o.exported === true && o.styles.length === 1 && o.styles[0] === 'PascalCase');
}
