import type { PlainNode } from '@ce/parse';
import { named, paramNames } from './syntax.js';
import { isClassViewMethod } from './class-views.js';

/** Route and hook decorators: `@app.get(…)`, `@router.post(…)`, `@bp.route(…)`, `@app.exception_handler(…)`. */
const ROUTE_DECORATOR =
  /^@\s*(?:[\w.]+\.)?(?:get|post|put|patch|delete|head|options|route|api_route|websocket|exception_handler|middleware|before_request|after_request)\s*\(/;

/**
 * The parameters of a server interface entry point, `self` aside: ASGI `(scope, receive, send)`,
 * WSGI `(environ, start_response)`, a Starlette-style `dispatch(request, call_next)`.
 */
const ENTRY_PARAMS = /^(?:scope,receive,send|environ,start_response|request,call_next)(?:,|$)/;

/**
 * Whether an entry-point-shaped function is the entry point: a module-level app, a middleware's
 * `__call__` or `dispatch`. A method of another name with WSGI parameters (an adapter's runner
 * that calls into the app) is not.
 */
function isEntryPoint(fn: PlainNode): boolean {
  if (
    !ENTRY_PARAMS.test(
      paramNames(fn)
        .filter((p) => p !== 'self')
        .join(','),
    )
  )
    return false;
  const scope = (fn.parent?.type === 'decorated_definition' ? fn.parent : fn).parent;
  return scope?.type === 'module' || /^(?:__call__|dispatch)$/.test(fn.childForFieldName('name')?.text ?? '');
}

/**
 * The hooks a framework calls on a middleware class for each request or response, by their
 * documented names: Django's middleware (`process_view`, `process_exception`,
 * `process_template_response`) and Scrapy's downloader and spider middlewares
 * (`process_request`, `process_response`, `process_spider_output`, `process_start_requests`).
 */
const MIDDLEWARE_HOOK =
  /^process_(?:request|response|exception|view|template_response|spider_input|spider_output|spider_output_async|spider_exception|start_requests|start)$/;

/** A method of a class named as a middleware hook. */
function isMiddlewareHook(fn: PlainNode): boolean {
  const def = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
  const inClass = def.parent?.type === 'block' && def.parent.parent?.type === 'class_definition';
  return inClass && MIDDLEWARE_HOOK.test(fn.childForFieldName('name')?.text ?? '');
}

/**
 * Whether a function serves requests: decorated as a route or request hook, an ASGI/WSGI entry
 * point, a middleware hook, or a class-based view's verb method.
 */
export function isHandler(fn: PlainNode): boolean {
  if (isEntryPoint(fn) || isMiddlewareHook(fn) || isClassViewMethod(fn)) return true;
  const parent = fn.parent;
  if (parent?.type !== 'decorated_definition') return false;
  return named(parent).some((d) => d.type === 'decorator' && ROUTE_DECORATOR.test(d.text));
}
