import type ts from 'typescript';
import type { Observation } from '../features.js';
import { forEachFunction } from './functions.js';
import { isHandler } from './handlers.js';
import { bridgesToCallback, deliversResultToCallback } from './callback-bridges.js';
import { executorCreator, isPromiseExecutor, isPromisifiedAdapter, returnsNewPromise } from './promise-executors.js';
import { isStreamImplementerMethod } from './stream-contract.js';
import { onlyCatchesFloatingPromise } from './floating-promises.js';
import { returnsCombinedPromise, returnsOnlySettledPromise } from './promise-returns.js';
import { CALLBACK_PARAM, ERROR_PARAM, calleeName, forEachOwn, hasModifier, paramNames, type FunctionLike } from './syntax.js';
import { observe, type TsSource } from './source.js';
import { continuationParamNames } from './value-callbacks.js';

/**
 * Node's synchronous I/O: `fs.readFileSync`, `execSync`, `zlib.gzipSync`. A project's own helper
 * named `…Sync` (`getMaxBufferSync`) blocks on nothing and is not counted.
 */
const BLOCKING_CALL =
  /^(?:(?:read|write|append|copy|cp|rename|unlink|rm|rmdir|mkdir|mkdtemp|readdir|opendir|stat|lstat|fstat|statfs|exists|access|realpath|open|close|truncate|ftruncate|chmod|chown|utimes|symlink|readlink|link|fsync|fdatasync)(?:File)?Sync|exec(?:File)?Sync|spawnSync|(?:gzip|gunzip|deflate|inflate|deflateRaw|inflateRaw|unzip|brotliCompress|brotliDecompress)Sync|(?:pbkdf2|scrypt|randomFill|generateKeyPair)Sync)$/;

/** Promise chains: `.then(…)`, and `.catch(…)` / `.finally(…)` on a promise. */
function isPromiseChain(src: TsSource, c: ts.Node): boolean {
  const { T } = src;
  if (!T.isCallExpression(c) || !T.isPropertyAccessExpression(c.expression) || !/^(?:then|catch|finally)$/.test(c.expression.name.text))
    return false;
  const e = c.expression;
  return e.name.text === 'then' || T.isCallExpression(e.expression) || /promise/i.test(e.expression.getText(src.sf));
}

function isChainCall(src: TsSource, c: ts.CallExpression): boolean {
  const { T } = src;
  return T.isPropertyAccessExpression(c.expression) && /^(?:then|catch|finally)$/.test(c.expression.name.text);
}

/** A call that passes an error-first handler, or calls one of the function's callback parameters. */
function usesCallback(src: TsSource, c: ts.CallExpression, params: string[]): boolean {
  const { T } = src;
  const last = c.arguments[c.arguments.length - 1];
  if (last && (T.isArrowFunction(last) || T.isFunctionExpression(last))) {
    const p0 = last.parameters[0];
    if (p0 && T.isIdentifier(p0.name) && /^(?:err|error|er)$/.test(p0.name.text)) return true;
  }
  return T.isIdentifier(c.expression) && params.includes(c.expression.text) && CALLBACK_PARAM.test(c.expression.text);
}

/**
 * Whether a callback parameter (`cb`, `done`, `next`) is called or handed on anywhere in the
 * function, nested handlers included. A `next` that is only stored or tested (a promise-returning
 * middleware's) does not make the function callback-style.
 */
function callsBackThroughParam(src: TsSource, fn: FunctionLike & { body: ts.Node }, params: string[]): boolean {
  const { T } = src;
  const names = new Set(params.filter((p) => CALLBACK_PARAM.test(p)));
  if (names.size === 0) return false;
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (T.isIdentifier(n) && names.has(n.text) && n.parent && T.isCallExpression(n.parent)) found = true;
    else T.forEachChild(n, visit);
  };
  visit(fn.body);
  return found;
}

