import type ts from 'typescript';
import { isFunctionLike, skipParens, type Ts } from './syntax.js';
import type { TsSource } from './source.js';
import { isMemoCache } from './memo-caches.js';
import { isLazyValue } from './lazy-values.js';

/** `new WeakMap()` / `new WeakSet()`. */
function isWeakCollection(T: Ts, init: ts.Expression | undefined): boolean {
  const x = init ? skipParens(T, init) : undefined;
  return x !== undefined && T.isNewExpression(x) && T.isIdentifier(x.expression) && /^Weak(?:Map|Set)$/.test(x.expression.text);
}

/** The block or function body an assignment statement sits in. */
function enclosingBlock(T: Ts, n: ts.Node): ts.Node | undefined {
  for (let p: ts.Node | undefined = n.parent; p; p = p.parent) if (T.isBlock(p) || isFunctionLike(T, p)) return p;
  return undefined;
}

/** Whether a block calls `console.<anything>(…)` directly. */
function callsConsole(T: Ts, block: ts.Node): boolean {
  let found = false;
  T.forEachChild(block, (st) => {
    if (!T.isExpressionStatement(st) || !T.isCallExpression(st.expression)) return;
    const callee = st.expression.expression;
    if (T.isPropertyAccessExpression(callee) && T.isIdentifier(callee.expression) && callee.expression.text === 'console') found = true;
  });
  return found;
}

/** Every assignment to `name` in the file: `name = true` beside a `console.…` call in the same block. */
function isWarnOnceLatch(src: TsSource, name: string): boolean {
  const { T } = src;
  let assignments = 0;
  let latched = 0;
  const visit = (n: ts.Node): void => {
    if (
      T.isBinaryExpression(n) &&
      n.operatorToken.kind === T.SyntaxKind.EqualsToken &&
      T.isIdentifier(n.left) &&
      n.left.text === name &&
      n.parent &&
      T.isExpressionStatement(n.parent)
    ) {
      assignments++;
      const block = enclosingBlock(T, n.parent);
      if (n.right.kind === T.SyntaxKind.TrueKeyword && block && callsConsole(T, block)) latched++;
    }
    T.forEachChild(n, visit);
  };
  visit(src.sf);
  return assignments > 0 && assignments === latched;
}

/**
 * Module bindings a function changes that are no state of the module's design:
 * - a `WeakMap`/`WeakSet`: ECMAScript gives it no size and no iteration, so it can only be looked
 *   up with an object the caller already holds: a memo cache or a side table of the caller's
 *   objects (`cache.has(dep) ? … : cache.set(dep, create())`), not data shared between calls;
 * - a warn-once latch (`let didWarn = false … console.warn(…); didWarn = true`, React's own idiom):
 *   it only keeps a diagnostic from repeating;
 * - a memo cache filled key by key after a lookup (`memo-caches.ts`), or a value computed on
 *   first use and only read after (`lazy-values.ts`).
 */
export function isSideState(src: TsSource, name: string): boolean {
  const b = src.moduleBindings.get(name);
  if (!b) return false;
  return (
    isWeakCollection(src.T, b.init) ||
    (b.declKind !== 'const' && isWarnOnceLatch(src, name)) ||
    isMemoCache(src, name) ||
    isLazyValue(src, name)
  );
}
