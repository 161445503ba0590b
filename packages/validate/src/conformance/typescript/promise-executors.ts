import type ts from 'typescript';
import { forEachOwn, isFunctionLike, skipParens, type FunctionLike, type Ts } from './syntax.js';

/** `new Promise(…)`: the constructor that turns a callback API into a promise. */
function isNewPromise(T: Ts, e: ts.Node): e is ts.NewExpression {
  return T.isNewExpression(e) && T.isIdentifier(e.expression) && e.expression.text === 'Promise';
}

/**
 * The executor of `new Promise((resolve, reject) => …)`. It runs once, inside the constructor, to
 * settle the promise its creator hands back: the way MDN documents wrapping an old callback API
 * ("Creating a Promise around an old callback API"). The callbacks it passes on
 * (`req.end((err, res) => err ? reject(err) : resolve(res))`) are that wrapping, not the style of
 * the code, so it has no async style of its own: it takes its creator's (`executorCreator`).
 */
export function isPromiseExecutor(T: Ts, fn: FunctionLike): boolean {
  const parent = fn.parent;
  return parent !== undefined && isNewPromise(T, parent) && parent.arguments?.[0] === fn;
}

/** `promisify(…)`, `util.promisify(…)` (and Bluebird's `fromCallback`): a callback API turned into a promise. */
const PROMISIFIER = /^(?:promisify|fromCallback|fromNode)$/;

/**
 * The function handed to `promisify(cb => connection.end(cb))`. Node documents `util.promisify` as
 * taking a function in the error-first callback style and returning one that returns a promise:
 * the callback it passes on is the wrapping, as an executor's is, so it takes its creator's style.
 */
export function isPromisifiedAdapter(T: Ts, fn: FunctionLike): boolean {
  const parent = fn.parent;
  if (parent === undefined || !T.isCallExpression(parent) || parent.arguments[0] !== fn) return false;
  const callee = skipParens(T, parent.expression);
  const name = T.isIdentifier(callee) ? callee.text : T.isPropertyAccessExpression(callee) ? callee.name.text : '';
  return PROMISIFIER.test(name);
}

/**
 * Whether a function hands back a promise it constructs (`return new Promise(…)`, or an arrow whose
 * body is one). Without `async` or a chain it is still promise code: callers chain on or await what
 * it returns, so it fits a house that chains as well as one that awaits.
 */
export function returnsNewPromise(T: Ts, fn: FunctionLike & { body: ts.Node }): boolean {
  if (!T.isBlock(fn.body)) return isNewPromise(T, skipParens(T, fn.body as ts.Expression));
  let found = false;
  forEachOwn(T, fn.body, (n) => {
    if (T.isReturnStatement(n) && n.expression && isNewPromise(T, skipParens(T, n.expression))) found = true;
  });
  return found;
}

/** The function whose body constructs an executor's promise; undefined at module level. */
export function executorCreator(T: Ts, executor: FunctionLike): (FunctionLike & { body: ts.Node }) | undefined {
  for (let n: ts.Node | undefined = executor.parent; n; n = n.parent)
    if (isFunctionLike(T, n)) return n.body ? (n as FunctionLike & { body: ts.Node }) : undefined;
  return undefined;
}

/**
 * What a call settles when it calls a parameter of an enclosing promise executor: `reject` for
 * its second parameter (`return fail(err)` in `new Promise((ok, fail) => …)`), `resolve` for its
 * first. Rejecting is how a promise reports failure, the asynchronous throw; resolving reports
 * nothing. Whatever the parameters are named (`ok`/`fail`, `res`/`rej`), they are no Result helpers.
 */
export function settlesExecutor(T: Ts, call: ts.Expression | undefined): 'resolve' | 'reject' | undefined {
  if (!call || !T.isCallExpression(call) || !T.isIdentifier(call.expression)) return undefined;
  const name = call.expression.text;
  for (let n: ts.Node | undefined = call.parent; n; n = n.parent) {
    if (!isFunctionLike(T, n) || !isPromiseExecutor(T, n)) continue;
    const [resolve, reject] = n.parameters.map((p) => (T.isIdentifier(p.name) ? p.name.text : ''));
    if (name === reject) return 'reject';
    if (name === resolve) return 'resolve';
  }
  return undefined;
}
