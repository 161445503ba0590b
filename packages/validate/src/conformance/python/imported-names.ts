import type { PlainNode } from '@ce/parse';
import { field, named, walkAll } from './syntax.js';

const cache = new WeakMap<object, Map<string, string>>();

/** The module of a node: the root of its syntax tree. */
function moduleOf(n: PlainNode): PlainNode {
  let top = n;
  while (top.parent) top = top.parent;
  return top;
}

/**
 * Names bound by `from module import name [as alias]` anywhere in the file (imports under
 * `if sys.platform …` or inside a function count too): alias → `module.name`.
 */
function fromImports(root: PlainNode): Map<string, string> {
  const out = new Map<string, string>();
  walkAll(root, (st) => {
    if (st.type !== 'import_from_statement') return;
    const mod = field(st, 'module_name');
    if (!mod || mod.type === 'relative_import') return;
    // The imported names follow the module name (`wildcard_import` and comments aside).
    for (const n of named(st)) {
      if (n.id === mod.id || (n.type !== 'dotted_name' && n.type !== 'aliased_import')) continue;
      const original = n.type === 'aliased_import' ? field(n, 'name') : n;
      const alias = n.type === 'aliased_import' ? field(n, 'alias') : n;
      if (original && alias) out.set(alias.text, `${mod.text}.${original.text}`);
    }
  });
  return out;
}

/**
 * What a called name stands for: `Popen` after `from subprocess import Popen` is
 * `subprocess.Popen`, so a call imported by name is recognised as the module call it is.
 */
export function qualifiedCallee(callee: PlainNode): string {
  if (callee.type !== 'identifier') return callee.text;
  const root = moduleOf(callee);
  let names = cache.get(root);
  if (!names) {
    names = fromImports(root);
    cache.set(root, names);
  }
  return names.get(callee.text) ?? callee.text;
}