/** await, then, callback, blocking or sync: how one function does its asynchronous work. */
export function asyncStyleOf(src: TsSource, fn: FunctionLike & { body: ts.Node }): string {
  const { T } = src;
  // A callback typed to return a value is called for it, not as a continuation.
  const params = continuationParamNames(T, fn);
  let awaits = hasModifier(T, fn, T.SyntaxKind.AsyncKeyword);
  let thens = false;
  let callbacks = callsBackThroughParam(src, fn, params);
  let blocking = false;
  // A chain settling a callback is a callback API over a promise (`util.callbackify`'s bridge).
  let bridges = false;
  forEachOwn(T, fn.body, (c) => {
    if (T.isCallExpression(c) && BLOCKING_CALL.test(calleeName(T, c))) blocking = true;
    if (T.isAwaitExpression(c) || (T.isForOfStatement(c) && c.awaitModifier)) awaits = true;
    if (isPromiseChain(src, c)) thens = true;
    if (isPromiseChain(src, c) && bridgesToCallback(T, c as ts.CallExpression)) bridges = true;
    if (T.isCallExpression(c) && !isChainCall(src, c) && usesCallback(src, c, params)) callbacks = true;
  });
  if (awaits) return deliversResultToCallback(T, fn.body) ? 'callback' : 'await';
  if (thens && !bridges) return 'then';
  return callbacks || bridges ? 'callback' : blocking ? 'blocking' : 'sync';
}

/** The name a function is declared or bound under: `function f`, `f() {}`, `const f = () => …`. */
function declaredName(src: TsSource, fn: FunctionLike): string {
  const { T } = src;
  if (fn.name && T.isIdentifier(fn.name)) return fn.name.text;
  const parent = fn.parent;
  return parent && T.isVariableDeclaration(parent) && T.isIdentifier(parent.name) ? parent.name.text : '';
}

/**
 * A function that says it is synchronous by name (`createFileSync`, the twin of an async
 * `createFile`) blocks by contract: Node's own `fs` convention, not drift from an async house.
 */
const SYNC_BY_NAME = /[a-z0-9]Sync$/;

/**
 * A synchronous function's styles: promise code when it returns `Promise.all(…)`, either promise
 * style when it returns a settled promise or one it constructs.
 */
function promiseReturnStyles(src: TsSource, fn: FunctionLike & { body: ts.Node }): string[] {
  if (returnsOnlySettledPromise(src, fn) || returnsNewPromise(src.T, fn)) return ['then', 'await'];
  return [returnsCombinedPromise(src, fn) ? 'then' : 'sync'];
}

/** A function's async styles: one, or both promise styles for a promise it hands back without chaining. */
function stylesOf(src: TsSource, fn: FunctionLike & { body: ts.Node }): string[] {
  const found = asyncStyleOf(src, fn);
  const style = found === 'blocking' && SYNC_BY_NAME.test(declaredName(src, fn)) ? 'sync' : found;
  if (style === 'then' && onlyCatchesFloatingPromise(src.T, fn)) return ['then', 'await'];
  return style === 'sync' ? promiseReturnStyles(src, fn) : [style];
}

/**
 * Async style, one observation per function, and one more for each request handler. Error-first
 * handlers belong to the function that creates them, so they are not observed themselves; a
 * promise executor (and a function handed to `promisify`) is observed with its creator's style;
 * stream implementer methods keep Node's callback contract and show no style.
 */
export function asyncStyleObservations(src: TsSource): Observation[] {
  const { T } = src;
  const out: Observation[] = [];
  forEachFunction(src, (fn) => {
    const firstParam = paramNames(T, fn)[0] ?? '';
    const isCallbackItself = ERROR_PARAM.test(firstParam) && !T.isFunctionDeclaration(fn) && !T.isMethodDeclaration(fn);
    const owner = isPromiseExecutor(T, fn) || isPromisifiedAdapter(T, fn) ? executorCreator(T, fn) : fn;
    if (isCallbackItself || !owner || isStreamImplementerMethod(T, fn)) return;
    const styles = stylesOf(src, owner);
    out.push(observe(src, { category: 'async-style', styles }, fn));
    // Handlers are compared with the examples' handlers too, where a synchronous one is foreign.
    if (isHandler(src, fn)) out.push(observe(src, { category: 'async-style', role: 'handler', styles }, fn));
  });
  return out;
}
