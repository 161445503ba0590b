import { parseSource, type SyntaxNode } from '@ce/parse';
import { fileNameStyles, namingStyles } from './naming-style.js';
import { snippet, type FileFeatures, type IdentifierKind, type Observation } from './features.js';

/**
 * Blocking I/O in a function without `async`: HTTP with requests/urllib, files, subprocesses,
 * sleeping, sockets, and DB-API cursor calls.
 */
const BLOCKING_CALL =
  /^(?:requests\.\w+|urllib\.request\.urlopen|urlopen|open|time\.sleep|subprocess\.\w+|socket\.\w+|httpx\.(?:get|post|put|patch|delete|request)|\w+\.(?:execute|executemany|fetchone|fetchall|fetchmany|commit|recv|sendall|urlopen))$/;
const CALLBACK_PARAM = /^(?:cb|callback|done|on_[a-z_]+|[a-z_]+_(?:callback|cb|handler))$/;
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
const RESULT_CALLEES = /^(?:Ok|Err|ok|err|Success|Failure|success|failure|Result)$/;
const ERROR_CODE_TEXT = /^(?:E[A-Z0-9_]{2,}|ERR_[A-Z0-9_]+|[A-Z][A-Z0-9]*_(?:ERROR|FAILED|NOT_FOUND|INVALID)\w*)$/;

const named = (n: SyntaxNode): SyntaxNode[] => n.namedChildren.filter((c): c is SyntaxNode => c !== null);
const field = (n: SyntaxNode, name: string): SyntaxNode | null => n.childForFieldName(name);

/** Visits every node under `node` except inside nested functions, lambdas and classes. */
function forEachOwn(node: SyntaxNode, visit: (n: SyntaxNode) => void): void {
  for (const c of named(node)) {
    visit(c);
    if (c.type === 'function_definition' || c.type === 'lambda' || c.type === 'class_definition') continue;
    forEachOwn(c, visit);
  }
}

function stringValue(n: SyntaxNode): string | undefined {
  if (n.type !== 'string') return undefined;
  return named(n)
    .filter((c) => c.type === 'string_content')
    .map((c) => c.text)
    .join('');
}

function returnStyle(value: SyntaxNode | null): 'result' | 'error-codes' | 'null-return' | undefined {
  if (!value) return undefined;
  let v = value;
  while (v.type === 'parenthesized_expression' && named(v)[0]) v = named(v)[0] as SyntaxNode;
  if (v.type === 'none') return 'null-return';
  if (v.type === 'dictionary') {
    const keys = new Set(
      named(v).flatMap((p) => (p.type === 'pair' && field(p, 'key') ? [stringValue(field(p, 'key') as SyntaxNode) ?? ''] : [])),
    );
    if (keys.has('ok') || keys.has('success')) return 'result';
    if ((keys.has('error') || keys.has('err')) && (keys.has('data') || keys.has('value') || keys.has('result'))) return 'result';
    if (keys.has('code') || keys.has('error_code') || keys.has('errno')) return 'error-codes';
    return undefined;
  }
  if (v.type === 'expression_list' || v.type === 'tuple') {
    // (value, error) pairs: `return None, "not found"`, `return False, err`
    const parts = named(v);
    if (parts.length === 2 && parts.some((p) => p.type === 'none' || p.type === 'false' || p.type === 'true')) return 'error-codes';
    return undefined;
  }
  if (v.type === 'call') {
    const fn = field(v, 'function');
    const name = fn?.type === 'attribute' ? field(fn, 'attribute')?.text : fn?.text;
    if (name && RESULT_CALLEES.test(name)) return 'result';
    return undefined;
  }
  if (v.type === 'unary_operator' && v.text.startsWith('-') && named(v)[0]?.type === 'integer') return 'error-codes';
  if (v.type === 'string' && ERROR_CODE_TEXT.test(stringValue(v) ?? '')) return 'error-codes';
  if (
    v.type === 'attribute' &&
    (/(?:Error|Code|Status)s?$/.test(field(v, 'object')?.text ?? '') || ERROR_CODE_TEXT.test(field(v, 'attribute')?.text ?? ''))
  )
    return 'error-codes';
  if (v.type === 'identifier' && ERROR_CODE_TEXT.test(v.text)) return 'error-codes';
  return undefined;
}

function isLiteral(n: SyntaxNode): boolean {
  if (['string', 'integer', 'float', 'true', 'false', 'concatenated_string'].includes(n.type)) return true;
  if (n.type === 'unary_operator') return named(n).every(isLiteral);
  if (n.type === 'tuple' || n.type === 'list' || n.type === 'set') return named(n).length > 0 && named(n).every(isLiteral);
  if (n.type === 'dictionary')
    return named(n).length > 0 && named(n).every((p) => p.type === 'pair' && isLiteral(field(p, 'value') as SyntaxNode));
  return false;
}

