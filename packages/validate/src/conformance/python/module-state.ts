import type { PlainNode } from '@ce/parse';
import { field, named, walkAll } from './syntax.js';
import type { PySource } from './source.js';
import { decoratorRegistries, isCommandLineModule } from './command-line-modules.js';
import { isFunctionLocal } from './local-bindings.js';

const MUTATORS = new Set([
  'append',
  'extend',
  'insert',
  'pop',
  'remove',
  'clear',
  'update',
  'setdefault',
  'add',
  'discard',
  'popitem',
  'sort',
  'reverse',
]);
/**
 * Classes instantiated at module level that are values, not service singletons. Keys (`StashKey[int]()`,
 * aiohttp's `AppKey(…)`, `ContextVar(…)`) index a store held elsewhere (`config.stash[key]`); the
 * contextvars docs ask for them "at the top module level", so they are identities, not state.
 * A logger (Twisted's `log = Logger()`, structlog's `BoundLogger`) is where functions write, as
 * with `logging.getLogger(__name__)`: the module's functions share no data through it.
 */
const NOT_SINGLETON = /(?:Error|Exception|Enum|Path|Decimal|TypeVar|NamedTuple|TypedDict|NewType|ParamSpec|Key|ContextVar|Logger)$/;
/** A binding named in PascalCase (`ParsedImports = TypedDict(…)`) defines a type; PEP 8 names instances in lower case. */
const TYPE_NAME = /^_*[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$/;
const NOT_STATE = /^(?:log|logger|config|settings|env|metrics|tracer)$/i;

/**
 * A plural name (`colors`, `suffixes`, `messages`) names a table of values or helpers, not a
 * service: every function may read it. Singular names ending in s (`redis`, `status`) are not plurals.
 * A name that says it is a table (`types_map`, `status_mapping`, `charset_table`, `code_lookup`)
 * is one too: a lookup table every function reads, in the lower case many projects keep for them.
 */
export const TABLE_NAME = /(?:[^siu]s|ies|(?:^|_)(?:map|mapping|table|lookup))$/;

/** The module-level state a file's functions may depend on. */
export interface ModuleState {
  /** Module bindings declared `global` or mutated in a function or class, module-level data and singleton instances. */
  stateNames: Set<string>;
  /** Lower-case names imported from the project's own modules (`from .db import session`). */
  importedInstances: Set<string>;
}

function importedInstancesOf(src: PySource): Set<string> {
  const names = new Set<string>();
  for (const st of src.top) {
    const from = field(st, 'module_name');
    if (st.type !== 'import_from_statement' || from?.type !== 'relative_import') continue;
    // `from .. import http`: what a bare package gives is its modules, not shared instances.
    if (/^\.+$/.test(from.text)) continue;
    for (const c of named(st).slice(1)) {
      const name = c.type === 'aliased_import' ? field(c, 'alias')?.text : c.type === 'dotted_name' ? c.text : undefined;
      if (name && /^[a-z]/.test(name) && !name.includes('.') && !NOT_STATE.test(name)) names.add(name);
    }
  }
  return names;
}

/** The module binding a statement inside a function or class declares global or mutates in place. */
function mutatedBinding(src: PySource, n: PlainNode): string[] {
  if (n.type === 'global_statement')
    return named(n)
      .filter((id) => src.moduleBindings.has(id.text))
      .map((id) => id.text);
  if (n.type === 'assignment' || n.type === 'augmented_assignment') {
    let target = field(n, 'left');
    while (target && (target.type === 'subscript' || target.type === 'attribute'))
      target = field(target, target.type === 'subscript' ? 'value' : 'object');
    if (
      target?.type === 'identifier' &&
      src.moduleBindings.has(target.text) &&
      field(n, 'left')?.type !== 'identifier' &&
      !isFunctionLocal(target)
    )
      return [target.text];
  }
  if (n.type === 'call') {
    const fn = field(n, 'function');
    if (fn?.type === 'attribute' && MUTATORS.has(field(fn, 'attribute')?.text ?? '')) {
      const obj = field(fn, 'object');
      if (obj?.type === 'identifier' && src.moduleBindings.has(obj.text) && !isFunctionLocal(obj)) return [obj.text];
    }
  }
  return [];
}

/**
 * Module-level data: a lower-case name bound to a dict, list or set (`fake_items_db = {…}`,
 * `registry = {}`). PEP 8 spells constants in capitals, so such a binding is data the module's
 * functions share, whether they write it or only read it.
 */
function isModuleData(name: string, right: PlainNode): boolean {
  if (!/^_*[a-z]/.test(name)) return false;
  if (['dictionary', 'list', 'set'].includes(right.type)) return true;
  const callee = right.type === 'call' ? (field(right, 'function')?.text ?? '') : '';
  return /^(?:dict|list|set|(?:collections\.)?(?:defaultdict|OrderedDict|deque|Counter))$/.test(callee);
}

/**
 * The module bindings that a function or class body operates on: calls (`engine(…)`), reads or sets
 * a member of (`session.get(…)`, `cmd.func`), or indexes (`cache[key]`).
 */
function operatedOn(src: PySource): Set<string> {
  const names = new Set<string>();
  for (const st of src.top) {
    if (st.type !== 'function_definition' && st.type !== 'class_definition' && st.type !== 'decorated_definition') continue;
    walkAll(st, (n) => {
      if (n.type !== 'identifier' || !src.moduleBindings.has(n.text)) return;
      const parent = n.parent;
      const role =
        parent?.type === 'attribute' ? 'object' : parent?.type === 'call' ? 'function' : parent?.type === 'subscript' ? 'value' : '';
      if (role && parent && field(parent, role)?.id === n.id) names.add(n.text);
    });
  }
  return names;
}

export function moduleState(src: PySource): ModuleState {
  const importedInstances = importedInstancesOf(src);
  // A command-line app keeps what its callback parsed for the commands at module level, for one
  // invocation (see isCommandLineModule); only `global` rebinding is still read as state.
  if (isCommandLineModule(src)) return { stateNames: new Set(), importedInstances };
  const stateNames = new Set<string>();
  const registries = decoratorRegistries(src);
  // A table named in the plural or as a table (`suffixes = {"decimal": (…), "binary": (…)}`) is read, not shared:
  // it becomes state only where a function changes it (below).
  for (const [name, right] of src.moduleBindings) if (isModuleData(name, right) && !TABLE_NAME.test(name)) stateNames.add(name);
  // An instance the functions only hand on as a value (`return [lslimit_cmd]`), configured where it
  // is declared (`cmd.parser.add_option(…)` at module level), is a declaration the module publishes
  // (a command, a parser, a route table): no data is shared through it unless a function uses it.
  const used = operatedOn(src);
  for (const [name, right] of src.moduleBindings) {
    if (right.type !== 'call' || !used.has(name)) continue;
    // `StashKey[str]()`: the class under its type arguments.
    const last =
      (field(right, 'function')?.text ?? '')
        .replace(/\[.*\]$/s, '')
        .split('.')
        .pop() ?? '';
    // An app its functions are registered on by decorator is the module's registry, not a service.
    if (/^[A-Z]/.test(last) && !NOT_SINGLETON.test(last) && !TYPE_NAME.test(name) && !registries.has(name)) stateNames.add(name);
  }
  for (const st of src.top) {
    if (st.type !== 'function_definition' && st.type !== 'class_definition') continue;
    walkAll(st, (n) => {
      for (const name of mutatedBinding(src, n)) stateNames.add(name);
    });
  }
  return { stateNames, importedInstances };
}
