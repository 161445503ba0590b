import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseSource, plainTree, type PlainNode } from '@ce/parse';
import type { Observation } from '../features.js';
import { asyncStyleOf } from './async-style.js';
import { observe } from './source.js';
import { field, named, unwrap } from './syntax.js';

/** How many module functions made by one wrapper make it the module's way of defining them. */
const WRAPPED_FUNCTIONS = 3;
/** Cheap test before parsing: three `name = wrapper(…)` lines and a relative import. */
const WRAPPED_LINE = /^[A-Za-z_]\w*\s*=\s*[A-Za-z_]\w*\(/gm;
const RELATIVE_IMPORT = /^from\s+\.\S*\s+import\s/m;

/** `from .base import wrap` → wrap → the module file it comes from (`base.py` or `base/__init__.py` beside the file). */
function relativeImports(root: PlainNode, fileAbs: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const st of named(root)) {
    if (st.type !== 'import_from_statement') continue;
    const mod = field(st, 'module_name');
    if (mod?.type !== 'relative_import') continue;
    const dots = /^\.+/.exec(mod.text)?.[0].length ?? 0;
    let dir = dirname(fileAbs);
    for (let i = 1; i < dots; i++) dir = dirname(dir);
    const parts = mod.text.slice(dots).split('.').filter(Boolean);
    const base = join(dir, ...parts);
    const file = [`${base}.py`, join(base, '__init__.py')].find((f) => parts.length > 0 && existsSync(f));
    if (!file) continue;
    for (const n of named(st)) {
      if (n.id === mod.id || (n.type !== 'dotted_name' && n.type !== 'aliased_import')) continue;
      const alias = n.type === 'aliased_import' ? field(n, 'alias') : n;
      if (alias) out.set(alias.text, file);
    }
  }
  return out;
}

/** The async style of what `def wrapper(func)` returns: the inner function it defines and returns. */
async function wrapperStyle(moduleFile: string, wrapper: string): Promise<string | undefined> {
  const text = readFileSync(moduleFile, 'utf8');
  const tree = await parseSource('python', text);
  try {
    const def = named(plainTree(tree, text))
      .map(unwrap)
      .find((n) => n.type === 'function_definition' && field(n, 'name')?.text === wrapper);
    const body = def ? field(def, 'body') : null;
    if (!body) return undefined;
    const inner = named(body)
      .map(unwrap)
      .filter((n) => n.type === 'function_definition');
    const returned = new Set(
      named(body)
        .filter((n) => n.type === 'return_statement')
        .map((r) => named(r)[0]?.text),
    );
    const made = inner.find((f) => returned.has(field(f, 'name')?.text));
    return made ? asyncStyleOf(made) : undefined;
  } finally {
    tree.delete();
  }
}

/**
 * Module functions made by a wrapper from a sibling module (`stat = wrap(os.stat)`, twenty times):
 * the module defines no function of its own, yet every one it exports does what the wrapper's
 * returned function does (awaits an executor, say). One observation per wrapped name, in the
 * wrapper's style, when the wrapper is found in the repository beside the file.
 */
export async function wrappedFunctionObservations(root: string, file: string, text: string): Promise<Observation[]> {
  if ((text.match(WRAPPED_LINE) ?? []).length < WRAPPED_FUNCTIONS || !RELATIVE_IMPORT.test(text)) return [];
  const repo = resolve(root);
  const fileAbs = resolve(repo, file);
  if (!existsSync(fileAbs)) return [];
  const tree = await parseSource('python', text);
  try {
    const root = plainTree(tree, text);
    const imports = relativeImports(root, fileAbs);
    const byWrapper = new Map<string, PlainNode[]>();
    const visit = (n: PlainNode): void => {
      for (const c of named(n)) {
        if (c.type === 'function_definition' || c.type === 'class_definition') continue;
        const right = c.type === 'assignment' ? field(c, 'right') : null;
        const callee = right?.type === 'call' ? field(right, 'function') : null;
        if (field(c, 'left')?.type === 'identifier' && callee?.type === 'identifier' && imports.has(callee.text))
          byWrapper.set(callee.text, [...(byWrapper.get(callee.text) ?? []), c]);
        else visit(c);
      }
    };
    visit(root);
    const out: Observation[] = [];
    for (const [wrapper, sites] of byWrapper) {
      const moduleFile = imports.get(wrapper) as string;
      // Only what the repository holds: a wrapper outside the analysed root is not read.
      if (sites.length < WRAPPED_FUNCTIONS || relative(repo, moduleFile).split(sep)[0] === '..') continue;
      const style = await wrapperStyle(moduleFile, wrapper);
      if (style && style !== 'sync') for (const s of sites) out.push(observe({ category: 'async-style', styles: [style] }, s));
    }
    return out;
  } finally {
    tree.delete();
  }
}
