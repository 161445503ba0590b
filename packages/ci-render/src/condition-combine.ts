import type { Condition } from './condition.js';
import { parseCondition } from './condition-parser.js';

/** AND of the given conditions (undefined when none), without repeating an identical one. */
export function allOf(conditions: (Condition | undefined)[]): Condition | undefined {
  const items: Condition[] = [];
  const seen = new Set<string>();
  for (const c of conditions) {
    if (!c) continue;
    for (const item of c.kind === 'and' ? c.items : [c]) {
      const key = JSON.stringify(item);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
  }
  if (items.length === 0) return undefined;
  return items.length === 1 ? items[0] : { kind: 'and', items };
}

function anyOf(items: Condition[]): Condition | undefined {
  if (items.length === 0) return undefined;
  return items.length === 1 ? items[0] : { kind: 'or', items };
}

/**
 * A `when` block (or a condition string) plus an optional `condition` shorthand, as one condition:
 * all given keys must hold; a list means any of its values. Throws ConditionSyntaxError.
 */
export function whenToCondition(
  when: { branch?: string | string[]; event?: string | string[]; condition?: string } | string | undefined,
  condition?: string,
): Condition | undefined {
  const extra = condition === undefined ? undefined : parseCondition(condition);
  if (typeof when === 'string') return allOf([parseCondition(when), extra]);
  if (!when) return extra;
  const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const branch = anyOf(list(when.branch).map((value) => ({ kind: 'compare', variable: { name: 'branch' }, op: '==', value }) as Condition));
  const event = anyOf(list(when.event).map((value) => ({ kind: 'compare', variable: { name: 'event' }, op: '==', value }) as Condition));
  return allOf([branch, event, when.condition === undefined ? undefined : parseCondition(when.condition), extra]);
}
