import type { PlainNode } from '@ce/parse';
import { isValidator } from './error-messages.js';
import { field, forEachOwn, named } from './syntax.js';

/** Values a predicate answers with: a boolean literal, a comparison, a `not`, an `and`/`or` of them. */
const BOOLEAN_VALUE: ReadonlySet<string> = new Set(['true', 'false', 'comparison_operator', 'not_operator', 'boolean_operator']);

function enclosingFunction(n: PlainNode): PlainNode | null {
  for (let p = n.parent; p; p = p.parent) if (p.type === 'function_definition') return p;
  return null;
}

function insideExcept(n: PlainNode, fn: PlainNode): boolean {
  for (let p = n.parent; p && p !== fn; p = p.parent) if (p.type === 'except_clause') return true;
  return false;
}

/** The values a function's own return statements hand back outside its except clauses. */
function returnedValues(fn: PlainNode): (PlainNode | undefined)[] {
  const body = field(fn, 'body');
  const out: (PlainNode | undefined)[] = [];
  if (body)
    forEachOwn(body, (x) => {
      if (x.type === 'return_statement' && !insideExcept(x, fn)) out.push(named(x)[0]);
    });
  return out;
}

/** A function annotated `-> bool`, or whose own returns (outside except clauses) all answer with a boolean. */
function isPredicate(fn: PlainNode, values: (PlainNode | undefined)[]): boolean {
  if (field(fn, 'return_type')?.text === 'bool') return true;
  return values.length > 0 && values.every((v) => v !== undefined && BOOLEAN_VALUE.has(v.type));
}

/** A validator that returns False from its own checks too: its except clause's False is that verdict again. */
function returnsVerdicts(fn: PlainNode, values: (PlainNode | undefined)[]): boolean {
  return isValidator(fn) && values.some((v) => v?.type === 'false');
}

/**
 * An except clause whose whole body returns True or False in a predicate
 * (`try: repo.get_user(name=name) except NotFound: return False; return True`, even named
 * `check_name_is_taken`): the caught
 * exception is the question's answer, Python's EAFP idiom ("easier to ask for forgiveness than
 * permission", the glossary), as CPython's own `os.path.exists` catches `OSError` to return False.
 * It reports no failure, so it is no evidence of how the module reports errors. A validator
 * that also returns False from its own checks (`if not value: return False`) reports its verdict
 * so, and its except clause's False stays that verdict (see error-messages).
 */
export function answersPredicate(clause: PlainNode): boolean {
  const block = named(clause).find((x) => x.type === 'block');
  const body = block ? named(block).filter((x) => x.type !== 'comment') : [];
  const only = body.length === 1 ? body[0] : undefined;
  const value = only?.type === 'return_statement' ? named(only)[0] : undefined;
  if (value?.type !== 'true' && value?.type !== 'false') return false;
  const fn = enclosingFunction(clause);
  if (!fn) return false;
  const values = returnedValues(fn);
  return isPredicate(fn, values) && !returnsVerdicts(fn, values);
}
