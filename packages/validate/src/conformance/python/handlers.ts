import type { SyntaxNode } from '@ce/parse';
import { named } from './syntax.js';

/** Route and hook decorators: `@app.get(…)`, `@router.post(…)`, `@bp.route(…)`, `@app.exception_handler(…)`. */
const ROUTE_DECORATOR =
  /^@\s*(?:[\w.]+\.)?(?:get|post|put|patch|delete|head|options|route|api_route|websocket|exception_handler|middleware|before_request|after_request)\s*\(/;

/** Whether a function serves requests: it is decorated as a route or request hook. */
export function isHandler(fn: SyntaxNode): boolean {
  const parent = fn.parent;
  if (parent?.type !== 'decorated_definition') return false;
  return named(parent).some((d) => d.type === 'decorator' && ROUTE_DECORATOR.test(d.text));
}
