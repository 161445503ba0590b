import type { PlainNode } from '@ce/parse';
import { fileNameStyles, namingStyles } from '../naming-style.js';
import type { IdentifierKind, Observation } from '../features.js';
import { field, forEachOwn, isLiteral, named, paramNames, unwrap } from './syntax.js';
import { assignmentOf, observe, type PySource } from './source.js';
import { isUnittestApiName } from './unittest-names.js';
import { withoutSilencedNames } from './suppressed-names.js';

function name(kind: IdentifierKind, id: string, at: PlainNode, evidence: PlainNode, exported: boolean): Observation {
  return observe({ category: 'naming', kind, styles: namingStyles(id), name: id, exported }, at, evidence);
}

/** A name in capitals with an underscore (`MAX_SIZE`, `_DEFAULT_TIMEOUT`): PEP 8's spelling of a constant. */
const UPPER_CONSTANT = /^_*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+_*$/;

/**
 * PEP 8 declares a constant by its name ("written in all capital letters with underscores"):
 * `HEADER_RE = re.compile(…)` is one whatever its value. A literal bound to a name in lower case
 * (`cli_string = """usage: …"""`) is named as a module variable, so it says how the house names
 * variables, not that it spells its constants in lower case (an `UPPER_SNAKE` constant beside it
 * is PEP 8's own). Single capitalised words (`X = 1`) and camelCase literals keep the constant kind.
 */
function moduleBindingKind(id: string, right: PlainNode | null): IdentifierKind {
  if (UPPER_CONSTANT.test(id)) return 'constant';
  if (!right || !isLiteral(right)) return 'variable';
  return /^_*[a-z][a-z0-9]*(?:_[a-z0-9]+)+_*$/.test(id) ? 'variable' : 'constant';
}

/**
 * A type alias (`Coro = Coroutine[Any, Any, T]`, `MaybeCoro = Union[T, Coro[T]]`,
 * `Json: TypeAlias = dict[str, Any]`) or a class alias: PEP 484 defines one "by simple variable assignment" and
 * names it in CapWords, as PEP 8 names classes and types. It is named as a type, not as a variable.
 */
function isTypeAlias(id: string, assignment: PlainNode): boolean {
  if (!/^_*[A-Z]/.test(id) || UPPER_CONSTANT.test(id)) return false;
  if (/^TypeAlias$|\.TypeAlias$/.test(field(assignment, 'type')?.text ?? '')) return true;
  const right = field(assignment, 'right');
  return right?.type === 'subscript' || isClassAlias(right);
}

/**
 * A class alias (`PriorityQueue = SortedPriorityQueue`, `Loader = yaml.SafeLoader`): a CapWords
 * name bound to another CapWords name is the class under a second name, named as PEP 8 names
 * classes, not a module variable spelt in PascalCase.
 */
function isClassAlias(right: PlainNode | null): boolean {
  if (right?.type !== 'identifier' && right?.type !== 'attribute') return false;
  const last = right.text.split('.').pop() ?? '';
  return /^_*[A-Z][a-z0-9]/.test(last) && !UPPER_CONSTANT.test(last);
}

/** Module-level names: constants (literal values) and variables; literal collections, dunders and type variables say nothing. */
function moduleNames(src: PySource): Observation[] {
  const out: Observation[] = [];
  for (const st of src.top) {
    const a = assignmentOf(st);
    const left = a ? field(a, 'left') : null;
    const right = a ? field(a, 'right') : null;
    if (left?.type !== 'identifier' || /^__\w+__$/.test(left.text)) continue;
    if (right?.type === 'call' && /TypeVar|NewType|namedtuple/.test(field(right, 'function')?.text ?? '')) continue;
    if (right !== null && ['tuple', 'list', 'set', 'dictionary'].includes(right.type) && isLiteral(right)) continue;
    const kind: IdentifierKind = isTypeAlias(left.text, a as PlainNode) ? 'class' : moduleBindingKind(left.text, right);
    out.push(name(kind, left.text, left, st, !left.text.startsWith('_')));
  }
  return out;
}

/** A function's name, its parameters and the local variables it assigns. */
function functionNames(fn: PlainNode, exported: (id: string) => boolean): Observation[] {
  const out: Observation[] = [];
  const id = field(fn, 'name');
  if (id && !isUnittestApiName(id.text)) out.push(name('function', id.text, id, fn, exported(id.text)));
  const params = field(fn, 'parameters') as PlainNode;
  for (const p of paramNames(fn)) if (p !== 'self' && p !== 'cls') out.push(name('variable', p, params, params, true));
  const body = field(fn, 'body');
  if (body)
    forEachOwn(body, (x) => {
      const left = x.type === 'assignment' ? field(x, 'left') : null;
      if (left?.type === 'identifier') out.push(name('variable', left.text, left, x, false));
    });
  return out;
}

/** Names of classes, functions and methods, parameters and local variables, in source order. */
function definitionNames(src: PySource): Observation[] {
  const out: Observation[] = [];
  const visit = (n: PlainNode, inClass: string | undefined): void => {
    for (const raw of named(n)) {
      const c = unwrap(raw);
      if (c.type === 'class_definition') {
        const id = field(c, 'name');
        if (id) out.push(name('class', id.text, id, c, !id.text.startsWith('_')));
        const body = field(c, 'body');
        if (body) visit(body, id?.text ?? '');
      } else if (c.type === 'function_definition') {
        // Module functions and methods are public unless `_private`; nested functions are local.
        const isPublicScope = n === src.root || inClass !== undefined;
        out.push(...functionNames(c, (id) => (isPublicScope ? !id.startsWith('_') : false)));
        const body = field(c, 'body');
        if (body) visit(body, undefined);
      } else if (c.type !== 'expression_statement') visit(c, inClass);
    }
  };
  visit(src.root, undefined);
  return out;
}

/** Naming per identifier kind: module names, definitions, the file. */
export function namingObservations(src: PySource): Observation[] {
  const out = withoutSilencedNames([...moduleNames(src), ...definitionNames(src)], src.root.text);
  const fileStyles = fileNameStyles(src.file);
  if (fileStyles.length)
    out.push({ category: 'naming', kind: 'file', styles: fileStyles, line: 1, evidence: src.file.split(/[\\/]/).pop() ?? src.file });
  return out;
}
