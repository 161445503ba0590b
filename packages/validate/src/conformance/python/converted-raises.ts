import type { PlainNode } from '@ce/parse';
import { calleeName, field, named, walkAll } from './syntax.js';

/** The last part of an exception's name (`exceptions.InvalidArgument` → `InvalidArgument`). */
const lastName = (text: string): string => text.split('.').pop() ?? text;

/** The exception names an except clause catches: `except A:`, `except (A, b.B) as e:`. */
function caughtNames(clause: PlainNode): string[] {
  const head = /^except\*?\s*\(?([\w.,\s]+?)\)?\s*(?:as\s+\w+\s*)?:/.exec(clause.text)?.[1] ?? '';
  return head
    .split(',')
    .map((s) => lastName(s.trim()))
    .filter(Boolean);
}

/** The names of the functions and methods a try block calls (`self.validate_args()` → `validate_args`). */
function calledNames(tryStatement: PlainNode): Set<string> {
  const body = field(tryStatement, 'body');
  const out = new Set<string>();
  if (body)
    walkAll(body, (n) => {
      if (n.type === 'call') out.add(lastName(calleeName(n)));
    });
  return out;
}

/** The name a raise statement raises (`raise InvalidArgument(msg)` → `InvalidArgument`), if it names one. */
export function raisedName(raise: PlainNode): string | undefined {
  const raised = named(raise)[0];
  const name = raised?.type === 'call' ? field(raised, 'function')?.text : raised?.text;
  return name ? lastName(name) : undefined;
}

function enclosingFunctionName(n: PlainNode): string | undefined {
  for (let p = n.parent; p; p = p.parent) if (p.type === 'function_definition') return field(p, 'name')?.text;
  return undefined;
}

/**
 * The style a raise takes from the module itself: where a function of the module calls the
 * raising function in a try block whose except clause catches the exception and turns it into
 * another convention (`try: self.validate_args() except InvalidArgumentError: return 1`), the
 * exception never leaves the module; it is how the module reaches that status. `styleOf` is the
 * style an except clause reports its error in.
 */
export function convertedRaiseStyles(root: PlainNode, styleOf: (clause: PlainNode) => string): (raise: PlainNode) => string | undefined {
  const conversions: { callees: Set<string>; caught: string[]; style: string }[] = [];
  walkAll(root, (n) => {
    if (n.type !== 'except_clause' || n.parent?.type !== 'try_statement') return;
    const style = styleOf(n);
    if (style !== 'exceptions') conversions.push({ callees: calledNames(n.parent), caught: caughtNames(n), style });
  });
  return (raise) => {
    const raised = raisedName(raise);
    const fn = enclosingFunctionName(raise);
    if (!raised || !fn) return undefined;
    return conversions.find((c) => c.callees.has(fn) && c.caught.includes(raised))?.style;
  };
}
