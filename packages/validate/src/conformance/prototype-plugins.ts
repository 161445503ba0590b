import type { Observation } from './features.js';
import type { StyleDistribution } from './score.js';

/** The data-flow style of a function patching the prototype of a class it was handed or imported. */
export const SHARED_PROTOTYPE = 'shared-prototype';

/**
 * Whether a patching function meets a house that writes plugins (`export default (o, c) => {
 * c.prototype.x = … }`). A plugin is one function per file beside the helpers it keeps, so patching
 * is the house's way of extending a class wherever the examples show it at all, however few of
 * their functions do it. Where no example patches, it stays foreign: a pure date helper does not
 * change `Date.prototype`.
 */
export function isPatchInPluginHouse(o: Observation, d: StyleDistribution): boolean {
  return o.styles[0] === SHARED_PROTOTYPE && (d.counts.get(SHARED_PROTOTYPE) ?? 0) > 0;
}

/**
 * The examples' data flow with their patching functions counted as working on parameters too: a
 * plugin patches the class it was handed, so a plugin that adds a static (`d.min = …`) or a
 * helper working on its arguments is in the style of a house of plugins.
 */
export function withPatchesAsParameters(d: StyleDistribution): StyleDistribution {
  const patching = d.counts.get(SHARED_PROTOTYPE) ?? 0;
  if (patching === 0) return d;
  const counts = new Map(d.counts);
  counts.set('parameters', (counts.get('parameters') ?? 0) + patching);
  return { ...d, counts };
}
