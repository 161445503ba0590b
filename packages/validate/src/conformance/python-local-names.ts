import type { FileFeatures, Observation } from './features.js';

/** How many different local names show the house's own convention. */
const OWN_NAMES = 3;
/** The share of those names that must follow one convention. */
const OWN_SHARE = 0.8;

/**
 * The naming convention of the names a Python house chooses freely: the local variables it
 * assigns (parameters and function names can be fixed from outside, by callers passing keywords or
 * a dispatcher looking functions up by a schema's keywords). Undefined when the examples assign
 * too few multi-word locals, or no convention holds most of them.
 */
export function pythonLocalNamesStyle(examples: FileFeatures[]): string | undefined {
  const byStyle = new Map<string, Set<string>>();
  for (const f of examples) {
    if (f.family !== 'python') continue;
    for (const o of f.observations) {
      if (o.category !== 'naming' || o.kind !== 'variable' || o.exported !== false || o.styles.length !== 1 || !o.name) continue;
      const style = o.styles[0] as string;
      byStyle.set(style, (byStyle.get(style) ?? new Set()).add(o.name));
    }
  }
  const total = [...byStyle.values()].reduce((n, s) => n + s.size, 0);
  const [style, names] = [...byStyle].sort((a, b) => b[1].size - a[1].size)[0] ?? [];
  return style && names && names.size >= OWN_NAMES && names.size / total >= OWN_SHARE ? style : undefined;
}

/**
 * PEP 8 names Python functions in snake_case and allows mixedCase only "in contexts where that's
 * already the prevailing style". A house whose own locals are snake_case and whose function names
 * are camelCase takes those names from an interface (JSON Schema's keywords, an API kept for
 * compatibility), not from a convention of its own: a snake_case function there follows both the
 * language and the house. A house that writes camelCase locals too (zope's `sameNamespace`) keeps
 * its camelCase convention.
 */
export function isPep8FunctionOfHouse(o: Observation, family: string, localNamesStyle: string | undefined): boolean {
  return (
    family === 'python' &&
    localNamesStyle === 'snake_case' &&
    o.category === 'naming' &&
    o.kind === 'function' &&
    o.styles.length === 1 &&
    o.styles[0] === 'snake_case'
  );
}
