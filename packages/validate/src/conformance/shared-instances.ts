import type { FileFeatures, Observation } from './features.js';

/**
 * The imported instances the examples use as shared state (mobx's `globalState` from its internal
 * barrel, an app's `store`). A house that shares one object through its modules makes that object
 * its own way of passing data: an implementation using the same one follows the house, however
 * much more of it it uses than the examples do. Module state the file declares itself stays a
 * pattern of its own.
 */
export function sharedInstancesOf(examples: readonly FileFeatures[]): Set<string> {
  const names = examples.flatMap((f) => f.observations.flatMap((o) => (o.sharedInstance ? [o.sharedInstance] : [])));
  return new Set(names);
}

/** Whether a data-flow observation uses an instance the examples share too. */
export function usesHouseInstance(o: Observation, houseInstances: ReadonlySet<string>): boolean {
  return o.sharedInstance !== undefined && houseInstances.has(o.sharedInstance);
}
