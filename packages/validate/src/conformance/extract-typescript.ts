import type ts from 'typescript';

/** The compiler module, set by loadTypeScript() before any parsing. */
let T: typeof ts;
import { loadTypeScript } from './typescript-loader.js';
import { fileNameStyles, namingStyles } from './naming-style.js';
import { snippet, type FileFeatures, type IdentifierKind, type Observation } from './features.js';

/** Calls that block on I/O without a promise or callback: `fs.readFileSync`, `execSync`. */
const BLOCKING_CALL = /Sync$/;
/** Shared read-mostly objects that are not data flow: loggers, configuration, metrics. */
const NOT_STATE = /^(?:log|logger|console|debug|config|settings|env|metrics|tracer|i18n)$/i;
const CALLBACK_PARAM = /^(?:cb|callback|done|next|[a-z]\w*(?:Callback|Cb)|[a-z]\w*_(?:callback|cb))$/;
const ERROR_PARAM = /^(?:err|error|er|ex|e)$/;
const MUTATORS = new Set([
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'set',
  'add',
  'delete',
  'clear',
  'sort',
  'fill',
  'reverse',
  'assign',
]);
const RESULT_CALLEES = /^(?:ok|err|Ok|Err|success|failure|succeed|fail|left|right|Left|Right)$/;
const ERROR_CODE_TEXT = /^(?:E[A-Z0-9_]{2,}|ERR_[A-Z0-9_]+|[A-Z][A-Z0-9]*_(?:ERROR|FAILED|NOT_FOUND|INVALID)\w*)$/;

type FunctionLike = ts.FunctionDeclaration | ts.MethodDeclaration | ts.ArrowFunction | ts.FunctionExpression;

function scriptKind(file: string): ts.ScriptKind {
  if (file.endsWith('.tsx')) return T.ScriptKind.TSX;
  if (file.endsWith('.jsx')) return T.ScriptKind.JSX;
  if (/\.(?:js|mjs|cjs)$/.test(file)) return T.ScriptKind.JS;
  return T.ScriptKind.TS;
}

const isFunctionLike = (n: ts.Node): n is FunctionLike =>
  T.isFunctionDeclaration(n) || T.isMethodDeclaration(n) || T.isArrowFunction(n) || T.isFunctionExpression(n);

const hasModifier = (n: ts.Node, kind: ts.SyntaxKind): boolean =>
  T.canHaveModifiers(n) ? (T.getModifiers(n) ?? []).some((m) => m.kind === kind) : false;

/** Visits a function's own body: nested functions are not entered. */
function forEachOwn(node: ts.Node, visit: (n: ts.Node) => void): void {
  const walk = (n: ts.Node): void => {
    visit(n);
    if (isFunctionLike(n) || T.isClassLike(n)) return;
    T.forEachChild(n, walk);
  };
  T.forEachChild(node, walk);
}

function isNullish(e: ts.Expression | undefined): boolean {
  if (!e) return false;
  const x = skipParens(e);
  return x.kind === T.SyntaxKind.NullKeyword || (T.isIdentifier(x) && x.text === 'undefined') || T.isVoidExpression(x);
}

function skipParens(e: ts.Expression): ts.Expression {
  let x = e;
  while (T.isParenthesizedExpression(x) || T.isAsExpression(x) || T.isSatisfiesExpression(x) || T.isNonNullExpression(x)) x = x.expression;
  return x;
}

function propertyNames(o: ts.ObjectLiteralExpression): Set<string> {
  const names = new Set<string>();
  for (const p of o.properties) {
    if (
      (T.isPropertyAssignment(p) || T.isShorthandPropertyAssignment(p) || T.isMethodDeclaration(p)) &&
      p.name &&
      (T.isIdentifier(p.name) || T.isStringLiteral(p.name))
    ) {
      names.add(p.name.text);
    }
  }
  return names;
}

