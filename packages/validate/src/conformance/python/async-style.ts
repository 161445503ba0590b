import type { PlainNode } from '@ce/parse';
import type { Observation } from '../features.js';
import { forEachFunction } from './functions.js';
import { isHandler } from './handlers.js';
import { CALLBACK_PARAM, calleeName, field, forEachOwn, paramNames, walkAll } from './syntax.js';
import { observe, type PySource } from './source.js';
import { isThreadMethod, THREADING_CALL } from './threads.js';
import { holdsThreadLock } from './thread-locks.js';
import { qualifiedCallee } from './imported-names.js';
import { BLOCKING_SOCKET_CALL } from './blocking-socket-calls.js';
import { isClientCall } from './client-calls.js';
import { isGeneratorCoroutine } from './generator-coroutines.js';

/**
 * Blocking I/O in a function without `async`: HTTP with requests/urllib, files, subprocesses,
 * sleeping, sockets (`select.select`, `selectors.DefaultSelector()`, `listener.accept()`,
 * `recv`), raw descriptors (`os.read`, `os.write`), and DB-API cursor calls.
 */
const BLOCKING_CALL =
  /^(?:requests\.\w+|urllib\.request\.urlopen|urlopen|open|time\.sleep|subprocess\.\w+|httpx\.(?:get|post|put|patch|delete|request)|select\.select|selectors\.\w+|os\.(?:read|write)|\w+\.(?:execute|executemany|fetchone|fetchall|fetchmany|commit|recv|recv_into|recvfrom|accept|sendall|urlopen))$/;
/** A blocking call, named as written or as the `module.name` it was imported as. */
function isBlockingCall(callee: PlainNode): boolean {
  const names = [callee.text, qualifiedCallee(callee)];
  return names.some((n) => BLOCKING_CALL.test(n) || BLOCKING_SOCKET_CALL.test(n));
}
const THREAD_CALL = /^(?:Thread|ThreadPoolExecutor|submit|run_in_executor)$/;

/** Whether a callback parameter is called or handed on anywhere in the function, nested functions included. */
function callsBackThroughParam(fn: PlainNode, params: string[]): boolean {
  const names = new Set(params.filter((p) => CALLBACK_PARAM.test(p)));
  let found = false;
  if (names.size > 0)
    walkAll(fn, (n) => {
      const parent = n.parent;
      if (n.type === 'identifier' && names.has(n.text) && (parent?.type === 'call' || parent?.type === 'argument_list')) found = true;
    });
  return found;
}

/** await, then, callback, threads, blocking or sync: how one function does its asynchronous work. */
export function asyncStyleOf(fn: PlainNode): string {
  const params = paramNames(fn);
  let awaits = fn.child(0)?.type === 'async' || isGeneratorCoroutine(fn);
  let thens = false;
  let callbacks = callsBackThroughParam(fn, params);
  let threads = false;
  let blocking = false;
  const body = field(fn, 'body');
  if (body)
    forEachOwn(body, (x) => {
      if (x.type === 'await') awaits = true;
      if (holdsThreadLock(x)) threads = true;
      if (x.type !== 'call') return;
      const callee = field(x, 'function');
      const name = calleeName(x);
      if (name === 'add_done_callback' || name === 'then') thens = true;
      if (callee?.type === 'identifier' && params.includes(callee.text) && CALLBACK_PARAM.test(callee.text)) callbacks = true;
      if (THREAD_CALL.test(name) || (callee && THREADING_CALL.test(qualifiedCallee(callee)))) threads = true;
      if (callee && (isBlockingCall(callee) || isClientCall(callee, fn))) blocking = true;
    });
  if (!awaits && !thens && !callbacks && isThreadMethod(fn)) threads = true;
  return awaits ? 'await' : thens ? 'then' : callbacks ? 'callback' : threads ? 'threads' : blocking ? 'blocking' : 'sync';
}

/** Async style, one observation per function, and one more for each route handler (compared with the examples' handlers). */
export function asyncStyleObservations(src: PySource): Observation[] {
  const out: Observation[] = [];
  forEachFunction(src, {
    fn: (fn) => {
      const style = asyncStyleOf(fn);
      out.push(observe({ category: 'async-style', styles: [style] }, fn));
      if (isHandler(fn)) out.push(observe({ category: 'async-style', role: 'handler', styles: [style] }, fn));
    },
  });
  return out;
}
