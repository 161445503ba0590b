/**
 * The small condition language of `when`: what both platforms (and the local runner) can evaluate.
 * Parsed by condition-parser.ts, evaluated locally by condition-evaluator.ts, rendered by
 * condition-github.ts and condition-gitlab.ts.
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

/** Event names are written once and mapped onto each platform's own. */
const EVENT_ALIASES: Record<string, string> = {
  merge_request: 'pull_request',
  merge_request_event: 'pull_request',
  pr: 'pull_request',
  workflow_dispatch: 'manual',
  web: 'manual',
};

/** The platform-neutral name of an event: `merge_request_event` and `pr` are `pull_request`. */
export function canonicalEvent(event: string): string {
  return EVENT_ALIASES[event] ?? event;
}
