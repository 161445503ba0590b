/**
 * The small condition language of `when`: what both platforms (and the local runner) can evaluate.
 *
 *   expr  := or
 *   or    := and ('||' and)*
 *   and   := unary ('&&' unary)*
 *   unary := '!' unary | '(' expr ')' | term
 *   term  := var (('==' | '!=') string)? | string ('==' | '!=') var
 *   var   := branch | tag | event | env.NAME
 */

/** What a condition may look at. */
export type ConditionVariable = { name: 'branch' } | { name: 'tag' } | { name: 'event' } | { name: 'env'; key: string };

export type Condition =
  | { kind: 'compare'; variable: ConditionVariable; op: '==' | '!='; value: string }
  | { kind: 'set'; variable: ConditionVariable }
  | { kind: 'not'; item: Condition }
  | { kind: 'and'; items: Condition[] }
  | { kind: 'or'; items: Condition[] };

/** The facts a local run evaluates conditions against. */
export interface ConditionContext {
  branch?: string;
  tag?: string;
  event: string;
  env: Record<string, string | undefined>;
}

/** Thrown by parseCondition with the offset of the problem. */
export class ConditionSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

type Token = { type: 'op' | 'string' | 'ident'; text: string; offset: number };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (two === '==' || two === '!=' || two === '&&' || two === '||') {
      tokens.push({ type: 'op', text: two, offset: i });
      i += 2;
      continue;
    }
    if (c === '!' || c === '(' || c === ')') {
      tokens.push({ type: 'op', text: c, offset: i });
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      let text = '';
      while (j < source.length && source[j] !== c) {
        if (source[j] === '\\' && j + 1 < source.length) j++;
        text += source[j];
        j++;
      }
      if (j >= source.length) throw new ConditionSyntaxError('unterminated string', i);
      tokens.push({ type: 'string', text, offset: i });
      i = j + 1;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(source.slice(i));
    if (ident) {
      tokens.push({ type: 'ident', text: ident[0], offset: i });
      i += ident[0].length;
      continue;
    }
    throw new ConditionSyntaxError(`unexpected "${c}"`, i);
  }
  return tokens;
}

function toVariable(token: Token): ConditionVariable {
  const t = token.text;
  if (t === 'branch' || t === 'tag' || t === 'event') return { name: t };
  const env = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(t);
  if (env?.[1]) return { name: 'env', key: env[1] };
  throw new ConditionSyntaxError(`unknown name "${t}" (use branch, tag, event or env.NAME)`, token.offset);
}

