import type { PlainNode } from '@ce/parse';
import type { Observation } from '../features.js';
import { calleeName, field, forEachOwn, named, unwrap, walkAll } from './syntax.js';
import { observe, type PySource } from './source.js';

const DATA_HOLDER_DECORATOR = /dataclass|attr\.s|define/;
const DATA_HOLDER_BASE = /\b(?:BaseModel|Enum|IntEnum|StrEnum|NamedTuple|TypedDict|Protocol|\w*Exception|\w*Error)\b/;

/**
 * Dunders that make a class a unit of behaviour: `__call__` (a callable object: an ASGI/WSGI
 * middleware, a validator) and a context manager's `__enter__`/`__exit__` (sync or async). An
 * object used through `with` is a class the house writes, where `__init__`/`__repr__` alone only
 * hold data. Descriptors (`__get__`) stay protocol: they are attribute plumbing, mostly tiny.
 */
const BEHAVIOUR_DUNDER = /^__(?:call|enter|exit|aenter|aexit)__$/;

/** The public methods of a class that holds behaviour; [] for errors and data holders. Other dunders are protocol, not behaviour. */
function behaviourMethods(raw: PlainNode, cls: PlainNode): PlainNode[] {
  const decorators = raw.type === 'decorated_definition' ? raw.text.slice(0, raw.text.indexOf('class ')) : '';
  if (DATA_HOLDER_DECORATOR.test(decorators) || DATA_HOLDER_BASE.test(field(cls, 'superclasses')?.text ?? '')) return [];
  const body = field(cls, 'body');
  if (!body) return [];
  return named(body)
    .map(unwrap)
    .filter((m) => {
      const id = field(m, 'name')?.text ?? '';
      return m.type === 'function_definition' && (!/^__\w+__$/.test(id) || BEHAVIOUR_DUNDER.test(id));
    });
}

/**
 * The bare names a node calls or hands on (`render(…)`; `callback = default_callback`,
 * `logger.add(sentry_handler)`), not attributes (`self.render`): a function a class registers as a
 * callback or keeps as its default serves the class as much as one it calls.
 */
function usedNames(n: PlainNode): Set<string> {
  const names = new Set<string>();
  walkAll(n, (c) => {
    if (c.type === 'call' && field(c, 'function')?.type === 'identifier') names.add(calleeName(c));
    if (c.type === 'identifier' && c.parent?.type !== 'attribute' && c.parent?.type !== 'keyword_argument') names.add(c.text);
    if (c.type === 'identifier' && c.parent?.type === 'keyword_argument' && field(c.parent, 'value')?.id === c.id) names.add(c.text);
  });
  return names;
}

/**
 * Module functions that the module's classes call or hand on, directly or through one another: the classes'
 * helpers (a formatter class and the parsing functions it runs), which weigh with the class that
 * calls them rather than as units of their own.
 */
function classHelpers(defs: PlainNode[], classes: PlainNode[]): Set<string> {
  const functions = new Map(defs.filter((d) => d.type === 'function_definition').map((d) => [field(d, 'name')?.text ?? '', d]));
  const helpers = new Set<string>();
  let frontier = classes;
  while (frontier.length > 0) {
    const next: PlainNode[] = [];
    for (const unit of frontier)
      for (const name of usedNames(unit)) {
        const fn = functions.get(name);
        if (fn && !helpers.has(name)) {
          helpers.add(name);
          next.push(fn);
        }
      }
    frontier = next;
  }
  return helpers;
}

/** At most this many statements: a hook that only builds or registers the module's class. */
const HOOK_STATEMENTS = 3;

/** Statements that do no work of their own: a call, an assignment, a return. */
const GLUE_STATEMENTS = new Set(['expression_statement', 'return_statement']);

/**
 * Short module functions that build or register one of the module's classes (pylint's
 * `register(linter)` → `linter.register_checker(Checker(linter))`, a plugin's `setup(app)`, a
 * factory returning `Backend(**options)`): the glue that publishes the class, so they weigh with it
 * rather than as units of a functions style beside it.
 */
function classHooks(defs: PlainNode[], classes: PlainNode[]): Set<string> {
  const classNames = new Set(classes.map((c) => field(c, 'name')?.text ?? ''));
  const hooks = new Set<string>();
  for (const d of defs) {
    if (d.type !== 'function_definition') continue;
    const body = field(d, 'body');
    const statements = body ? named(body).filter((st) => st.type !== 'comment' && !isDocstring(st)) : [];
    if (statements.length === 0 || statements.length > HOOK_STATEMENTS) continue;
    // A hook is glue, or a factory: a function that branches, loops or opens a file (`with
    // open(…)`) does work of its own, even when it hands the class on (`json.dump(data, f,
    // cls=Encoder)`), unless what it returns is the class (`if strict: return Check(strict=True)`).
    if (!statements.every((st) => GLUE_STATEMENTS.has(st.type)) && !returnsClass(d, classNames)) continue;
    if ([...usedNames(body!)].some((name) => classNames.has(name))) hooks.add(field(d, 'name')?.text ?? '');
  }
  return hooks;
}

