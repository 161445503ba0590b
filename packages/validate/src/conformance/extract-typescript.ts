import ts from 'typescript';
import { fileNameStyles, namingStyles } from './naming-style.js';
import { snippet, type FileFeatures, type IdentifierKind, type Observation } from './features.js';

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
  if (file.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (file.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.(?:js|mjs|cjs)$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

const isFunctionLike = (n: ts.Node): n is FunctionLike =>
  ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n);

const hasModifier = (n: ts.Node, kind: ts.SyntaxKind): boolean =>
  ts.canHaveModifiers(n) ? (ts.getModifiers(n) ?? []).some((m) => m.kind === kind) : false;

/** Visits a function's own body: nested functions are not entered. */
function forEachOwn(node: ts.Node, visit: (n: ts.Node) => void): void {
  const walk = (n: ts.Node): void => {
    visit(n);
    if (isFunctionLike(n) || ts.isClassLike(n)) return;
    ts.forEachChild(n, walk);
  };
  ts.forEachChild(node, walk);
}

function isNullish(e: ts.Expression | undefined): boolean {
  if (!e) return false;
  const x = skipParens(e);
  return x.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(x) && x.text === 'undefined') || ts.isVoidExpression(x);
}

function skipParens(e: ts.Expression): ts.Expression {
  let x = e;
  while (ts.isParenthesizedExpression(x) || ts.isAsExpression(x) || ts.isSatisfiesExpression(x) || ts.isNonNullExpression(x))
    x = x.expression;
  return x;
}

function propertyNames(o: ts.ObjectLiteralExpression): Set<string> {
  const names = new Set<string>();
  for (const p of o.properties) {
    if (
      (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) || ts.isMethodDeclaration(p)) &&
      p.name &&
      (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))
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
  if (ts.isObjectLiteralExpression(x)) {
    const names = propertyNames(x);
    if (names.has('ok') || names.has('success') || names.has('isOk') || names.has('isErr')) return 'result';
    if ((names.has('error') || names.has('err')) && (names.has('data') || names.has('value') || names.has('result'))) return 'result';
    if (names.has('code') || names.has('errorCode') || names.has('errno')) return 'error-codes';
    return undefined;
  }
  if (ts.isCallExpression(x)) {
    const callee = ts.isPropertyAccessExpression(x.expression)
      ? x.expression.name.text
      : ts.isIdentifier(x.expression)
        ? x.expression.text
        : '';
    if (RESULT_CALLEES.test(callee)) return 'result';
    return undefined;
  }
  if (ts.isPrefixUnaryExpression(x) && x.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(x.operand)) return 'error-codes';
  if (ts.isStringLiteral(x) && ERROR_CODE_TEXT.test(x.text)) return 'error-codes';
  if (ts.isPropertyAccessExpression(x) && (/(?:Error|Code|Status)s?$/.test(x.expression.getText()) || ERROR_CODE_TEXT.test(x.name.text)))
    return 'error-codes';
  if (ts.isIdentifier(x) && ERROR_CODE_TEXT.test(x.text)) return 'error-codes';
  return undefined;
}

/** A literal collection (`['a', 'b']`, `{ a: 1 }`): teams name these either way, so they say nothing. */
function isLiteralCollection(e: ts.Expression): boolean {
  const x = skipParens(e);
  return (ts.isArrayLiteralExpression(x) || ts.isObjectLiteralExpression(x) || ts.isCallExpression(x)) && isLiteralValue(x);
}

function isLiteralValue(e: ts.Expression): boolean {
  const x = skipParens(e);
  if (ts.isStringLiteral(x) || ts.isNumericLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x) || ts.isRegularExpressionLiteral(x))
    return true;
  if (x.kind === ts.SyntaxKind.TrueKeyword || x.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (ts.isPrefixUnaryExpression(x) && ts.isNumericLiteral(x.operand)) return true;
  if (ts.isArrayLiteralExpression(x)) return x.elements.length > 0 && x.elements.every((el) => isLiteralValue(el));
  if (ts.isObjectLiteralExpression(x))
    return x.properties.length > 0 && x.properties.every((p) => ts.isPropertyAssignment(p) && isLiteralValue(p.initializer));
  if (ts.isCallExpression(x) && x.expression.getText() === 'Object.freeze' && x.arguments[0]) return isLiteralValue(x.arguments[0]);
  return false;
}

