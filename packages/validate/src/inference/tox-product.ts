/**
 * tox 4's generative `env_list` entries of its TOML configuration: `{ product = [["py312", "py313"],
 * ["django42"]] }` is every combination joined by `-`; a factor group may be a range
 * `{ prefix = "3.", start = 10, stop = 13 }` (3.10 … 3.13, its stop included).
 */
export function productEnvNames(entry: unknown): string[] {
  const product = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)['product'] : undefined;
  if (!Array.isArray(product)) return [];
  let names = [''];
  for (const group of product) {
    const factors = factorGroup(group);
    if (factors.length === 0) return [];
    names = names.flatMap((n) => factors.map((f) => (n ? `${n}-${f}` : f))).slice(0, 64);
  }
  return names;
}

function factorGroup(group: unknown): string[] {
  if (Array.isArray(group)) return group.filter((f): f is string => typeof f === 'string');
  if (!group || typeof group !== 'object') return [];
  const { prefix, start, stop } = group as Record<string, unknown>;
  if (typeof start !== 'number') return [];
  // An open range (no `stop`) grows with new versions: its first value stands for it.
  const last = typeof stop === 'number' ? Math.min(stop, start + 31) : start;
  const head = typeof prefix === 'string' ? prefix : '';
  return Array.from({ length: Math.max(0, last - start + 1) }, (_, i) => `${head}${start + i}`);
}