/** Whether a function returns one of `classNames` or an instance of one (`return Check(…)`, either branch of a conditional). */
function returnsClass(fn: PlainNode, classNames: Set<string>): boolean {
  const isClass = (v: PlainNode | undefined): boolean => {
    if (!v) return false;
    if (v.type === 'conditional_expression') return named(v).some(isClass);
    const callee = v.type === 'call' ? field(v, 'function') : v;
    return callee?.type === 'identifier' && classNames.has(callee.text);
  };
  let found = false;
  forEachOwn(field(fn, 'body') ?? fn, (n) => {
    if (n.type === 'return_statement' && isClass(named(n)[0])) found = true;
  });
  return found;
}

/** The public methods of a class (`__call__` included): what it offers beyond its own helpers. */
function publicMethods(raw: PlainNode, cls: PlainNode): number {
  return behaviourMethods(raw, cls).filter((m) => !(field(m, 'name')?.text ?? '').startsWith('_') || field(m, 'name')?.text === '__call__')
    .length;
}

/**
 * Classes of one public method that a public module function of the file uses (instantiates,
 * picks, hands on) and that are not themselves the target of a hook: the function's helpers (a
 * loader's `load()` picking a multi-document `Loader` subclass, `write()` handing a `JSONEncoder`
 * subclass to `json.dump`), mapped to the function they weigh with. The mirror of
 * `classHelpers`: a module of functions keeps small classes as a module of classes keeps helper
 * functions. A class offering more than one public method is a unit of its own.
 */
function functionHelperClasses(units: { raw: PlainNode; st: PlainNode }[], functions: PlainNode[]): Map<string, string> {
  const small = new Map(
    units
      .filter(({ raw, st }) => st.type === 'class_definition' && publicMethods(raw, st) === 1)
      .map(({ st }) => [field(st, 'name')?.text ?? '', st]),
  );
  const owners = new Map<string, string>();
  // A function returning the class (a factory, however long) serves the class, not the other way.
  for (const fn of functions)
    for (const name of usedNames(field(fn, 'body') ?? fn))
      if (small.has(name) && !owners.has(name) && !returnsClass(fn, new Set([name]))) owners.set(name, field(fn, 'name')?.text ?? '');
  return owners;
}

/** A bare string statement: a docstring, not code. */
function isDocstring(st: PlainNode): boolean {
  return st.type === 'expression_statement' && named(st)[0]?.type === 'string';
}

/**
 * Structure, one observation per public unit: a class with behaviour (methods other than dunders),
 * weighted by its methods, or a module function. Judged per unit, a project that keeps classes and
 * functions side by side in one layer (a utilities folder) sets both styles; a file of functions
 * drifts only from examples whose units are classes, and two helper functions beside a class of
 * thirty methods hardly at all. Errors and data holders (dataclasses, models, enums) are not a
 * structural choice.
 */
export function structureObservations(src: PySource): Observation[] {
  const out: Observation[] = [];
  const units = named(src.root).map((raw) => ({ raw, st: unwrap(raw) }));
  const isPublic = (st: PlainNode): boolean => {
    const id = field(st, 'name')?.text ?? '';
    return id !== '' && !id.startsWith('_') && id !== 'main';
  };
  const classes = units.filter(({ raw, st }) => st.type === 'class_definition' && isPublic(st) && behaviourMethods(raw, st).length > 0);
  const defs = units.map((u) => u.st);
  const classNodes = classes.map((u) => u.st);
  const helpers = new Set([...classHelpers(defs, classNodes), ...classHooks(defs, classNodes)]);
  const nameOf = (st: PlainNode): string => field(st, 'name')?.text ?? '';
  const functions = units.filter(({ st }) => st.type === 'function_definition' && isPublic(st) && !helpers.has(nameOf(st)));
  const owners = functionHelperClasses(
    classes,
    functions.map((u) => u.st),
  );
  const carried = new Map<string, number>();
  for (const { raw, st } of classes)
    if (owners.has(nameOf(st)))
      carried.set(owners.get(nameOf(st))!, (carried.get(owners.get(nameOf(st))!) ?? 0) + behaviourMethods(raw, st).length);
  for (const { raw, st } of units) {
    if (!isPublic(st)) continue;
    const methods = st.type === 'class_definition' && !owners.has(nameOf(st)) ? behaviourMethods(raw, st).length : 0;
    if (methods > 0) out.push(observe({ category: 'structure', styles: ['classes'], weight: methods }, st));
    const weight = carried.has(nameOf(st)) ? { weight: 1 + carried.get(nameOf(st))! } : {};
    if (st.type === 'function_definition' && !helpers.has(nameOf(st)))
      out.push(observe({ category: 'structure', styles: ['functions'], ...weight }, st));
  }
  // The helpers weigh with the first class (files of one main class are the common case), private
  // ones too: a class's private methods count in its weight, and the private module functions it
  // runs (`setup_once` calling `_install_httplib()`) are the same code written outside its body.
  const folded = helpers.size;
  const firstClass = out.find((o) => o.styles[0] === 'classes');
  if (firstClass) firstClass.weight = (firstClass.weight ?? 1) + folded;
  return out;
}