/** Extracts the pattern features of a TypeScript / TSX / JavaScript file with the TypeScript compiler's parser. */
export function extractTypeScript(file: string, text: string): FileFeatures {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
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
    if (ts.isImportDeclaration(st) || ts.isExportDeclaration(st) || ts.isExportAssignment(st)) marker(st, 'esm');
    if (hasModifier(st, ts.SyntaxKind.ExportKeyword)) {
      marker(st, 'esm');
      if (
        (ts.isFunctionDeclaration(st) ||
          ts.isClassDeclaration(st) ||
          ts.isInterfaceDeclaration(st) ||
          ts.isTypeAliasDeclaration(st) ||
          ts.isEnumDeclaration(st)) &&
        st.name
      )
        exported.add(st.name.text);
      if (ts.isVariableStatement(st))
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) exported.add(d.name.text);
    }
    if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause))
      for (const el of st.exportClause.elements) exported.add((el.propertyName ?? el.name).text);
    if (ts.isExportAssignment(st) && ts.isIdentifier(st.expression)) exported.add(st.expression.text);
    if (ts.isVariableStatement(st)) {
      const flags = st.declarationList.flags;
      const declKind = flags & ts.NodeFlags.Const ? 'const' : flags & ts.NodeFlags.Let ? 'let' : 'var';
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name)) moduleBindings.set(d.name.text, { declKind, init: d.initializer });
    }
  }
  const visitCjs = (n: ts.Node): void => {
    if (
      ts.isCallExpression(n) &&
      ts.isIdentifier(n.expression) &&
      n.expression.text === 'require' &&
      n.arguments.length === 1 &&
      ts.isStringLiteralLike(n.arguments[0] as ts.Node)
    )
      marker(n, 'commonjs');
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left)) {
      const target = n.left.getText(sf);
      if (target === 'module.exports' || target.startsWith('exports.') || target.startsWith('module.exports.')) {
        marker(n, 'commonjs');
        if (target.startsWith('exports.') || target.startsWith('module.exports.')) exported.add(n.left.name.text);
        const right = skipParens(n.right);
        if (target === 'module.exports' && ts.isObjectLiteralExpression(right)) for (const name of propertyNames(right)) exported.add(name);
        if (target === 'module.exports' && ts.isIdentifier(right)) exported.add(right.text);
      }
    }
    ts.forEachChild(n, visitCjs);
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
  const mutatedInFunction = (n: ts.Node, inFunction: boolean): void => {
    const inside = inFunction || isFunctionLike(n);
    if (inside) {
      if (
        ts.isBinaryExpression(n) &&
        n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        n.operatorToken.kind <= ts.SyntaxKind.LastAssignment
      )
        noteMutation(n.left, true);
      if (
        (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) &&
        (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)
      )
        noteMutation(n.operand, true);
      if (ts.isDeleteExpression(n)) noteMutation(n.expression, false);
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && MUTATORS.has(n.expression.name.text))
        noteMutation(n.expression.expression, false, true);
    }
    ts.forEachChild(n, (c) => mutatedInFunction(c, inside));
  };
  const noteMutation = (target: ts.Expression, assignment: boolean, viaMethod = false): void => {
    let x = skipParens(target);
    if (ts.isIdentifier(x)) {
      const b = moduleBindings.get(x.text);
      if (b && (assignment ? b.declKind !== 'const' : true) && (!viaMethod || true)) stateNames.add(x.text);
      return;
    }
    while (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) x = skipParens(x.expression);
    if (ts.isIdentifier(x) && moduleBindings.has(x.text)) stateNames.add(x.text);
  };
  mutatedInFunction(sf, false);
  for (const [name, b] of moduleBindings) {
    const init = b.init ? skipParens(b.init) : undefined;
    if (
      init &&
      ts.isNewExpression(init) &&
      /^[A-Z]/.test(init.expression.getText(sf)) &&
      !/(?:Error|Map|Set|Date|URL|RegExp|Intl\.\w+|TextEncoder|TextDecoder|WeakMap|WeakSet)$/.test(init.expression.getText(sf))
    ) {
      stateNames.add(name); // a module-level singleton instance
    }
  }

  // --- classes: structure, naming, singletons ------------------------------------------------------
  const exportedAny = exported.size > 0;
  const units: { style: 'classes' | 'functions'; node: ts.Node }[] = [];
  const visitDecls = (n: ts.Node, depth: number): void => {
    if (ts.isClassDeclaration(n) && n.name) {
      add(
        { category: 'naming', kind: 'class', styles: namingStyles(n.name.text), name: n.name.text, exported: exported.has(n.name.text) },
        n.name,
        n,
      );
      const singleton = n.members.some(
        (m) =>
          hasModifier(m, ts.SyntaxKind.StaticKeyword) &&
          m.name !== undefined &&
          (ts.isIdentifier(m.name) || ts.isPrivateIdentifier(m.name)) &&
          /^#?_?(?:instance|INSTANCE|getInstance|shared|default)$/.test(m.name.text),
      );
      if (singleton) add({ category: 'data-flow', styles: ['module-state'] }, n.name, n);
      if (depth === 0 && (!exportedAny || exported.has(n.name.text))) {
        // Classes without behaviour (errors, data holders) are not a structural choice.
        const methods = n.members.filter(
          (m) => ts.isMethodDeclaration(m) || (ts.isPropertyDeclaration(m) && m.initializer && isFunctionLike(m.initializer)),
        );
        if (methods.length > 0) units.push({ style: 'classes', node: n });
      }
    } else if ((ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n) || ts.isEnumDeclaration(n)) && n.name) {
      add(
        { category: 'naming', kind: 'class', styles: namingStyles(n.name.text), name: n.name.text, exported: exported.has(n.name.text) },
        n.name,
        n,
      );
    }
    ts.forEachChild(n, (c) => visitDecls(c, depth + (ts.isBlock(n) || ts.isClassLike(n) || isFunctionLike(n) ? 1 : 0)));
  };
  visitDecls(sf, 0);

  // --- top-level functions: structure ----------------------------------------------------------
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name && (!exportedAny || exported.has(st.name.text)))
      units.push({ style: 'functions', node: st });
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer || (exportedAny && !exported.has(d.name.text))) continue;
        const init = skipParens(d.initializer);
        if (isFunctionLike(init)) units.push({ style: 'functions', node: d });
      }
    }
  }
  // One observation per file: its public units are organised as classes (any class with
  // behaviour) or as plain functions; helpers beside a class do not make it functional.
  const classUnit = units.find((u) => u.style === 'classes');
  const mainUnit = classUnit ?? units[0];
  if (mainUnit) add({ category: 'structure', styles: [mainUnit.style] }, mainUnit.node);

  // --- naming of functions, variables, constants -------------------------------------------------
  const visitNames = (n: ts.Node, topLevel: boolean): void => {
    if (ts.isFunctionDeclaration(n) && n.name)
      add(
        { category: 'naming', kind: 'function', styles: namingStyles(n.name.text), name: n.name.text, exported: exported.has(n.name.text) },
        n.name,
        n,
      );
    if (ts.isMethodDeclaration(n) && ts.isIdentifier(n.name)) {
      const cls = n.parent;
      const owner = ts.isClassLike(cls) && cls.name ? cls.name.text : undefined;
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
    if (ts.isVariableDeclaration(n)) {
      const names: ts.Identifier[] = [];
      const collect = (b: ts.BindingName): void => {
        if (ts.isIdentifier(b)) names.push(b);
        else for (const el of b.elements) if (!ts.isOmittedExpression(el)) collect(el.name);
      };
      collect(n.name);
      const isTop =
        topLevel && ts.isVariableDeclarationList(n.parent) && ts.isVariableStatement(n.parent.parent) && n.parent.parent.parent === sf;
      const isConst = ts.isVariableDeclarationList(n.parent) && (n.parent.flags & ts.NodeFlags.Const) !== 0;
      for (const id of names) {
        const init = n.initializer ? skipParens(n.initializer) : undefined;
        let kind: IdentifierKind = 'variable';
        if (init && isFunctionLike(init) && ts.isIdentifier(n.name)) kind = 'function';
        else if (isTop && isConst && init && isLiteralCollection(init)) continue;
        else if (isTop && isConst && init && isLiteralValue(init)) kind = 'constant';
        add({ category: 'naming', kind, styles: namingStyles(id.text), name: id.text, exported: exported.has(id.text) }, id, n);
      }
    }
    if (ts.isParameter(n) && ts.isIdentifier(n.name)) {
      add({ category: 'naming', kind: 'variable', styles: namingStyles(n.name.text), name: n.name.text, exported: false }, n.name, n);
    }
    ts.forEachChild(n, (c) => visitNames(c, topLevel && !isFunctionLike(c) && !ts.isClassLike(c)));
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
      const params = n.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : ''));
      const firstParam = params[0] ?? '';
      const isCallbackItself =
        ERROR_PARAM.test(firstParam) && params.length >= 1 && !ts.isFunctionDeclaration(n) && !ts.isMethodDeclaration(n);
      let awaits = hasModifier(n, ts.SyntaxKind.AsyncKeyword);
      let thens = false;
      let callbacks = params.some((p) => CALLBACK_PARAM.test(p));
      let usesState = false;
      let usesThis = false;
      forEachOwn(n.body, (c) => {
        if (ts.isAwaitExpression(c) || (ts.isForOfStatement(c) && c.awaitModifier)) awaits = true;
        if (ts.isCallExpression(c) && ts.isPropertyAccessExpression(c.expression) && c.expression.name.text === 'then') thens = true;
        if (ts.isCallExpression(c)) {
          const last = c.arguments[c.arguments.length - 1];
          if (last && (ts.isArrowFunction(last) || ts.isFunctionExpression(last))) {
            const p0 = last.parameters[0];
            if (p0 && ts.isIdentifier(p0.name) && /^(?:err|error|er)$/.test(p0.name.text) && last.parameters.length >= 1) callbacks = true;
          }
          if (ts.isIdentifier(c.expression) && params.includes(c.expression.text) && CALLBACK_PARAM.test(c.expression.text)) {
            callbacks = true;
            const a0 = c.arguments[0];
            if (a0 && !isNullish(a0) && (ts.isNewExpression(a0) || (ts.isIdentifier(a0) && ERROR_PARAM.test(a0.text))))
              add({ category: 'error-handling', styles: ['callback-errors'] }, c);
          }
        }
        if (
          ts.isIdentifier(c) &&
          stateNames.has(c.text) &&
          !params.includes(c.text) &&
          !(ts.isPropertyAccessExpression(c.parent) && c.parent.name === c)
        )
          usesState = true;
        if (c.kind === ts.SyntaxKind.ThisKeyword) usesThis = true;
      });
      // Promise executors and err-first handlers belong to the function that creates them.
      if (!isCallbackItself) {
        const style = awaits ? 'await' : thens ? 'then' : callbacks ? 'callback' : 'sync';
        obs.push({ category: 'async-style', styles: [style], line: lineOf(n), evidence: snippet(n.getText(sf)) });
      }
      if (topUnit && !(ts.isMethodDeclaration(n) && n.name.getText(sf) === 'constructor')) {
        if (usesState) obs.push({ category: 'data-flow', styles: ['module-state'], line: lineOf(n), evidence: snippet(n.getText(sf)) });
        else if (params.length > 0 || usesThis)
          obs.push({ category: 'data-flow', styles: ['parameters'], line: lineOf(n), evidence: snippet(n.getText(sf)) });
      }
    }
    const childTop = (c: ts.Node): boolean => {
      if (isFunctionLike(n)) return false;
      if (n === sf) return true;
      return (
        topUnit &&
        (ts.isClassLike(n) ||
          ts.isVariableStatement(n) ||
          ts.isVariableDeclarationList(n) ||
          ts.isVariableDeclaration(n) ||
          ts.isExportAssignment(n) ||
          ts.isClassLike(c))
      );
    };
    ts.forEachChild(n, (c) => visitFunctions(c, childTop(c)));
  };
  visitFunctions(sf, true);

  // --- error handling ----------------------------------------------------------------------------
  const visitErrors = (n: ts.Node, inCatch: boolean, inGuard: boolean): void => {
    if (ts.isThrowStatement(n)) add({ category: 'error-handling', styles: ['exceptions'] }, n);
    if (ts.isTryStatement(n) && n.catchClause) {
      let style: string | undefined;
      forEachOwn(n.catchClause.block, (c) => {
        if (style) return;
        if (ts.isReturnStatement(c)) style = returnStyle(c.expression);
        if (ts.isThrowStatement(c)) style = 'exceptions';
        if (ts.isCallExpression(c) && ts.isIdentifier(c.expression) && CALLBACK_PARAM.test(c.expression.text)) style = 'callback-errors';
      });
      add({ category: 'error-handling', styles: [style ?? 'exceptions'] }, n, n.catchClause);
      visitErrors(n.tryBlock, inCatch, inGuard);
      ts.forEachChild(n.catchClause, (c) => visitErrors(c, true, inGuard));
      if (n.finallyBlock) visitErrors(n.finallyBlock, inCatch, inGuard);
      return;
    }
    if (ts.isReturnStatement(n) && !inCatch) {
      const style = returnStyle(n.expression);
      if (style && (style !== 'null-return' || inGuard)) add({ category: 'error-handling', styles: [style] }, n);
    }
    if (ts.isCallExpression(n)) {
      const text = n.expression.getText(sf);
      if (
        text === 'Promise.reject' ||
        (ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'catch' && n.arguments.length === 1)
      ) {
        add({ category: 'error-handling', styles: ['exceptions'] }, n);
      }
    }
    const nextGuard = isFunctionLike(n) ? false : inGuard || ts.isIfStatement(n);
    ts.forEachChild(n, (c) => visitErrors(c, isFunctionLike(n) ? false : inCatch, nextGuard));
  };
  visitErrors(sf, false, false);

  const problem = (sf as unknown as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics?.[0];
  return {
    file,
    family: 'js',
    observations: obs.filter((o) => o.styles.length > 0),
    functionCount,
    ...(problem ? { problem: `syntax error: ${ts.flattenDiagnosticMessageText(problem.messageText, ' ')}` } : {}),
  };
}
