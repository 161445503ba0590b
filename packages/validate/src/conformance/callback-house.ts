import type { StyleDistribution } from './score.js';

/** How many of the examples' functions must call back before callbacks are their way of doing async work. */
const MIN_CALLBACK_FUNCTIONS = 2;
/** The share of the examples' asynchronous functions that must call back. */
const MIN_CALLBACK_SHARE = 0.25;

/**
 * Whether the examples do their asynchronous work through callbacks (`log(info, callback)`,
 * `write(chunk, enc, cb)`). Node's convention for such APIs is the error-first callback: a
 * function throws when its arguments are wrong, synchronously, and hands failures of the work it
 * started to its callback (`callback(err)`). So in a callback house that throws only on bad
 * options, `callback(err)` after a failed request is the house's own way of reporting, not a
 * second error convention, even where the examples' own callbacks never had an error to pass.
 */
export function isCallbackHouse(asyncStyle: StyleDistribution | undefined): boolean {
  if (!asyncStyle) return false;
  const callbacks = asyncStyle.counts.get('callback') ?? 0;
  const asyncWork = asyncStyle.total - (asyncStyle.counts.get('sync') ?? 0);
  return callbacks >= MIN_CALLBACK_FUNCTIONS && callbacks / Math.max(1, asyncWork) >= MIN_CALLBACK_SHARE;
}