/** Parses a condition expression; throws ConditionSyntaxError. */
export function parseCondition(source: string): Condition {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const end = source.length;
  const expect = (text: string): void => {
    const t = tokens[pos];
    if (!t || t.text !== text || t.type !== 'op') throw new ConditionSyntaxError(`expected "${text}"`, t?.offset ?? end);
    pos++;
  };
  const parseOr = (): Condition => {
    const items = [parseAnd()];
    while (peek()?.type === 'op' && peek()?.text === '||') {
      pos++;
      items.push(parseAnd());
    }
    return items.length === 1 ? (items[0] as Condition) : { kind: 'or', items };
  };
  const parseAnd = (): Condition => {
    const items = [parseUnary()];
    while (peek()?.type === 'op' && peek()?.text === '&&') {
      pos++;
      items.push(parseUnary());
    }
    return items.length === 1 ? (items[0] as Condition) : { kind: 'and', items };
  };
  const parseUnary = (): Condition => {
    const t = peek();
    if (!t) throw new ConditionSyntaxError('unexpected end of condition', end);
    if (t.type === 'op' && t.text === '!') {
      pos++;
      const item = parseUnary();
      // `!(a == 'x')` is kept as `a != 'x'`, and `!!a` as `a`: simpler output, easier deduplication.
      if (item.kind === 'compare') return { ...item, op: item.op === '==' ? '!=' : '==' };
      if (item.kind === 'not') return item.item;
      return { kind: 'not', item };
    }
    if (t.type === 'op' && t.text === '(') {
      pos++;
      const inner = parseOr();
      expect(')');
      return inner;
    }
    return parseTerm();
  };
  const parseTerm = (): Condition => {
    const first = tokens[pos++];
    if (!first || first.type === 'op') throw new ConditionSyntaxError(`unexpected "${first?.text ?? 'end'}"`, first?.offset ?? end);
    const op = peek();
    if (op?.type === 'op' && (op.text === '==' || op.text === '!=')) {
      pos++;
      const second = tokens[pos++];
      if (!second || second.type === 'op') throw new ConditionSyntaxError('expected a name or a quoted string', second?.offset ?? end);
      const [varTok, strTok] = first.type === 'ident' ? [first, second] : [second, first];
      if (varTok.type !== 'ident' || strTok.type !== 'string') {
        throw new ConditionSyntaxError('compare a name with a quoted string', first.offset);
      }
      return { kind: 'compare', variable: toVariable(varTok), op: op.text, value: strTok.text };
    }
    if (first.type !== 'ident') throw new ConditionSyntaxError('a string alone is not a condition', first.offset);
    return { kind: 'set', variable: toVariable(first) };
  };
  const result = parseOr();
  if (pos < tokens.length) throw new ConditionSyntaxError(`unexpected "${tokens[pos]?.text}"`, tokens[pos]?.offset ?? end);
  return result;
}

/** AND of the given conditions (undefined when none). */
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

/** Evaluates a condition locally. */
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

/** Event names are written once and mapped onto each platform's own. */
const EVENT_ALIASES: Record<string, string> = {
  merge_request: 'pull_request',
  merge_request_event: 'pull_request',
  pr: 'pull_request',
  workflow_dispatch: 'manual',
  web: 'manual',
};
export function canonicalEvent(event: string): string {
  return EVENT_ALIASES[event] ?? event;
}

const GITHUB_EVENTS: Record<string, string> = { manual: 'workflow_dispatch' };
const GITLAB_EVENTS: Record<string, string> = { pull_request: 'merge_request_event', manual: 'web' };

function ghString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Renders a condition as a GitHub Actions expression (without `${{ }}`). */
export function conditionToGithub(condition: Condition): string {
  const wrap = (c: Condition): string => (c.kind === 'and' || c.kind === 'or' ? `(${conditionToGithub(c)})` : conditionToGithub(c));
  switch (condition.kind) {
    case 'compare': {
      const { variable, op, value } = condition;
      if (variable.name === 'branch') return `github.ref ${op} ${ghString(`refs/heads/${value}`)}`;
      if (variable.name === 'tag') return `github.ref ${op} ${ghString(`refs/tags/${value}`)}`;
      if (variable.name === 'event') {
        const event = canonicalEvent(value);
        return `github.event_name ${op} ${ghString(GITHUB_EVENTS[event] ?? event)}`;
      }
      return `vars.${variable.key} ${op} ${ghString(value)}`;
    }
    case 'set': {
      const v = condition.variable;
      if (v.name === 'branch') return `startsWith(github.ref, 'refs/heads/')`;
      if (v.name === 'tag') return `startsWith(github.ref, 'refs/tags/')`;
      if (v.name === 'event') return `github.event_name != ''`;
      return `vars.${v.key} != ''`;
    }
    case 'not':
      return `!${condition.item.kind === 'set' || condition.item.kind === 'not' ? conditionToGithub(condition.item) : `(${conditionToGithub(condition.item)})`}`;
    case 'and':
      return condition.items.map(wrap).join(' && ');
    case 'or':
      return condition.items.map(wrap).join(' || ');
  }
}

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

/** Renders a condition as a GitLab CI `rules:if` expression. */
export function conditionToGitlab(condition: Condition): string {
  const render = (c: Condition): string => {
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
  };
  return render(negationNormalForm(condition));
}
