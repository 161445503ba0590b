import type ts from 'typescript';
import { isFunctionLike, skipParens, type Ts } from './syntax.js';

/**
 * Whether a property is written in place as behaviour or as a nested description: a method, an
 * accessor, a function, an object literal (`create(context) {…}`, `grammar: {…}`). Names of
 * things defined elsewhere (`parse`, `utils: require('./utils')`) make a barrel, and plain values
 * (`FLAG_LOOSE: 0b010`) a module of constants: neither is a unit of its own.
 */
function describesInPlace(T: Ts, p: ts.ObjectLiteralElementLike): boolean {
  if (T.isMethodDeclaration(p) || T.isGetAccessorDeclaration(p) || T.isSetAccessorDeclaration(p)) return true;
  if (!T.isPropertyAssignment(p)) return false;
  const value = skipParens(T, p.initializer);
  return isFunctionLike(T, value) || T.isObjectLiteralExpression(value);
}

/**
 * Whether an exported expression is a descriptor object: an object literal that is the unit itself
 * (`export default { id: 'ini', grammar: {…} } as LanguageProto`, `module.exports = { meta: {…}, create(context) {…} }`),
 * holding behaviour or a nested description written in place. Such a module describes its behaviour
 * as data a host reads, a structure of its own beside classes and exported functions: a house of
 * factory functions does not write one, nor a house of descriptors a factory function.
 */
export function isDescriptorObject(T: Ts, e: ts.Expression): boolean {
  const x = skipParens(T, e);
  return T.isObjectLiteralExpression(x) && x.properties.some((p) => describesInPlace(T, p));
}
