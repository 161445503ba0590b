import type ts from 'typescript';
import { isFunctionLike, skipParens } from './syntax.js';
import type { TsSource } from './source.js';

/** Calls that mix methods into a shared object: jQuery's `$.fn.extend({…})`, Backbone's `Model.extend`, `mixin`. */
const EXTENDERS: ReadonlySet<string> = new Set(['extend', 'mixin']);

/** How many methods an object literal holds (`wrap: function () {…}`, `wrap() {…}`, `wrap: () => …`). */
function methodCount(T: TsSource['T'], o: ts.ObjectLiteralExpression): number {
  return o.properties.filter(
    (p) => T.isMethodDeclaration(p) || (T.isPropertyAssignment(p) && isFunctionLike(T, skipParens(T, p.initializer))),
  ).length;
}

/**
 * Top-level statements that add methods to an object that already exists, through an extend call
 * (a statement of its own, not a declaration): `jQuery.fn.extend({ wrapAll: function (html) {…}, unwrap: … })`. The module's
 * public behaviour is then methods on a shared object, written as an object literal, which is a
 * structure of its own beside classes and exported functions: a house extending `jQuery.fn`
 * reads its modules that way, and exported functions taking `this` are not how it adds methods
 * (nor the reverse). Each statement weighs the methods it adds, as a class does.
 */
export function extensionCalls(src: TsSource): { node: ts.Node; weight: number }[] {
  const { T } = src;
  const out: { node: ts.Node; weight: number }[] = [];
  for (const st of src.sf.statements) {
    if (!T.isExpressionStatement(st)) continue;
    const call = skipParens(T, st.expression);
    if (!T.isCallExpression(call) || !T.isPropertyAccessExpression(call.expression)) continue;
    if (!EXTENDERS.has(call.expression.name.text)) continue;
    const weight = call.arguments.reduce((n, a) => {
      const x = skipParens(T, a);
      return n + (T.isObjectLiteralExpression(x) ? methodCount(T, x) : 0);
    }, 0);
    if (weight > 0) out.push({ node: st, weight });
  }
  return out;
}
