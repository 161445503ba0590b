import type ts from 'typescript';
import { isFunctionLike, skipParens } from './syntax.js';
import type { TsSource } from './source.js';
import { isSideState } from './side-state.js';
import { isUtilityModuleSpecifier } from './utility-imports.js';

/** Shared read-mostly objects that are not data flow: loggers, configuration, metrics. */
const NOT_STATE = /^(?:log|logger|console|debug|config|settings|env|metrics|tracer|i18n)$/i;
export const MUTATORS: ReadonlySet<string> = new Set([
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'set',
  'add',
  'delete',
  'clear',
  'sort',
  'fill',
  'reverse',
  'assign',
]);
/** Built-in values created with `new` at module level that are not service singletons. */
const NOT_SINGLETON = /(?:Error|Map|Set|Date|URL|RegExp|Intl\.\w+|TextEncoder|TextDecoder|WeakMap|WeakSet)$/;

/** The module-level state a file's functions may depend on. */
export interface ModuleState {
  /** Module bindings mutated inside a function, and module-level singleton instances. */
  stateNames: Set<string>;
  /**
   * Lower-case instances imported from the project's own modules (`import { db } from './db.js'`):
   * shared singletons when a function uses them as objects. (CommonJS `require` of a local module
   * usually yields a namespace of functions, so it is not counted.)
   */
  importedInstances: Set<string>;
}

function importedInstancesOf(src: TsSource): Set<string> {
  const { T } = src;
  const names = new Set<string>();
  for (const st of src.sf.statements) {
    if (
      !T.isImportDeclaration(st) ||
      !T.isStringLiteral(st.moduleSpecifier) ||
      !st.moduleSpecifier.text.startsWith('.') ||
      !st.importClause ||
      st.importClause.isTypeOnly ||
      isUtilityModuleSpecifier(st.moduleSpecifier.text)
    )
      continue;
    if (st.importClause.name) names.add(st.importClause.name.text);
    const nb = st.importClause.namedBindings;
    if (nb && T.isNamedImports(nb)) for (const el of nb.elements) if (!el.isTypeOnly) names.add(el.name.text);
  }
  // Loggers and configuration are read everywhere; they are not the state a design passes around.
  return new Set([...names].filter((name) => /^[a-z]/.test(name) && !NOT_STATE.test(name)));
}

/** `x = …` / `x++` on a module-level let/var, or `x.y = …` / `x.push(…)` / `delete x.y` on any module binding. */
function mutatedBinding(src: TsSource, target: ts.Expression, reassignment: boolean): string | undefined {
  const { T } = src;
  let x = skipParens(T, target);
  if (T.isIdentifier(x)) {
    const b = src.moduleBindings.get(x.text);
    return b && (!reassignment || b.declKind !== 'const') ? x.text : undefined;
  }
  while (T.isPropertyAccessExpression(x) || T.isElementAccessExpression(x)) x = skipParens(T, x.expression);
  return T.isIdentifier(x) && src.moduleBindings.has(x.text) ? x.text : undefined;
}

/** The module bindings some function assigns, increments, deletes from or calls a mutator on. */
function mutatedInFunctions(src: TsSource): Set<string> {
  const { T } = src;
  const names = new Set<string>();
  const note = (target: ts.Expression, reassignment: boolean): void => {
    const name = mutatedBinding(src, target, reassignment);
    if (name) names.add(name);
  };
  const visit = (n: ts.Node, inFunction: boolean): void => {
    const inside = inFunction || isFunctionLike(T, n);
    if (inside) {
      if (
        T.isBinaryExpression(n) &&
        n.operatorToken.kind >= T.SyntaxKind.FirstAssignment &&
        n.operatorToken.kind <= T.SyntaxKind.LastAssignment
      )
        note(n.left, true);
      if (
        (T.isPrefixUnaryExpression(n) || T.isPostfixUnaryExpression(n)) &&
        (n.operator === T.SyntaxKind.PlusPlusToken || n.operator === T.SyntaxKind.MinusMinusToken)
      )
        note(n.operand, true);
      if (T.isDeleteExpression(n)) note(n.expression, false);
      if (T.isCallExpression(n) && T.isPropertyAccessExpression(n.expression) && MUTATORS.has(n.expression.name.text))
        note(n.expression.expression, false);
    }
    T.forEachChild(n, (c) => visit(c, inside));
  };
  visit(src.sf, false);
  return names;
}

/** Module-level `const x = new Service()`: one shared instance. */
function singletonInstances(src: TsSource): string[] {
  const { T } = src;
  const names: string[] = [];
  for (const [name, b] of src.moduleBindings) {
    const init = b.init ? skipParens(T, b.init) : undefined;
    if (!init || !T.isNewExpression(init)) continue;
    const ctor = init.expression.getText(src.sf);
    if (/^[A-Z]/.test(ctor) && !NOT_SINGLETON.test(ctor)) names.push(name);
  }
  return names;
}

export function moduleState(src: TsSource): ModuleState {
  const stateNames = new Set([...mutatedInFunctions(src)].filter((name) => !isSideState(src, name)));
  for (const name of singletonInstances(src)) stateNames.add(name);
  return { stateNames, importedInstances: importedInstancesOf(src) };
}
