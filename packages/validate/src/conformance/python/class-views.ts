import type { PlainNode } from '@ce/parse';
import { field, named } from './syntax.js';

/**
 * Falcon's responders (`on_get(self, req, resp)`, `on_post_collection`): the framework routes each
 * request to the method named after its verb, on any class, so the name alone says it serves.
 */
const RESPONDER = /^on_(?:get|post|put|patch|delete|head|options)(?:_\w+)?$/;

/** A method named after an HTTP verb, as class-based views name the one each request is sent to. */
const VERB_METHOD = /^(?:get|post|put|patch|delete|head|options)$/;

/**
 * The base classes of class-based views, by the names the frameworks give them: Django's `View`
 * (and `TemplateView`, `ListView`…), DRF's `APIView`, Flask's `MethodView`, Flask-RESTful's
 * `Resource`, Tornado's `RequestHandler`, Starlette's `HTTPEndpoint`, Sanic's `HTTPMethodView`, and
 * a house's own `BaseView`/`BaseResource` over them. A `get` on any other class is a lookup
 * (`dict.get`, a cache, a repository) or an HTTP client's request method (`requests.Session.get`).
 */
const VIEW_BASE = /(?:View|Resource|RequestHandler|Endpoint)$/;

/** The class a method is defined in, through its decorators. */
function owningClass(fn: PlainNode): PlainNode | undefined {
  const def = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
  const cls = def.parent?.type === 'block' ? def.parent.parent : undefined;
  return cls?.type === 'class_definition' ? cls : undefined;
}

/** Whether a class derives from a view base (by the last part of a dotted base: `views.APIView`). */
function isViewClass(cls: PlainNode): boolean {
  const bases = field(cls, 'superclasses');
  return bases !== null && named(bases).some((b) => b.type !== 'keyword_argument' && VIEW_BASE.test(b.text.split('.').pop() ?? ''));
}

/**
 * A method that serves a request of a class-based view: the frameworks dispatch each request to the
 * method named after its verb (Django's `View.dispatch` looks up `request.method.lower()`, as do
 * Flask's `MethodView` and Tornado's `RequestHandler`), so those methods are the view's handlers
 * as much as a decorated route function is.
 */
export function isClassViewMethod(fn: PlainNode): boolean {
  const cls = owningClass(fn);
  if (!cls) return false;
  const name = field(fn, 'name')?.text ?? '';
  return RESPONDER.test(name) || (VERB_METHOD.test(name) && isViewClass(cls));
}
