import type { PlainNode } from '@ce/parse';
import { field, named, paramNames } from './syntax.js';

/** A status literal of the client or server error classes (RFC 9110: 4xx and 5xx). */
const ERROR_STATUS_LITERAL = /^[45]\d\d$/;
/**
 * A named error status: Starlette's and DRF's `status.HTTP_404_NOT_FOUND`, `http.HTTPStatus`'s
 * members (`HTTPStatus.BAD_REQUEST`).
 */
const ERROR_STATUS_NAME =
  /^(?:HTTP_[45]\d\d\w*|BAD_REQUEST|UNAUTHORIZED|FORBIDDEN|NOT_FOUND|METHOD_NOT_ALLOWED|CONFLICT|GONE|UNPROCESSABLE_(?:ENTITY|CONTENT)|TOO_MANY_REQUESTS|INTERNAL_SERVER_ERROR|SERVICE_UNAVAILABLE)$/;
/**
 * Django's `HttpResponse` subclasses for error statuses (`HttpResponseBadRequest`,
 * `HttpResponseNotFound`…), and helpers named for the error response they build
 * (`bad_request(msg)`, `error_response(404)`, `not_found()`, `json_error(…)`).
 */
const ERROR_RESPONSE_CALLEE =
  /^(?:HttpResponse(?:BadRequest|NotFound|Forbidden|NotAllowed|Gone|ServerError)|bad_request|not_found|forbidden|unauthori[sz]ed|server_error|\w*error_response|json_error)$/;
/** The parameter an exception handler receives the exception in. */
const EXCEPTION_PARAM = /^(?:e|exc|exception|error|err)$/;
/** Decorators that register an exception handler: Flask's `errorhandler`, FastAPI's `exception_handler`. */
const EXCEPTION_HANDLER_DECORATOR = /^@\s*(?:[\w.]+\.)?(?:errorhandler|app_errorhandler|exception_handler)\s*\(/;

function isErrorStatus(n: PlainNode | undefined | null): boolean {
  if (!n) return false;
  if (n.type === 'integer') return ERROR_STATUS_LITERAL.test(n.text);
  const name = n.type === 'attribute' ? field(n, 'attribute')?.text : n.type === 'identifier' ? n.text : undefined;
  return ERROR_STATUS_NAME.test(name ?? '');
}

function calleeText(call: PlainNode): string {
  const fn = field(call, 'function');
  return (fn?.type === 'attribute' ? field(fn, 'attribute')?.text : fn?.text) ?? '';
}

/** `Response(…, status=400)`, `JSONResponse(…, status_code=status.HTTP_404_NOT_FOUND)`. */
function hasErrorStatusKeyword(call: PlainNode): boolean {
  const args = field(call, 'arguments');
  return (args ? named(args) : []).some(
    (a) => a.type === 'keyword_argument' && /^status(?:_code)?$/.test(field(a, 'name')?.text ?? '') && isErrorStatus(field(a, 'value')),
  );
}

/**
 * Whether a returned value is an HTTP error response: a Flask view's `(body, 400)` or
 * `(body, 404, headers)` tuple (Flask's "About Responses"), a response built with an error status,
 * a Django error response class, or a helper named for the error response it builds. A web house
 * reports a failed request either so, returning the response, or by raising an HTTP exception
 * the framework turns into one (`raise HTTPException(404)`, `abort(404)`); the two are different
 * conventions a reviewer keeps apart.
 */
function isErrorResponse(v: PlainNode): boolean {
  if (v.type === 'expression_list' || v.type === 'tuple') {
    const parts = named(v);
    return parts.length >= 2 && parts.length <= 3 && isErrorStatus(parts[1]);
  }
  if (v.type !== 'call') return false;
  return ERROR_RESPONSE_CALLEE.test(calleeText(v)) || hasErrorStatusKeyword(v);
}

/**
 * An exception handler (`@app.errorhandler(404)`, `@app.exception_handler(…)`, a function of the
 * exception it is handed): it is where a raising house turns its exceptions into responses, so
 * the responses it returns are that house's own, not a returned-error convention.
 */
function isExceptionHandler(fn: PlainNode): boolean {
  const parent = fn.parent;
  const decorators = parent?.type === 'decorated_definition' ? named(parent).filter((d) => d.type === 'decorator') : [];
  if (decorators.some((d) => EXCEPTION_HANDLER_DECORATOR.test(d.text))) return true;
  return paramNames(fn).some((p) => EXCEPTION_PARAM.test(p));
}

function enclosingFunction(n: PlainNode): PlainNode | null {
  for (let p = n.parent; p; p = p.parent) if (p.type === 'function_definition') return p;
  return null;
}

/** A return statement handing back an HTTP error response, outside the house's exception handlers. */
export function returnedErrorResponse(ret: PlainNode): boolean {
  const value = named(ret)[0];
  if (!value || !isErrorResponse(value)) return false;
  const fn = enclosingFunction(ret);
  return !fn || !isExceptionHandler(fn);
}

/**
 * `abort(404)` / `flask.abort(403, description=…)`: Flask's and Werkzeug's `abort` "raises an
 * HTTPException for the given status code", so it is the raising convention written as a call.
 * Only an error status as its first argument makes it one (`transaction.abort()` is not).
 */
export function abortsWithStatus(call: PlainNode): boolean {
  const fn = field(call, 'function');
  const name = fn?.type === 'attribute' ? `${field(fn, 'object')?.text ?? ''}.${field(fn, 'attribute')?.text ?? ''}` : fn?.text;
  if (!/^(?:(?:flask|werkzeug\.exceptions)\.)?abort$/.test(name ?? '')) return false;
  const args = field(call, 'arguments');
  return isErrorStatus(args ? named(args)[0] : undefined);
}
