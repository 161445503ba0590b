/**
 * A matrix key whose values are objects (`python: [{ version: "3.10", toxenv: "py310,smoke" }, …]`,
 * also in `include:` entries) is read in the workflow as `${{ matrix.python.toxenv }}`: each field
 * is a list of values of its own, by its dotted key (`python.toxenv`).
 */
export function objectMatrixValues(matrix: Record<string, unknown>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (key: string, value: unknown): void => {
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const list = out.get(key) ?? [];
    if (!list.includes(String(value))) out.set(key, [...list, String(value)]);
  };
  const fields = (key: string, value: unknown): void => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const [field, v] of Object.entries(value)) add(`${key}.${field}`, v);
  };
  for (const [key, value] of Object.entries(matrix)) {
    if (key === 'exclude') continue;
    if (key === 'include') {
      for (const entry of Array.isArray(value) ? value : [])
        for (const [k, v] of Object.entries(typeof entry === 'object' && entry ? entry : {})) fields(k, v);
    } else if (Array.isArray(value)) for (const v of value) fields(key, v);
  }
  return out;
}
