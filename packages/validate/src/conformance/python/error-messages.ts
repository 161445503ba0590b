import type { SyntaxNode } from '@ce/core';
import type { Observation } from '../features.js';
import { forEachFunction } from './functions.js';
import { field, forEachOwn, named } from './syntax.js';
import { observe, type PySource } from './source.js';

/** A string that reads as a message for a person: it has a space or starts with a capital (`"Required"`). */
function isMessage(n: SyntaxNode): boolean {
  if (n.type !== 'string' && n.type !== 'concatenated_string') return false;
  const text = n.text.replace(/^[a-zA-Z]*["']+|["']+$/g, '');
  return text.length > 1 && (/\s/.test(text.trim()) || /^[A-Z]/.test(text));
}

/** A value that says "nothing wrong": None, True or False. */
const isSuccessValue = (n: SyntaxNode): boolean => n.type === 'none' || n.type === 'true' || n.type === 'false';

/** `"Required" if not value else None`: a message on one side, success on the other. */
function conditionalMessage(n: SyntaxNode): SyntaxNode | undefined {
  if (n.type !== 'conditional_expression') return undefined;
  const [whenTrue, , whenFalse] = named(n);
  if (whenTrue && whenFalse && isMessage(whenTrue) && isSuccessValue(whenFalse)) return whenTrue;
  if (whenTrue && whenFalse && isMessage(whenFalse) && isSuccessValue(whenTrue)) return whenFalse;
  return undefined;
}

function inGuard(n: SyntaxNode, fn: SyntaxNode): boolean {
  for (let p = n.parent; p && p.id !== fn.id; p = p.parent) if (p.type === 'if_statement' || p.type === 'case_clause') return true;
  return false;
}

/**
 * The messages a function returns to report failure, when it is a validator that returns them
 * instead of raising: messages returned from guards or one side of a conditional, success (None, a
 * boolean or falling through) everywhere else, and no other values returned.
 */
function returnedMessages(fn: SyntaxNode): SyntaxNode[] {
  const body = field(fn, 'body');
  if (!body) return [];
  const last = named(body).at(-1);
  let success = !last || (last.type !== 'return_statement' && last.type !== 'raise_statement');
  let otherValues = false;
  const messages: SyntaxNode[] = [];
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

/** Error handling by returned messages: validators that return `"must be positive"` instead of raising. */
export function errorMessageObservations(src: PySource): Observation[] {
  const out: Observation[] = [];
  forEachFunction(src, {
    fn: (fn) => {
      for (const m of returnedMessages(fn)) out.push(observe({ category: 'error-handling', styles: ['error-messages'] }, m));
    },
  });
  return out;
}