/** How a returned value reports failure: a Result object, an error code, null, or nothing special. */
function returnStyle(e: ts.Expression | undefined): 'result' | 'error-codes' | 'null-return' | undefined {
  if (!e) return undefined;
  const x = skipParens(e);
  if (isNullish(x)) return 'null-return';
  if (T.isObjectLiteralExpression(x)) {
    const names = propertyNames(x);
    if (names.has('ok') || names.has('success') || names.has('isOk') || names.has('isErr')) return 'result';
    if ((names.has('error') || names.has('err')) && (names.has('data') || names.has('value') || names.has('result'))) return 'result';
    if (names.has('code') || names.has('errorCode') || names.has('errno')) return 'error-codes';
    return undefined;
  }
  if (T.isCallExpression(x)) {
    const callee = T.isPropertyAccessExpression(x.expression)
      ? x.expression.name.text
      : T.isIdentifier(x.expression)
        ? x.expression.text
        : '';
    if (RESULT_CALLEES.test(callee)) return 'result';
    return undefined;
  }
  if (T.isPrefixUnaryExpression(x) && x.operator === T.SyntaxKind.MinusToken && T.isNumericLiteral(x.operand)) return 'error-codes';
  if (T.isStringLiteral(x) && ERROR_CODE_TEXT.test(x.text)) return 'error-codes';
  if (T.isPropertyAccessExpression(x) && (/(?:Error|Code|Status)s?$/.test(x.expression.getText()) || ERROR_CODE_TEXT.test(x.name.text)))
    return 'error-codes';
  if (T.isIdentifier(x) && ERROR_CODE_TEXT.test(x.text)) return 'error-codes';
  return undefined;
}

/** A literal collection (`['a', 'b']`, `{ a: 1 }`): teams name these either way, so they say nothing. */
function isLiteralCollection(e: ts.Expression): boolean {
  const x = skipParens(e);
  return (T.isArrayLiteralExpression(x) || T.isObjectLiteralExpression(x) || T.isCallExpression(x)) && isLiteralValue(x);
}

function isLiteralValue(e: ts.Expression): boolean {
  const x = skipParens(e);
  if (T.isStringLiteral(x) || T.isNumericLiteral(x) || T.isNoSubstitutionTemplateLiteral(x) || T.isRegularExpressionLiteral(x)) return true;
  if (x.kind === T.SyntaxKind.TrueKeyword || x.kind === T.SyntaxKind.FalseKeyword) return true;
  if (T.isPrefixUnaryExpression(x) && T.isNumericLiteral(x.operand)) return true;
  if (T.isArrayLiteralExpression(x)) return x.elements.length > 0 && x.elements.every((el) => isLiteralValue(el));
  if (T.isObjectLiteralExpression(x))
    return x.properties.length > 0 && x.properties.every((p) => T.isPropertyAssignment(p) && isLiteralValue(p.initializer));
  if (T.isCallExpression(x) && x.expression.getText() === 'Object.freeze' && x.arguments[0]) return isLiteralValue(x.arguments[0]);
  return false;
}

