import type { PlainNode } from '@ce/parse';
import type { Observation } from '../features.js';
import { forEachFunction } from './functions.js';
import { field, forEachOwn, walkAll } from './syntax.js';
import { observe, type PySource } from './source.js';

/** A method by which an object records a problem: `_error`, `add_error`, `report_error`, `record_errors`. */
const RECORDER = /^(?:_error|_?(?:add|report|record)_errors?)$/;

/** Names of the module's functions whose own body raises: a helper that raises for its caller. */
function raisingHelpers(src: PySource): Set<string> {
  const out = new Set<string>();
  forEachFunction(src, {
    fn: (fn) => {
      let raises = false;
      forEachOwn(fn, (x) => (raises ||= x.type === 'raise_statement'));
      const name = field(fn, 'name')?.text;
      if (raises && name) out.add(name);
    },
  });
  return out;
}

/** `self._error(field, errors.BAD_TYPE)`: the recorder method called on the object itself. */
function recorderCalled(call: PlainNode): string | undefined {
  const callee = call.type === 'call' ? field(call, 'function') : null;
  if (callee?.type !== 'attribute' || field(callee, 'object')?.text !== 'self') return undefined;
  const name = field(callee, 'attribute')?.text ?? '';
  return RECORDER.test(name) ? name : undefined;
}

/**
 * `self._error(field, errors.BAD_TYPE)`, `self.add_error(field, msg)`: a validator that records each
 * problem on the object and carries on, so the caller reads them all afterwards, instead of raising
 * at the first. Handing an error on is one convention whoever receives it, as the TypeScript reader
 * notes collectors (typescript/reported-errors.ts), so it is noted as a callback error. A recorder the
 * module defines as a helper that raises is a raise by another name and is left out.
 */
export function recordedErrorObservations(src: PySource): Observation[] {
  const helpers = raisingHelpers(src);
  const out: Observation[] = [];
  walkAll(src.root, (n) => {
    const name = recorderCalled(n);
    if (name && !helpers.has(name)) out.push(observe({ category: 'error-handling', styles: ['callback-errors'] }, n));
  });
  return out;
}
