import { canonicalEvent, type Condition } from './condition.js';

const GITHUB_EVENTS: Record<string, string> = { manual: 'workflow_dispatch' };

function ghString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function compareToGithub(condition: Extract<Condition, { kind: 'compare' }>): string {
  const { variable, op, value } = condition;
  if (variable.name === 'branch') return `github.ref ${op} ${ghString(`refs/heads/${value}`)}`;
  if (variable.name === 'tag') return `github.ref ${op} ${ghString(`refs/tags/${value}`)}`;
  if (variable.name === 'event') {
    const event = canonicalEvent(value);
    return `github.event_name ${op} ${ghString(GITHUB_EVENTS[event] ?? event)}`;
  }
  return `vars.${variable.key} ${op} ${ghString(value)}`;
}

function setToGithub(condition: Extract<Condition, { kind: 'set' }>): string {
  const v = condition.variable;
  if (v.name === 'branch') return `startsWith(github.ref, 'refs/heads/')`;
  if (v.name === 'tag') return `startsWith(github.ref, 'refs/tags/')`;
  if (v.name === 'event') return `github.event_name != ''`;
  return `vars.${v.key} != ''`;
}

/** Renders a condition as a GitHub Actions expression (without `${{ }}`). */
export function conditionToGithub(condition: Condition): string {
  const wrap = (c: Condition): string => (c.kind === 'and' || c.kind === 'or' ? `(${conditionToGithub(c)})` : conditionToGithub(c));
  switch (condition.kind) {
    case 'compare':
      return compareToGithub(condition);
    case 'set':
      return setToGithub(condition);
    case 'not':
      return `!${condition.item.kind === 'set' || condition.item.kind === 'not' ? conditionToGithub(condition.item) : `(${conditionToGithub(condition.item)})`}`;
    case 'and':
      return condition.items.map(wrap).join(' && ');
    case 'or':
      return condition.items.map(wrap).join(' || ');
  }
}