function paramNames(fn: SyntaxNode): string[] {
  const params = field(fn, 'parameters');
  if (!params) return [];
  return named(params).flatMap((p) => {
    if (p.type === 'identifier') return [p.text];
    const name = field(p, 'name') ?? named(p).find((c) => c.type === 'identifier');
    return name ? [name.text] : [];
  });
}

/** Extracts the pattern features of a Python file with tree-sitter. */
export async function extractPython(file: string, text: string): Promise<FileFeatures> {
  const tree = await parseSource('python', text);
  try {
    return extractFromTree(file, tree.rootNode);
  } finally {
    tree.delete();
  }
}

function extractFromTree(file: string, root: SyntaxNode): FileFeatures {
  const obs: Observation[] = [];
  const add = (o: Omit<Observation, 'line' | 'evidence'>, at: SyntaxNode, evidence: SyntaxNode = at): void => {
    obs.push({ ...o, line: at.startPosition.row + 1, evidence: snippet(evidence.text) });
  };
  const unwrap = (n: SyntaxNode): SyntaxNode => (n.type === 'decorated_definition' ? (field(n, 'definition') ?? n) : n);
  const top = named(root).map(unwrap);

  // --- module-level bindings, mutable state -------------------------------------------------------
  const moduleBindings = new Map<string, SyntaxNode>();
  for (const st of top) {
    if (st.type !== 'expression_statement') continue;
    const a = named(st)[0];
    if (a?.type !== 'assignment') continue;
    const left = field(a, 'left');
    const right = field(a, 'right');
    if (left?.type === 'identifier' && right) moduleBindings.set(left.text, right);
  }
  const stateNames = new Set<string>();
  // Instances imported from the project's own modules (`from .db import session`): shared singletons
  // when a function uses them as objects.
  const importedInstances = new Set<string>();
  for (const st of top) {
    if (st.type !== 'import_from_statement' || field(st, 'module_name')?.type !== 'relative_import') continue;
    for (const c of named(st).slice(1)) {
      const name = c.type === 'aliased_import' ? field(c, 'alias')?.text : c.type === 'dotted_name' ? c.text : undefined;
      if (name && /^[a-z]/.test(name) && !name.includes('.') && !/^(?:log|logger|config|settings|env|metrics|tracer)$/i.test(name))
        importedInstances.add(name);
    }
  }
  for (const [name, right] of moduleBindings) {
    if (right.type === 'call') {
      const fn = field(right, 'function')?.text ?? '';
      const last = fn.split('.').pop() ?? '';
      if (/^[A-Z]/.test(last) && !/(?:Error|Exception|Enum|Path|Decimal|TypeVar|NamedTuple)$/.test(last)) stateNames.add(name); // singleton instance
    }
  }
  const walkAll = (n: SyntaxNode, visit: (n: SyntaxNode) => void): void => {
    visit(n);
    for (const c of named(n)) walkAll(c, visit);
  };
  for (const st of top) {
    if (st.type !== 'function_definition' && st.type !== 'class_definition') continue;
    walkAll(st, (n) => {
      if (n.type === 'global_statement') for (const id of named(n)) if (moduleBindings.has(id.text)) stateNames.add(id.text);
      if (n.type === 'assignment' || n.type === 'augmented_assignment') {
        let target = field(n, 'left');
        while (target && (target.type === 'subscript' || target.type === 'attribute'))
          target = field(target, target.type === 'subscript' ? 'value' : 'object');
        if (target?.type === 'identifier' && moduleBindings.has(target.text) && field(n, 'left')?.type !== 'identifier')
          stateNames.add(target.text);
      }
      if (n.type === 'call') {
        const fn = field(n, 'function');
        if (fn?.type === 'attribute' && MUTATORS.has(field(fn, 'attribute')?.text ?? '')) {
          const obj = field(fn, 'object');
          if (obj?.type === 'identifier' && moduleBindings.has(obj.text)) stateNames.add(obj.text);
        }
      }
    });
  }

  // --- naming ------------------------------------------------------------------------------------------
  for (const st of top) {
    if (st.type === 'expression_statement') {
      const a = named(st)[0];
      const left = a?.type === 'assignment' ? field(a, 'left') : null;
      const right = a ? field(a, 'right') : null;
      if (left?.type === 'identifier' && !/^__\w+__$/.test(left.text)) {
        const isTypeVar = right?.type === 'call' && /TypeVar|NewType|namedtuple/.test(field(right, 'function')?.text ?? '');
        if (!isTypeVar) {
          const collection = right !== null && ['tuple', 'list', 'set', 'dictionary'].includes(right.type) && isLiteral(right);
          const kind: IdentifierKind = right && isLiteral(right) ? 'constant' : 'variable';
          if (!collection)
            add(
              { category: 'naming', kind, styles: namingStyles(left.text), name: left.text, exported: !left.text.startsWith('_') },
              left,
              st,
            );
        }
      }
    }
  }
  const visitNames = (n: SyntaxNode, inClass: string | undefined): void => {
    for (const raw of named(n)) {
      const c = unwrap(raw);
      if (c.type === 'class_definition') {
        const name = field(c, 'name');
        if (name)
          add(
            { category: 'naming', kind: 'class', styles: namingStyles(name.text), name: name.text, exported: !name.text.startsWith('_') },
            name,
            c,
          );
        const body = field(c, 'body');
        if (body) visitNames(body, name?.text ?? '');
        continue;
      }
      if (c.type === 'function_definition') {
        const name = field(c, 'name');
        if (name)
          add(
            {
              category: 'naming',
              kind: 'function',
              styles: namingStyles(name.text),
              name: name.text,
              exported: n === root || inClass !== undefined ? !name.text.startsWith('_') : false,
            },
            name,
            c,
          );
        for (const p of paramNames(c)) {
          if (p === 'self' || p === 'cls') continue;
          const node = field(c, 'parameters') as SyntaxNode;
          add({ category: 'naming', kind: 'variable', styles: namingStyles(p), name: p, exported: true }, node, node);
        }
        const body = field(c, 'body');
        if (body) {
          forEachOwn(body, (x) => {
            if (x.type === 'assignment') {
              const left = field(x, 'left');
              if (left?.type === 'identifier')
                add({ category: 'naming', kind: 'variable', styles: namingStyles(left.text), name: left.text, exported: false }, left, x);
            }
          });
          visitNames(body, undefined);
        }
        continue;
      }
      if (c.type !== 'expression_statement') visitNames(c, inClass);
    }
  };
  visitNames(root, undefined);
  const fileStyles = fileNameStyles(file);
  if (fileStyles.length)
    obs.push({ category: 'naming', kind: 'file', styles: fileStyles, line: 1, evidence: file.split(/[\\/]/).pop() ?? file });

  // --- structure -------------------------------------------------------------------------------------
  // One observation per file: public behaviour organised in classes (methods other than dunders)
  // or in module functions, whichever holds more of it. Errors and data holders (dataclasses,
  // models, enums) are not a structural choice.
  let classUnit: SyntaxNode | undefined;
  let functionUnit: SyntaxNode | undefined;
  let classWeight = 0;
  let functionWeight = 0;
  for (const raw of named(root)) {
    const st = unwrap(raw);
    const name = field(st, 'name')?.text ?? '';
    if (!name || name.startsWith('_') || name === 'main') continue;
    if (st.type === 'class_definition') {
      const decorators = raw.type === 'decorated_definition' ? raw.text.slice(0, raw.text.indexOf('class ')) : '';
      const bases = field(st, 'superclasses')?.text ?? '';
      if (
        /dataclass|attr\.s|define/.test(decorators) ||
        /\b(?:BaseModel|Enum|IntEnum|StrEnum|NamedTuple|TypedDict|Protocol|\w*Exception|\w*Error)\b/.test(bases)
      )
        continue;
      const body = field(st, 'body');
      const methods = body
        ? named(body)
            .map(unwrap)
            .filter((m) => m.type === 'function_definition' && !/^__\w+__$/.test(field(m, 'name')?.text ?? ''))
        : [];
      if (methods.length > 0) {
        classUnit ??= st;
        classWeight += methods.length;
      }
    }
    if (st.type === 'function_definition') {
      functionUnit ??= st;
      functionWeight++;
    }
  }
  if (classUnit && classWeight >= functionWeight) add({ category: 'structure', styles: ['classes'] }, classUnit);
  else if (functionUnit) add({ category: 'structure', styles: ['functions'] }, functionUnit);

  // --- functions: async style, data flow ----------------------------------------------------------
  let functionCount = 0;
  const visitFunctions = (n: SyntaxNode, topUnit: boolean): void => {
    for (const raw of named(n)) {
      const c = unwrap(raw);
      if (c.type === 'function_definition') {
        functionCount++;
        const params = paramNames(c);
        let awaits = c.child(0)?.type === 'async';
        let thens = false;
        let callbacks = params.some((p) => CALLBACK_PARAM.test(p));
        let threads = false;
        let blocking = false;
        let usesState = false;
        let stateName = '';
        const body = field(c, 'body');
        if (body) {
          forEachOwn(body, (x) => {
            if (x.type === 'await') awaits = true;
            if (x.type === 'call') {
              const fn = field(x, 'function');
              const fname = fn?.type === 'attribute' ? (field(fn, 'attribute')?.text ?? '') : (fn?.text ?? '');
              if (fname === 'add_done_callback' || fname === 'then') thens = true;
              if (fn?.type === 'identifier' && params.includes(fn.text) && CALLBACK_PARAM.test(fn.text)) {
                callbacks = true;
                const a0 = named(field(x, 'arguments') as SyntaxNode)[0];
                if (a0 && a0.type !== 'none' && (a0.type === 'call' || /^(?:e|err|error|exc)$/.test(a0.text)))
                  add({ category: 'error-handling', styles: ['callback-errors'] }, x);
              }
              if (/^(?:Thread|ThreadPoolExecutor|submit|run_in_executor)$/.test(fname)) threads = true;
              if (fn && BLOCKING_CALL.test(fn.text)) blocking = true;
            }
            if (x.type === 'identifier' && stateNames.has(x.text) && !params.includes(x.text)) {
              const parent = x.parent;
              if (!(parent?.type === 'attribute' && field(parent, 'attribute')?.id === x.id) && parent?.type !== 'keyword_argument') {
                usesState = true;
                stateName ||= x.text;
              }
            }
            if (x.type === 'global_statement') {
              usesState = true;
              stateName ||= named(x)[0]?.text ?? '';
            }
            if (
              x.type === 'identifier' &&
              importedInstances.has(x.text) &&
              !params.includes(x.text) &&
              x.parent?.type === 'attribute' &&
              field(x.parent, 'object')?.id === x.id
            ) {
              usesState = true;
              stateName ||= x.text;
            }
          });
        }
        const style = awaits ? 'await' : thens ? 'then' : callbacks ? 'callback' : threads ? 'threads' : blocking ? 'blocking' : 'sync';
        add({ category: 'async-style', styles: [style] }, c);
        const name = field(c, 'name')?.text ?? '';
        if (topUnit && name !== '__init__') {
          const own = params.filter((p) => p !== 'self' && p !== 'cls');
          if (usesState)
            obs.push({
              category: 'data-flow',
              styles: ['module-state'],
              line: c.startPosition.row + 1,
              evidence: `uses module-level "${stateName}" in ${snippet(c.text)}`,
            });
          else if (own.length > 0 || params[0] === 'self') add({ category: 'data-flow', styles: ['parameters'] }, c);
        }
        if (body) visitFunctions(body, false);
        continue;
      }
      if (c.type === 'class_definition') {
        const body = field(c, 'body');
        if (body) {
          const singleton = named(body).some((m) => {
            const a = m.type === 'expression_statement' ? named(m)[0] : undefined;
            const left = a?.type === 'assignment' ? field(a, 'left') : null;
            const fn = unwrap(m);
            return (
              (left && /^_?_?instance$/i.test(left.text)) ||
              (fn.type === 'function_definition' && /^(?:get_instance|instance|__new__)$/.test(field(fn, 'name')?.text ?? ''))
            );
          });
          if (singleton) add({ category: 'data-flow', styles: ['module-state'] }, c);
          visitFunctions(body, topUnit);
        }
        continue;
      }
      visitFunctions(c, topUnit && c.type !== 'block' ? topUnit : false);
    }
  };
  visitFunctions(root, true);

  // --- error handling --------------------------------------------------------------------------------
  const visitErrors = (n: SyntaxNode, inExcept: boolean, inGuard: boolean): void => {
    for (const c of named(n)) {
      if (c.type === 'raise_statement') add({ category: 'error-handling', styles: ['exceptions'] }, c);
      if (c.type === 'try_statement') {
        for (const clause of named(c).filter((x) => x.type === 'except_clause')) {
          let style: string | undefined;
          forEachOwn(clause, (x) => {
            if (style) return;
            if (x.type === 'return_statement') style = returnStyle(named(x)[0] ?? null);
            if (x.type === 'raise_statement') style = 'exceptions';
            if (x.type === 'call' && CALLBACK_PARAM.test(field(x, 'function')?.text ?? '')) style = 'callback-errors';
          });
          add({ category: 'error-handling', styles: [style ?? 'exceptions'] }, clause);
        }
        for (const part of named(c)) visitErrors(part, part.type === 'except_clause' ? true : inExcept, inGuard);
        continue;
      }
      if (c.type === 'return_statement' && !inExcept) {
        const style = returnStyle(named(c)[0] ?? null);
        if (style && (style !== 'null-return' || inGuard)) add({ category: 'error-handling', styles: [style] }, c);
      }
      const isFn = c.type === 'function_definition' || c.type === 'lambda';
      visitErrors(c, isFn ? false : inExcept, isFn ? false : inGuard || c.type === 'if_statement');
    }
  };
  visitErrors(root, false, false);

  return {
    file,
    family: 'python',
    observations: obs.filter((o) => o.styles.length > 0),
    functionCount,
    ...(root.hasError ? { problem: 'syntax error (analysed as far as it parsed)' } : {}),
  };
}
