import { canonicalEvent, type Condition, type ConditionContext, type ConditionVariable } from './condition.js';

function variableValue(variable: ConditionVariable, ctx: ConditionContext): string | undefined {
  switch (variable.name) {
    case 'branch':
      return ctx.branch;
    case 'tag':
      return ctx.tag;
    case 'event':
      return ctx.event;
    case 'env':
      return ctx.env[variable.key];
  }
}

/** Evaluates a condition locally (no condition: true). Events compare by their platform-neutral name. */
export function evaluateCondition(condition: Condition | undefined, ctx: ConditionContext): boolean {
  if (!condition) return true;
  switch (condition.kind) {
    case 'compare': {
      const actual = variableValue(condition.variable, ctx);
      const equal =
        condition.variable.name === 'event' ? canonicalEvent(actual ?? '') === canonicalEvent(condition.value) : actual === condition.value;
      return condition.op === '==' ? equal : !equal;
    }
    case 'set':
      return (variableValue(condition.variable, ctx) ?? '') !== '';
    case 'not':
      return !evaluateCondition(condition.item, ctx);
    case 'and':
      return condition.items.every((c) => evaluateCondition(c, ctx));
    case 'or':
      return condition.items.some((c) => evaluateCondition(c, ctx));
  }
}