/** Extracts the pattern features of a TypeScript / TSX / JavaScript file with the TypeScript compiler's parser. */
export async function extractTypeScript(file: string, text: string): Promise<FileFeatures> {
  T = await loadTypeScript();
  const sf = T.createSourceFile(file, text, T.ScriptTarget.Latest, true, scriptKind(file));
  const obs: Observation[] = [];
  const lineOf = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const add = (o: Omit<Observation, 'line' | 'evidence'>, at: ts.Node, evidenceNode: ts.Node = at): void => {
    obs.push({ ...o, line: lineOf(at), evidence: snippet(evidenceNode.getText(sf)) });
  };

  // --- exports and module-level bindings -------------------------------------------------------
  const exported = new Set<string>();
  const moduleBindings = new Map<string, { declKind: 'let' | 'var' | 'const'; init: ts.Expression | undefined }>();
  let esm = 0;
  let cjs = 0;
  let firstModuleMarker: { node: ts.Node; style: string } | undefined;
  const marker = (node: ts.Node, style: 'esm' | 'commonjs'): void => {
    if (style === 'esm') esm++;
    else cjs++;
    firstModuleMarker ??= { node, style };
  };
  for (const st of sf.statements) {
    if (T.isImportDeclaration(st) || T.isExportDeclaration(st) || T.isExportAssignment(st)) marker(st, 'esm');
    if (hasModifier(st, T.SyntaxKind.ExportKeyword)) {
      marker(st, 'esm');
      if (
        (T.isFunctionDeclaration(st) ||
          T.isClassDeclaration(st) ||
          T.isInterfaceDeclaration(st) ||
          T.isTypeAliasDeclaration(st) ||
          T.isEnumDeclaration(st)) &&
        st.name
      )
        exported.add(st.name.text);
      if (T.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (T.isIdentifier(d.name)) exported.add(d.name.text);
    }
    if (T.isExportDeclaration(st) && st.exportClause && T.isNamedExports(st.exportClause))
      for (const el of st.exportClause.elements) exported.add((el.propertyName ?? el.name).text);
    if (T.isExportAssignment(st) && T.isIdentifier(st.expression)) exported.add(st.expression.text);
    if (T.isVariableStatement(st)) {
      const flags = st.declarationList.flags;
      const declKind = flags & T.NodeFlags.Const ? 'const' : flags & T.NodeFlags.Let ? 'let' : 'var';
      for (const d of st.declarationList.declarations)
        if (T.isIdentifier(d.name)) moduleBindings.set(d.name.text, { declKind, init: d.initializer });
    }
  }
  const visitCjs = (n: ts.Node): void => {
    if (
      T.isCallExpression(n) &&
      T.isIdentifier(n.expression) &&
      n.expression.text === 'require' &&
      n.arguments.length === 1 &&
      T.isStringLiteralLike(n.arguments[0] as ts.Node)
    )
      marker(n, 'commonjs');
    if (T.isBinaryExpression(n) && n.operatorToken.kind === T.SyntaxKind.EqualsToken && T.isPropertyAccessExpression(n.left)) {
      const target = n.left.getText(sf);
      if (target === 'module.exports' || target.startsWith('exports.') || target.startsWith('module.exports.')) {
        marker(n, 'commonjs');
        if (target.startsWith('exports.') || target.startsWith('module.exports.')) exported.add(n.left.name.text);
        const right = skipParens(n.right);
        if (target === 'module.exports' && T.isObjectLiteralExpression(right)) for (const name of propertyNames(right)) exported.add(name);
        if (target === 'module.exports' && T.isIdentifier(right)) exported.add(right.text);
      }
    }
    T.forEachChild(n, visitCjs);
  };
  visitCjs(sf);
  if (firstModuleMarker && esm + cjs > 0) {
    obs.push({
      category: 'module-system',
      styles: [esm >= cjs ? 'esm' : 'commonjs'],
      line: lineOf(firstModuleMarker.node),
      evidence: snippet(firstModuleMarker.node.getText(sf)),
    });
  }

  // --- mutable module state and singletons -----------------------------------------------------
  const stateNames = new Set<string>();
  // Instances imported from the project's own modules (`import { db } from './db.js'`): shared
  // singletons when a function uses them as objects. (CommonJS `require` of a local module usually
  // yields a namespace of functions, so it is not counted.)
  const importedInstances = new Set<string>();
  for (const st of sf.statements) {
    if (
      T.isImportDeclaration(st) &&
      T.isStringLiteral(st.moduleSpecifier) &&
      st.moduleSpecifier.text.startsWith('.') &&
      st.importClause &&
      !st.importClause.isTypeOnly
    ) {
      if (st.importClause.name) importedInstances.add(st.importClause.name.text);
      const nb = st.importClause.namedBindings;
      if (nb && T.isNamedImports(nb)) for (const el of nb.elements) if (!el.isTypeOnly) importedInstances.add(el.name.text);
    }
  }
  // Loggers and configuration are read everywhere; they are not the state a design passes around.
  for (const name of [...importedInstances]) if (!/^[a-z]/.test(name) || NOT_STATE.test(name)) importedInstances.delete(name);
  const mutatedInFunction = (n: ts.Node, inFunction: boolean): void => {
    const inside = inFunction || isFunctionLike(n);
    if (inside) {
      if (
        T.isBinaryExpression(n) &&
        n.operatorToken.kind >= T.SyntaxKind.FirstAssignment &&
        n.operatorToken.kind <= T.SyntaxKind.LastAssignment
      )
        noteMutation(n.left, true);
      if (
        (T.isPrefixUnaryExpression(n) || T.isPostfixUnaryExpression(n)) &&
        (n.operator === T.SyntaxKind.PlusPlusToken || n.operator === T.SyntaxKind.MinusMinusToken)
      )
        noteMutation(n.operand, true);
      if (T.isDeleteExpression(n)) noteMutation(n.expression, false);
      if (T.isCallExpression(n) && T.isPropertyAccessExpression(n.expression) && MUTATORS.has(n.expression.name.text))
        noteMutation(n.expression.expression, false);
    }
    T.forEachChild(n, (c) => mutatedInFunction(c, inside));
  };
  /** `x = …` / `x++` on a module-level let/var, or `x.y = …` / `x.push(…)` / `delete x.y` on any module binding. */
  const noteMutation = (target: ts.Expression, reassignment: boolean): void => {
    let x = skipParens(target);
    if (T.isIdentifier(x)) {
      const b = moduleBindings.get(x.text);
      if (b && (!reassignment || b.declKind !== 'const')) stateNames.add(x.text);
      return;
    }
    while (T.isPropertyAccessExpression(x) || T.isElementAccessExpression(x)) x = skipParens(x.expression);
    if (T.isIdentifier(x) && moduleBindings.has(x.text)) stateNames.add(x.text);
  };
  mutatedInFunction(sf, false);
  for (const [name, b] of moduleBindings) {
    const init = b.init ? skipParens(b.init) : undefined;
    if (
      init &&
      T.isNewExpression(init) &&
      /^[A-Z]/.test(init.expression.getText(sf)) &&
      !/(?:Error|Map|Set|Date|URL|RegExp|Intl\.\w+|TextEncoder|TextDecoder|WeakMap|WeakSet)$/.test(init.expression.getText(sf))
    ) {
      stateNames.add(name); // a module-level singleton instance
    }
  }

  // --- classes: structure, naming, singletons ------------------------------------------------------
  const exportedAny = exported.size > 0;
  const units: { style: 'classes' | 'functions'; node: ts.Node; weight: number }[] = [];
  const visitDecls = (n: ts.Node, depth: number): void => {
    if (T.isClassDeclaration(n) && n.name) {
      add(
        { category: 'naming', kind: 'class', styles: namingStyles(n.name.text), name: n.name.text, exported: exported.has(n.name.text) },
        n.name,
        n,
      );
      const singleton = n.members.some(
        (m) =>
          hasModifier(m, T.SyntaxKind.StaticKeyword) &&
          m.name !== undefined &&
          (T.isIdentifier(m.name) || T.isPrivateIdentifier(m.name)) &&
          /^#?_?(?:instance|INSTANCE|getInstance|shared|default)$/.test(m.name.text),
      );
      if (singleton) add({ category: 'data-flow', styles: ['module-state'] }, n.name, n);
      if (depth === 0 && (!exportedAny || exported.has(n.name.text))) {
        // Classes without behaviour (errors, data holders) are not a structural choice.
        const methods = n.members.filter(
          (m) => T.isMethodDeclaration(m) || (T.isPropertyDeclaration(m) && m.initializer && isFunctionLike(m.initializer)),
        );
        const isError = /^(?:\w+\.)?\w*(?:Error|Exception)$/.test(
          n.heritageClauses?.flatMap((h) => h.types.map((t) => t.expression.getText(sf)))[0] ?? '',
        );
        if (methods.length > 0 && !isError) units.push({ style: 'classes', node: n, weight: methods.length });
      }
    } else if ((T.isInterfaceDeclaration(n) || T.isTypeAliasDeclaration(n) || T.isEnumDeclaration(n)) && n.name) {
      add(
        { category: 'naming', kind: 'class', styles: namingStyles(n.name.text), name: n.name.text, exported: exported.has(n.name.text) },
        n.name,
        n,
      );
    }
    T.forEachChild(n, (c) => visitDecls(c, depth + (T.isBlock(n) || T.isClassLike(n) || isFunctionLike(n) ? 1 : 0)));
  };
  visitDecls(sf, 0);

  // --- top-level functions: structure ----------------------------------------------------------
  for (const st of sf.statements) {
    if (T.isFunctionDeclaration(st) && st.name && (!exportedAny || exported.has(st.name.text)))
      units.push({ style: 'functions', node: st, weight: 1 });
    if (T.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (!T.isIdentifier(d.name) || !d.initializer || (exportedAny && !exported.has(d.name.text))) continue;
        const init = skipParens(d.initializer);
        if (isFunctionLike(init)) units.push({ style: 'functions', node: d, weight: 1 });
      }
    }
  }
  // One observation per file: its public behaviour is organised in classes (methods) or in plain
  // functions, whichever holds more of it; a helper beside a class or a model class beside
  // functions does not change that. Error classes are not a structural choice.
  const weightOf = (style: string): number => units.filter((u) => u.style === style).reduce((sum, u) => sum + u.weight, 0);
  const mainStyle = weightOf('classes') >= weightOf('functions') ? 'classes' : 'functions';
  const mainUnit = units.find((u) => u.style === mainStyle);
  if (mainUnit) add({ category: 'structure', styles: [mainUnit.style] }, mainUnit.node);

  // --- naming of functions, variables, constants -------------------------------------------------
  const visitNames = (n: ts.Node, topLevel: boolean): void => {
    if (T.isFunctionDeclaration(n) && n.name)
      add(
        { category: 'naming', kind: 'function', styles: namingStyles(n.name.text), name: n.name.text, exported: exported.has(n.name.text) },
        n.name,
        n,
      );
    if (T.isMethodDeclaration(n) && T.isIdentifier(n.name)) {
      const cls = n.parent;
      const owner = T.isClassLike(cls) && cls.name ? cls.name.text : undefined;
      add(
        {
          category: 'naming',
          kind: 'function',
          styles: namingStyles(n.name.text),
          name: n.name.text,
          exported: owner ? exported.has(owner) : true,
        },
        n.name,
        n,
      );
    }
    if (T.isVariableDeclaration(n)) {
      const names: ts.Identifier[] = [];
      const collect = (b: ts.BindingName): void => {
        if (T.isIdentifier(b)) names.push(b);
        else for (const el of b.elements) if (!T.isOmittedExpression(el)) collect(el.name);
      };
      collect(n.name);
      const isTop =
        topLevel && T.isVariableDeclarationList(n.parent) && T.isVariableStatement(n.parent.parent) && n.parent.parent.parent === sf;
      const isConst = T.isVariableDeclarationList(n.parent) && (n.parent.flags & T.NodeFlags.Const) !== 0;
      for (const id of names) {
        const init = n.initializer ? skipParens(n.initializer) : undefined;
        let kind: IdentifierKind = 'variable';
        if (init && isFunctionLike(init) && T.isIdentifier(n.name)) kind = 'function';
        else if (isTop && isConst && init && isLiteralCollection(init)) continue;
        else if (isTop && isConst && init && isLiteralValue(init)) kind = 'constant';
        add({ category: 'naming', kind, styles: namingStyles(id.text), name: id.text, exported: exported.has(id.text) }, id, n);
      }
    }
    if (T.isParameter(n) && T.isIdentifier(n.name)) {
      add({ category: 'naming', kind: 'variable', styles: namingStyles(n.name.text), name: n.name.text, exported: false }, n.name, n);
    }
    T.forEachChild(n, (c) => visitNames(c, topLevel && !isFunctionLike(c) && !T.isClassLike(c)));
  };
  visitNames(sf, true);
  const fileStyles = fileNameStyles(file);
  if (fileStyles.length)
    obs.push({ category: 'naming', kind: 'file', styles: fileStyles, line: 1, evidence: file.split(/[\\/]/).pop() ?? file });

  // --- functions: async style and data flow --------------------------------------------------------
  let functionCount = 0;
  const visitFunctions = (n: ts.Node, topUnit: boolean): void => {
    if (isFunctionLike(n) && n.body) {
      functionCount++;
      const params = n.parameters.map((p) => (T.isIdentifier(p.name) ? p.name.text : ''));
      const firstParam = params[0] ?? '';
      const isCallbackItself =
        ERROR_PARAM.test(firstParam) && params.length >= 1 && !T.isFunctionDeclaration(n) && !T.isMethodDeclaration(n);
      let awaits = hasModifier(n, T.SyntaxKind.AsyncKeyword);
      let thens = false;
      let callbacks = params.some((p) => CALLBACK_PARAM.test(p));
      let usesState = false;
      let stateName = '';
      let usesThis = false;
      let blocking = false;
      forEachOwn(n.body, (c) => {
        if (
          T.isCallExpression(c) &&
          BLOCKING_CALL.test(
            T.isPropertyAccessExpression(c.expression) ? c.expression.name.text : T.isIdentifier(c.expression) ? c.expression.text : '',
          )
        )
          blocking = true;
        if (T.isAwaitExpression(c) || (T.isForOfStatement(c) && c.awaitModifier)) awaits = true;
        // Promise chains: `.then(…)`, and `.catch(…)` / `.finally(…)` on a promise.
        const chain =
          T.isCallExpression(c) && T.isPropertyAccessExpression(c.expression) && /^(?:then|catch|finally)$/.test(c.expression.name.text);
        if (
          chain &&
          (c.expression.name.text === 'then' ||
            T.isCallExpression(c.expression.expression) ||
            /promise/i.test(c.expression.expression.getText(sf)))
        )
          thens = true;
        if (T.isCallExpression(c) && !chain) {
          const last = c.arguments[c.arguments.length - 1];
          if (last && (T.isArrowFunction(last) || T.isFunctionExpression(last))) {
            const p0 = last.parameters[0];
            if (p0 && T.isIdentifier(p0.name) && /^(?:err|error|er)$/.test(p0.name.text) && last.parameters.length >= 1) callbacks = true;
          }
          if (T.isIdentifier(c.expression) && params.includes(c.expression.text) && CALLBACK_PARAM.test(c.expression.text)) {
            callbacks = true;
            const a0 = c.arguments[0];
            if (a0 && !isNullish(a0) && (T.isNewExpression(a0) || (T.isIdentifier(a0) && ERROR_PARAM.test(a0.text))))
              add({ category: 'error-handling', styles: ['callback-errors'] }, c);
          }
        }
        if (
          T.isIdentifier(c) &&
          stateNames.has(c.text) &&
          !params.includes(c.text) &&
          !(T.isPropertyAccessExpression(c.parent) && c.parent.name === c)
        ) {
          usesState = true;
          stateName ||= c.text;
        }
        if (
          T.isIdentifier(c) &&
          importedInstances.has(c.text) &&
          !params.includes(c.text) &&
          T.isPropertyAccessExpression(c.parent) &&
          c.parent.expression === c
        ) {
          usesState = true;
          stateName ||= c.text;
        }
        if (c.kind === T.SyntaxKind.ThisKeyword) usesThis = true;
      });
      // Promise executors and err-first handlers belong to the function that creates them.
      if (!isCallbackItself) {
        const style = awaits ? 'await' : thens ? 'then' : callbacks ? 'callback' : blocking ? 'blocking' : 'sync';
        obs.push({ category: 'async-style', styles: [style], line: lineOf(n), evidence: snippet(n.getText(sf)) });
      }
      if (topUnit && !(T.isMethodDeclaration(n) && n.name.getText(sf) === 'constructor')) {
        if (usesState)
          obs.push({
            category: 'data-flow',
            styles: ['module-state'],
            line: lineOf(n),
            evidence: `uses module-level "${stateName}" in ${snippet(n.getText(sf))}`,
          });
        else if (params.length > 0 || usesThis)
          obs.push({ category: 'data-flow', styles: ['parameters'], line: lineOf(n), evidence: snippet(n.getText(sf)) });
      }
    }
    const childTop = (c: ts.Node): boolean => {
      if (isFunctionLike(n)) return false;
      if (n === sf) return true;
      return (
        topUnit &&
        (T.isClassLike(n) ||
          T.isVariableStatement(n) ||
          T.isVariableDeclarationList(n) ||
          T.isVariableDeclaration(n) ||
          T.isExportAssignment(n) ||
          T.isClassLike(c))
      );
    };
    T.forEachChild(n, (c) => visitFunctions(c, childTop(c)));
  };
  visitFunctions(sf, true);

  // --- error handling ----------------------------------------------------------------------------
  // A component's `return null` renders nothing; it is not an error convention.
  const rendersJsx = (fn: ts.Node): boolean => {
    let found = false;
    const walk = (c: ts.Node): void => {
      if (found) return;
      if (T.isJsxElement(c) || T.isJsxSelfClosingElement(c) || T.isJsxFragment(c)) found = true;
      else if (!isFunctionLike(c)) T.forEachChild(c, walk);
    };
    T.forEachChild(fn, walk);
    return found;
  };
  let inComponent = false;
  const visitErrors = (n: ts.Node, inCatch: boolean, inGuard: boolean): void => {
    if (isFunctionLike(n)) {
      const outer = inComponent;
      inComponent = rendersJsx(n);
      T.forEachChild(n, (c) => visitErrors(c, false, false));
      inComponent = outer;
      return;
    }
    if (T.isThrowStatement(n)) add({ category: 'error-handling', styles: ['exceptions'] }, n);
    if (T.isTryStatement(n) && n.catchClause) {
      let style: string | undefined;
      forEachOwn(n.catchClause.block, (c) => {
        if (style) return;
        if (T.isReturnStatement(c)) style = returnStyle(c.expression);
        if (T.isThrowStatement(c)) style = 'exceptions';
        if (T.isCallExpression(c) && T.isIdentifier(c.expression) && CALLBACK_PARAM.test(c.expression.text)) style = 'callback-errors';
      });
      add({ category: 'error-handling', styles: [style ?? 'exceptions'] }, n, n.catchClause);
      visitErrors(n.tryBlock, inCatch, inGuard);
      T.forEachChild(n.catchClause, (c) => visitErrors(c, true, inGuard));
      if (n.finallyBlock) visitErrors(n.finallyBlock, inCatch, inGuard);
      return;
    }
    if (T.isReturnStatement(n) && !inCatch) {
      const style = returnStyle(n.expression);
      if (style && (style !== 'null-return' || (inGuard && !inComponent))) add({ category: 'error-handling', styles: [style] }, n);
    }
    if (T.isCallExpression(n)) {
      const text = n.expression.getText(sf);
      if (
        text === 'Promise.reject' ||
        (T.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'catch' && n.arguments.length === 1)
      ) {
        add({ category: 'error-handling', styles: ['exceptions'] }, n);
      }
    }
    const nextGuard = inGuard || T.isIfStatement(n);
    T.forEachChild(n, (c) => visitErrors(c, inCatch, nextGuard));
  };
  visitErrors(sf, false, false);

  const problem = (sf as unknown as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics?.[0];
  return {
    file,
    family: 'js',
    observations: obs.filter((o) => o.styles.length > 0),
    functionCount,
    ...(problem ? { problem: `syntax error: ${T.flattenDiagnosticMessageText(problem.messageText, ' ')}` } : {}),
  };
}
