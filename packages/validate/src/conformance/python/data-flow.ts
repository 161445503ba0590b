import type { PlainNode } from '@ce/parse';
import { snippet, type Observation } from '../features.js';
import { forEachFunction } from './functions.js';
import { moduleState, TABLE_NAME, type ModuleState } from './module-state.js';
import { field, forEachOwn, named, paramNames, unwrap } from './syntax.js';
import { localNames } from './local-bindings.js';
import { observe, type PySource } from './source.js';

/** Members that only read a collection. */
const COLLECTION_READ = /^(?:count|index|keys|values|items|copy)$/;

const MUTATORS = /^(?:append|extend|insert|pop|popitem|remove|clear|update|add|discard|setdefault)$/;

/** A class that keeps its one instance: `_instance = None`, `get_instance()`, `__new__`. */
function isSingletonClass(cls: PlainNode): boolean {
  const body = field(cls, 'body');
  if (!body) return false;
  return named(body).some((m) => {
    const a = m.type === 'expression_statement' ? named(m)[0] : undefined;
    const left = a?.type === 'assignment' ? field(a, 'left') : null;
    const fn = unwrap(m);
    return (
      (left && /^_?_?instance$/i.test(left.text)) ||
      (fn.type === 'function_definition' && /^(?:get_instance|instance|__new__)$/.test(field(fn, 'name')?.text ?? ''))
    );
  });
}

/** The first module-level state a function reads or writes (`global`, a mutated binding, an imported instance). */
function stateUse(fn: PlainNode, state: ModuleState): string | undefined {
  // Parameters and the names the function assigns are its own, whatever module binding they shadow.
  const locals = localNames(fn);
  const body = field(fn, 'body');
  let stateName: string | undefined;
  if (!body) return undefined;
  forEachOwn(body, (x) => {
    if (stateName) return;
    if (x.type === 'global_statement') stateName = named(x)[0]?.text ?? '';
    if (x.type !== 'identifier' || locals.has(x.text)) return;
    const parent = x.parent;
    if (state.stateNames.has(x.text)) {
      const isAttributeName = parent?.type === 'attribute' && field(parent, 'attribute')?.id === x.id;
      if (!isAttributeName && parent?.type !== 'keyword_argument') stateName = x.text;
    }
    const member =
      parent?.type === 'attribute' && field(parent, 'object')?.id === x.id ? (field(parent, 'attribute')?.text ?? '') : undefined;
    // Reading an imported collection (`names.index(x)`) is reading data, not sharing a service.
    const readsTable = member !== undefined && TABLE_NAME.test(x.text) && !MUTATORS.test(member);
    if (!stateName && state.importedInstances.has(x.text) && member !== undefined && !COLLECTION_READ.test(member) && !readsTable)
      stateName = x.text;
  });
  return stateName;
}

/**
 * Data flow, one observation per module function or method (not `__init__`): `module-state` when it
 * uses module-level mutable state (and for singleton classes), `parameters` when it works on its
 * arguments or `self`.
 */
export function dataFlowObservations(src: PySource): Observation[] {
  const state = moduleState(src);
  const out: Observation[] = [];
  forEachFunction(src, {
    cls: (cls) => {
      if (isSingletonClass(cls)) out.push(observe({ category: 'data-flow', styles: ['module-state'] }, cls));
    },
    fn: (fn, topUnit) => {
      if (!topUnit || field(fn, 'name')?.text === '__init__') return;
      const params = paramNames(fn);
      const stateName = stateUse(fn, state);
      if (stateName !== undefined)
        out.push({
          category: 'data-flow',
          styles: ['module-state'],
          line: fn.startPosition.row + 1,
          evidence: `uses module-level "${stateName}" in ${snippet(fn.text)}`,
        });
      else if (params.some((p) => p !== 'self' && p !== 'cls') || params[0] === 'self')
        out.push(observe({ category: 'data-flow', styles: ['parameters'] }, fn));
    },
  });
  return out;
}
