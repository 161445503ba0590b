/** The value at a key path inside parsed TOML / JSON (`valueAt(pyproject, 'tool', 'hatch', 'envs')`), or undefined. */
export function valueAt(obj: unknown, ...path: string[]): unknown {
  let cur = obj;
  for (const key of path) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}
