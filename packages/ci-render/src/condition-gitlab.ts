import { canonicalEvent, type Condition, type ConditionVariable } from './condition.js';

const GITLAB_EVENTS: Record<string, string> = { pull_request: 'merge_request_event', manual: 'web' };

function glString(value: string): string {
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}

function glVariable(variable: ConditionVariable): string {
  if (variable.name === 'branch') return '$CI_COMMIT_BRANCH';
  if (variable.name === 'tag') return '$CI_COMMIT_TAG';
  if (variable.name === 'event') return '$CI_PIPELINE_SOURCE';
  return `$${variable.key}`;
}

/** Pushes negations down to the leaves (GitLab's `rules:if` has no `!`). */
function negationNormalForm(condition: Condition, negate = false): Condition {
  switch (condition.kind) {
    case 'compare':
      return negate ? { ...condition, op: condition.op === '==' ? '!=' : '==' } : condition;
    case 'set':
      return negate ? { kind: 'not', item: condition } : condition;
    case 'not':
      return negationNormalForm(condition.item, !negate);
    case 'and':
    case 'or': {
      const items = condition.items.map((c) => negationNormalForm(c, negate));
      const kind = negate ? (condition.kind === 'and' ? 'or' : 'and') : condition.kind;
      return { kind, items };
    }
  }
}

/** Renders a condition already in negation normal form. */
function render(c: Condition): string {
  const wrap = (x: Condition): string => (x.kind === 'and' || x.kind === 'or' ? `(${render(x)})` : render(x));
  switch (c.kind) {
    case 'compare': {
      const value = c.variable.name === 'event' ? (GITLAB_EVENTS[canonicalEvent(c.value)] ?? canonicalEvent(c.value)) : c.value;
      return `${glVariable(c.variable)} ${c.op} ${glString(value)}`;
    }
    case 'set':
      return glVariable(c.variable);
    case 'not': {
      // Only a negated `set` survives negationNormalForm: unset or empty.
      const v = glVariable((c.item as { variable: ConditionVariable }).variable);
      return `(${v} == null || ${v} == "")`;
    }
    case 'and':
      return c.items.map(wrap).join(' && ');
    case 'or':
      return c.items.map(wrap).join(' || ');
  }
}

/** Renders a condition as a GitLab CI `rules:if` expression. */
export function conditionToGitlab(condition: Condition): string {
  return render(negationNormalForm(condition));
}
