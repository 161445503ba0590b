import type ts from 'typescript';
import { calleeName, skipParens, type Ts } from './syntax.js';
import type { TsSource } from './source.js';

/** `X` of `X` or `X.Provider`: the binding a constructor, component or context reference starts from. */
function rootName(T: Ts, e: ts.Node): string | undefined {
  if (T.isIdentifier(e)) return e.text;
  return T.isPropertyAccessExpression(e) && T.isIdentifier(e.expression) ? e.expression.text : undefined;
}

/** `createElement(X, …)`, `React.createElement(X.Provider, …)`: the component a call renders. */
function renderedComponent(T: Ts, n: ts.CallExpression): string | undefined {
  const first = n.arguments[0];
  return first && calleeName(T, n) === 'createElement' ? rootName(T, skipParens(T, first)) : undefined;
}

/** `<X …>`, `<X.Provider …>`: a JSX tag naming a component (lower-case tags are HTML elements). */
function jsxComponent(T: Ts, n: ts.Node): string | undefined {
  if (!T.isJsxOpeningElement(n) && !T.isJsxSelfClosingElement(n)) return undefined;
  const name = rootName(T, n.tagName);
  return name && /^[A-Z]/.test(name) ? name : undefined;
}

/**
 * The plain names a file uses as constructors or components: the callee of `new X(…)`, the right
 * side of `instanceof X`, the component `createElement(X, …)` or a JSX tag `<X>` renders. JavaScript
 * names constructors in PascalCase (ESLint's `new-cap` requires it of every `new`) and React
 * requires it of components (JSX reads a lower-case tag as an HTML element), so a variable or
 * parameter holding one (`let Route = null` loaded lazily, `const Ctor = proto.constructor`,
 * `const ThemeContext = createContext()`) is named as a class, not by the file's variable convention.
 */
export function constructorNames(src: TsSource): Set<string> {
  const { T } = src;
  const names = new Set<string>();
  const add = (name: string | undefined): void => {
    if (name) names.add(name);
  };
  const visit = (n: ts.Node): void => {
    if (T.isNewExpression(n) && T.isIdentifier(n.expression)) add(n.expression.text);
    if (T.isBinaryExpression(n) && n.operatorToken.kind === T.SyntaxKind.InstanceOfKeyword && T.isIdentifier(n.right)) add(n.right.text);
    if (T.isCallExpression(n)) add(renderedComponent(T, n));
    add(jsxComponent(T, n));
    T.forEachChild(n, visit);
  };
  visit(src.sf);
  return names;
}

/** React's component types: `FC<Props>`, `React.FunctionComponent`, `ComponentType`. */
const COMPONENT_TYPE =
  /^(?:React\.)?(?:FC|VFC|FunctionComponent|ComponentType|ExoticComponent|ForwardRefExoticComponent|NamedExoticComponent)$/;

/**
 * A declaration that makes a component or a context by its type or initialiser
 * (`const SWRConfig: FC<Props> = …`, `const ThemeContext = createContext(…)`), named in PascalCase
 * by React's rule wherever the file renders it.
 */
export function declaresComponent(T: Ts, d: ts.VariableDeclaration): boolean {
  if (d.type && T.isTypeReferenceNode(d.type) && COMPONENT_TYPE.test(d.type.typeName.getText())) return true;
  const init = d.initializer ? skipParens(T, d.initializer) : undefined;
  return init !== undefined && T.isCallExpression(init) && /^(?:createContext|forwardRef|memo)$/.test(calleeName(T, init));
}
