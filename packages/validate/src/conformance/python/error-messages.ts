import type { PlainNode } from '@ce/parse';
import type { Observation } from '../features.js';
import { forEachFunction } from './functions.js';
import { field, forEachOwn, named } from './syntax.js';
import { observe, type PySource } from './source.js';

/** A string that reads as a message for a person: it has a space or starts with a capital (`"Required"`). */
function isMessage(n: PlainNode): boolean {
  if (n.type !== 'string' && n.type !== 'concatenated_string') return false;
  const text = n.text.replace(/^[a-zA-Z]*["']+|["']+$/g, '');
  return text.length > 1 && (/\s/.test(text.trim()) || /^[A-Z]/.test(text));
}

/** A value that says "nothing wrong": None, True or False. */
const isSuccessValue = (n: PlainNode): boolean => n.type === 'none' || n.type === 'true' || n.type === 'false';

/** `"Required" if not value else None`: a message on one side, success on the other. */
function conditionalMessage(n: PlainNode): PlainNode | undefined {
  if (n.type !== 'conditional_expression') return undefined;
  const [whenTrue, , whenFalse] = named(n);
  if (whenTrue && whenFalse && isMessage(whenTrue) && isSuccessValue(whenFalse)) return whenTrue;
  if (whenTrue && whenFalse && isMessage(whenFalse) && isSuccessValue(whenTrue)) return whenFalse;
  return undefined;
}

function inGuard(n: PlainNode, fn: PlainNode): boolean {
  for (let p = n.parent; p && p.id !== fn.id; p = p.parent) if (p.type === 'if_statement' || p.type === 'case_clause') return true;
  return false;
}

/**
 * Whether control can run past a statement to the end of its block. An if/elif/else chain whose
 * every branch returns or raises cannot: a function ending in one (`format_size`, a string for
 * each range) has no success path by falling through, so its strings are its results.
 */
function fallsThrough(st: PlainNode): boolean {
  if (st.type === 'return_statement' || st.type === 'raise_statement') return false;
  if (st.type !== 'if_statement' || !named(st).some((c) => c.type === 'else_clause')) return true;
  const blocks = [
    field(st, 'consequence'),
    ...named(st)
      .filter((c) => c.type === 'elif_clause' || c.type === 'else_clause')
      .map((c) => field(c, 'consequence') ?? field(c, 'body')),
  ];
  return blocks.some((b) => {
    const last = b
      ? named(b)
          .filter((x) => x.type !== 'comment')
          .at(-1)
      : undefined;
    return !last || fallsThrough(last);
  });
}

/**
 * The messages a function returns to report failure, when it is a validator that returns them
 * instead of raising: messages returned from guards or one side of a conditional, success (None, a
 * boolean or falling through) everywhere else, and no other values returned.
 */
function returnedMessages(fn: PlainNode): PlainNode[] {
  const body = field(fn, 'body');
  if (!body) return [];
  const last = named(body).at(-1);
  let success = !last || fallsThrough(last);
  let otherValues = false;
  const messages: PlainNode[] = [];
  forEachOwn(body, (n) => {
    const value = n.type === 'return_statement' ? named(n)[0] : undefined;
    if (!value) return;
    const conditional = conditionalMessage(value);
    if (conditional) messages.push(conditional);
    else if (isMessage(value) && inGuard(n, fn)) messages.push(n);
    else if (isSuccessValue(value)) success = true;
    else otherValues = true;
  });
  return success && !otherValues ? messages : [];
}

const ERRORS_NAME = /^(?:errors?|\w*_errors)$/;

/** `errors = {}; if …: errors["email"] = "Required"; return errors`: messages collected and returned. */
function collectedMessages(fn: PlainNode): PlainNode[] {
  const body = field(fn, 'body');
  if (!body) return [];
  const names = new Set<string>();
  const returned = new Set<string>();
  const messages: { target: string; node: PlainNode }[] = [];
  forEachOwn(body, (n) => {
    const left = n.type === 'assignment' ? field(n, 'left') : null;
    const right = n.type === 'assignment' ? field(n, 'right') : null;
    if (left?.type === 'identifier' && ERRORS_NAME.test(left.text) && (right?.type === 'dictionary' || right?.type === 'list'))
      names.add(left.text);
    if (left?.type === 'subscript' && right && isMessage(right)) messages.push({ target: field(left, 'value')?.text ?? '', node: n });
    if (n.type === 'return_statement' && named(n)[0]?.type === 'identifier') returned.add(named(n)[0]?.text ?? '');
    const callee = n.type === 'call' ? field(n, 'function') : null;
    if (callee?.type === 'attribute' && field(callee, 'attribute')?.text === 'append') {
      const arg = named(field(n, 'arguments') as PlainNode)[0];
      if (arg && isMessage(arg)) messages.push({ target: field(callee, 'object')?.text ?? '', node: n });
    }
  });
  return messages.filter((m) => names.has(m.target) && returned.has(m.target)).map((m) => m.node);
}

/** A function that says it validates: `@validator`, `@validates(…)`, `def validate_email(…)`, `def check_…`. */
export function isValidator(fn: PlainNode): boolean {
  const parent = fn.parent;
  const decorators = parent?.type === 'decorated_definition' ? named(parent).filter((d) => d.type === 'decorator') : [];
  if (decorators.some((d) => /^@\s*(?:[\w.]+\.)?validat\w*/i.test(d.text))) return true;
  return /^_?(?:validate|check)(?:_|$)/.test(field(fn, 'name')?.text ?? '');
}

/**
 * `return False` from the guards of a validator: failure reported by a value the caller must
 * test, where a raising house would raise. A predicate (`is_valid`) returning False is an answer,
 * not a failure, so only functions that say they validate are read this way.
 */
function falseReturns(fn: PlainNode): PlainNode[] {
  const body = field(fn, 'body');
  if (!body || !isValidator(fn)) return [];
  const out: PlainNode[] = [];
  forEachOwn(body, (n) => {
    if (n.type === 'return_statement' && named(n)[0]?.type === 'false' && inGuard(n, fn)) out.push(n);
  });
  return out;
}

/** Error handling by returned verdicts: validators that return `"must be positive"` or False instead of raising. */
export function errorMessageObservations(src: PySource): Observation[] {
  const out: Observation[] = [];
  forEachFunction(src, {
    fn: (fn) => {
      for (const m of [...returnedMessages(fn), ...collectedMessages(fn)])
        out.push(observe({ category: 'error-handling', styles: ['error-messages'] }, m));
      for (const r of falseReturns(fn)) out.push(observe({ category: 'error-handling', styles: ['false-returns'] }, r));
    },
  });
  return out;
}
