import type ts from 'typescript';
import { isFunctionLike, paramNames, skipParens, type FunctionLike } from './syntax.js';
import type { TsSource } from './source.js';

/** Calls that register a route or request hook: `app.get('/x', handler)`, `router.use(mw)`, `fastify.addHook('onRequest', h)`. */
const REGISTRAR = /^(?:get|post|put|patch|delete|del|head|options|all|use|route|handle|addHook)$/;
/** Decorators of controller methods that serve a route (NestJS and alike). */
const ROUTE_DECORATOR = /^(?:Get|Post|Put|Patch|Delete|Head|Options|All)$/;

function isRegisteredHandler(src: TsSource, fn: ts.Node): boolean {
  const { T } = src;
  const call = fn.parent;
  if (!call || !T.isCallExpression(call) || !call.arguments.some((a) => a === fn)) return false;
  return T.isPropertyAccessExpression(call.expression) && REGISTRAR.test(call.expression.name.text);
}

function hasRouteDecorator(src: TsSource, fn: FunctionLike): boolean {
  const { T } = src;
  if (!T.isMethodDeclaration(fn)) return false;
  return (T.getDecorators(fn) ?? []).some((d) => {
    const e = d.expression;
    const callee = T.isCallExpression(e) ? e.expression : e;
    return T.isIdentifier(callee) && ROUTE_DECORATOR.test(callee.text);
  });
}

/** Request/response parameters: `(req, res)`, `(request, reply)`, Koa's `(ctx, next)`. */
function hasHandlerParams(src: TsSource, fn: FunctionLike): boolean {
  const [first = '', second = ''] = paramNames(src.T, fn);
  return (
    (/^(?:req|request)$/.test(first) && /^(?:res|response|reply)$/.test(second)) || (/^(?:ctx|context)$/.test(first) && second === 'next')
  );
}

/**
 * A curried function: its whole body is the function it returns (`(req, res) => (url) => …`,
 * `{ return function (…) {…} }`). It binds its arguments for that function and does no work itself.
 */
function onlyReturnsFunction(src: TsSource, fn: FunctionLike): boolean {
  const { T } = src;
  const body = fn.body;
  if (!body) return false;
  if (!T.isBlock(body)) return isFunctionLike(T, skipParens(T, body as ts.Expression));
  const [only, ...rest] = body.statements;
  return rest.length === 0 && !!only && T.isReturnStatement(only) && !!only.expression && isFunctionLike(T, skipParens(T, only.expression));
}

/**
 * Whether a function serves requests: registered on a router, decorated as a route, or shaped like
 * a handler. A curried helper taking the request and response (`redirect(req, res)`
 * returning the function that redirects) serves nothing itself: the function it returns does.
 */
export function isHandler(src: TsSource, fn: FunctionLike): boolean {
  return isRegisteredHandler(src, fn) || hasRouteDecorator(src, fn) || (hasHandlerParams(src, fn) && !onlyReturnsFunction(src, fn));
}
