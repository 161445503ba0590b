import type ts from 'typescript';
import { skipParens, type Ts } from './syntax.js';

/** The namespaces schema libraries are imported as: zod's `z`, yup, Joi, valibot's `v`, io-ts's `t`, TypeBox's `Type`, Effect's `Schema`/`S`. */
const SCHEMA_NAMESPACE = /^(?:z|zod|yup|Joi|joi|v|valibot|t|Type|Schema|S)$/;
/** Methods that derive one schema from another (`ZUser.extend({…})`, `ZUser.pick({ id: true })`). */
const DERIVING =
  /^(?:extend|pick|omit|merge|partial|required|deepPartial|strict|passthrough|array|nullable|optional|nullish|and|or|refine|superRefine|transform)$/;

/** The identifier a call chain starts from: `z` of `z.array(z.string()).min(1)`. */
function chainRoot(T: Ts, e: ts.Expression): { root?: string; method?: string } {
  let x = skipParens(T, e);
  let method: string | undefined;
  while (T.isCallExpression(x) || T.isPropertyAccessExpression(x)) {
    if (T.isPropertyAccessExpression(x)) method = x.name.text;
    x = skipParens(T, x.expression);
  }
  return { root: T.isIdentifier(x) ? x.text : undefined, method };
}

/**
 * A PascalCase binding holding a schema built with a schema library (`const ZBackupCodeSchema =
 * z.array(z.string())`, `const User = z.object({…})`) or derived from another (`ZUpdate =
 * ZCreate.partial()`). A schema is a type's runtime twin: zod's documentation names it as the type
 * it infers (`const User = z.object(…)`; `type User = z.infer<typeof User>`), so it is named as a
 * type, not by the file's variable convention.
 */
export function declaresSchema(T: Ts, d: ts.VariableDeclaration): boolean {
  const init = d.initializer;
  if (!init || !T.isIdentifier(d.name) || !/^[A-Z]/.test(d.name.text)) return false;
  const { root, method } = chainRoot(T, init);
  if (!root) return false;
  return SCHEMA_NAMESPACE.test(root) || (/^[A-Z]/.test(root) && method !== undefined && DERIVING.test(method));
}
