import type ts from 'typescript';
import type { FunctionLike, Ts } from './syntax.js';

/**
 * The methods Node's "API for stream implementers" asks a subclass of `Readable`, `Writable`,
 * `Duplex` or `Transform` to define, with the signature Node calls them with:
 * `_transform(chunk, encoding, callback)`, `_write(chunk, encoding, callback)`, `_flush(callback)`…
 */
const STREAM_IMPLEMENTER_METHODS = new Set(['_read', '_write', '_writev', '_final', '_transform', '_flush', '_destroy', '_construct']);

/**
 * A stream implementer method of a class that extends another: it takes Node's callback because the
 * stream machinery calls it so, whatever the house writes elsewhere (an `async` house still writes
 * `_transform(chunk, encoding, callback) { …; callback() }`). Its async style and the errors it
 * hands to that callback are the contract's, not a style of the code.
 */
export function isStreamImplementerMethod(T: Ts, fn: FunctionLike): boolean {
  if (!T.isMethodDeclaration(fn) || !T.isIdentifier(fn.name) || !STREAM_IMPLEMENTER_METHODS.has(fn.name.text)) return false;
  const cls: ts.Node = fn.parent;
  return T.isClassLike(cls) && (cls.heritageClauses ?? []).some((h) => h.token === T.SyntaxKind.ExtendsKeyword);
}
