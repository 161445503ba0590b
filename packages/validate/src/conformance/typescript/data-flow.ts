import type ts from 'typescript';
import { snippet, type Observation } from '../features.js';
import { forEachFunction } from './functions.js';
import { moduleState, MUTATORS, type ModuleState } from './module-state.js';
import { forEachOwn, hasModifier, paramNames, type FunctionLike } from './syntax.js';
import { lineOf, observe, type TsSource } from './source.js';
import { patchedPrototype } from './prototype-patches.js';
import { SHARED_PROTOTYPE } from '../prototype-plugins.js';

/** Members that only read a collection: an imported array or string used this way is data, not a service. */
const COLLECTION_READ =
  /^(?:length|size|includes|indexOf|lastIndexOf|find|findIndex|findLast|filter|map|flatMap|some|every|forEach|reduce|slice|join|at|keys|values|entries|has|concat|toString)$/;

/**
 * `RegExp.prototype`'s matching members: an imported pattern used to match (`fullWidth.test(str)`,
 * `rnum.exec(value)`) is a constant the module shares like a string, not a service.
 */
const PATTERN_READ = /^(?:test|exec|source|flags)$/;

/** `Function.prototype`'s members: an imported name used with them (`mutate.bind(undefined, cache)`) is a function, not a service. */
const FUNCTION_MEMBER = /^(?:bind|call|apply)$/;

/**
 * A plural name (`colors`, `icons`, `messages`) names a table of values or helpers, not a service:
 * every function may read it. It is shared state only where a function changes it. Singular
 * names ending in s (`redis`, `status`) are not plurals.
 */
const PLURAL = /(?:[^siu]s|ies)$/;

/** A static `instance` / `getInstance` / `shared` member: the class hands out one shared object. */
function isSingletonClass(src: TsSource, n: ts.ClassDeclaration): boolean {
  const { T } = src;
  return n.members.some(
    (m) =>
      hasModifier(T, m, T.SyntaxKind.StaticKeyword) &&
      m.name !== undefined &&
      (T.isIdentifier(m.name) || T.isPrivateIdentifier(m.name)) &&
      /^#?_?(?:instance|INSTANCE|getInstance|shared|default)$/.test(m.name.text),
  );
}

function singletonClassObservations(src: TsSource): Observation[] {
  const { T } = src;
  const out: Observation[] = [];
  const visit = (n: ts.Node): void => {
    if (T.isClassDeclaration(n) && n.name && isSingletonClass(src, n))
      out.push(observe(src, { category: 'data-flow', styles: ['module-state'] }, n.name, n));
    T.forEachChild(n, visit);
  };
  visit(src.sf);
  return out;
}

/** The first module-level state the function reads or writes, or undefined; and whether it uses `this`. */
function stateUse(
  src: TsSource,
  fn: FunctionLike & { body: ts.Node },
  state: ModuleState,
): { stateName?: string; imported: boolean; usesThis: boolean } {
  const { T } = src;
  const params = paramNames(T, fn);
  let stateName: string | undefined;
  let imported = false;
  let usesThis = false;
  forEachOwn(T, fn.body, (c) => {
    if (c.kind === T.SyntaxKind.ThisKeyword) usesThis = true;
    if (stateName !== undefined || !T.isIdentifier(c) || params.includes(c.text)) return;
    const isPropertyName = T.isPropertyAccessExpression(c.parent) && c.parent.name === c;
    // An imported instance is a shared service when its members are used; reading an imported
    // collection (`agents.includes(x)`, `names.length`) is reading data, not sharing state.
    const member = T.isPropertyAccessExpression(c.parent) && c.parent.expression === c ? c.parent.name.text : undefined;
    const isObject =
      member !== undefined &&
      !COLLECTION_READ.test(member) &&
      !PATTERN_READ.test(member) &&
      !FUNCTION_MEMBER.test(member) &&
      (!PLURAL.test(c.text) || MUTATORS.has(member));
    if (state.stateNames.has(c.text) && !isPropertyName) stateName = c.text;
    else if (state.importedInstances.has(c.text) && isObject) [stateName, imported] = [c.text, true];
  });
  return { stateName, imported, usesThis };
}

/** The function's data-flow observation: a prototype it patches, module state it uses, or what it is given. */
function functionObservation(src: TsSource, fn: FunctionLike & { body: ts.Node }, state: ModuleState): Observation | undefined {
  const patched = patchedPrototype(src, fn);
  if (patched !== undefined)
    return {
      category: 'data-flow',
      styles: [SHARED_PROTOTYPE],
      line: lineOf(src, fn),
      evidence: `patches "${patched}.prototype" in ${snippet(fn.getText(src.sf))}`,
    };
  const { stateName, imported, usesThis } = stateUse(src, fn, state);
  if (stateName !== undefined)
    return {
      category: 'data-flow',
      styles: ['module-state'],
      line: lineOf(src, fn),
      evidence: `uses module-level "${stateName}" in ${snippet(fn.getText(src.sf))}`,
      ...(imported ? { sharedInstance: stateName } : {}),
    };
  if (fn.parameters.length > 0 || usesThis) return observe(src, { category: 'data-flow', styles: ['parameters'] }, fn);
  return undefined;
}

/**
 * Data flow, one observation per top-level function or method: `shared-prototype` when it
 * patches the prototype of a class it was handed or imported, `module-state` when it uses
 * module-level mutable state (and for singleton classes), `parameters` when it works on what it
 * is given or on `this`.
 */
export function dataFlowObservations(src: TsSource): Observation[] {
  const { T } = src;
  const state = moduleState(src);
  const out = singletonClassObservations(src);
  forEachFunction(src, (fn, topUnit) => {
    if (!topUnit || (T.isMethodDeclaration(fn) && fn.name.getText(src.sf) === 'constructor')) return;
    const o = functionObservation(src, fn, state);
    if (o) out.push(o);
  });
  return out;
}
