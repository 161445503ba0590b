/** `util.ts`, `utils.js`, `helpers.py`, `_utils.py`: a module named for holding utilities. */
const UTILITY_MODULE = /^_?(?:util|utils|helper|helpers)$/;

/**
 * Whether a file is named as its package's utility module. Such a module holds free functions in
 * every house, a house of classes included (its classes import `compact`, `castArray` from one),
 * so its functions say nothing against the examples' classes. Only the file's own name counts: a
 * class module inside a `utils/` folder (`utils/env/null_env.py`) is still compared.
 */
export function isUtilityModule(path: string): boolean {
  const base = (path.split(/[\\/]/).pop() ?? '').replace(/\..*$/, '');
  return UTILITY_MODULE.test(base);
}
