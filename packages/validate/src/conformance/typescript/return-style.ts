import type ts from 'typescript';
import { ERRNO_NAME } from '../errno-names.js';
import { calleeName, isNullish, propertyNames, skipParens, type Ts } from './syntax.js';

const RESULT_CALLEES = /^(?:ok|err|Ok|Err|success|failure|succeed|fail|left|right|Left|Right)$/;
// Node's own codes beside the errno names: DNS lookups (`ENOTFOUND`, `EAI_AGAIN`) and `ERR_*`; a name
// that says it is an error. `EXIT_CODE_OK` is a status, and an upper-case word that only starts with E
// (`EMPTY`, `END`, `EXCEPTION`) is no errno code.
const NODE_ERROR_CODE = /^(?:ENOTFOUND|EAI_[A-Z]+|ERR_[A-Z0-9_]+|[A-Z][A-Z0-9]*_(?:ERROR|FAILED|NOT_FOUND|INVALID)\w*)$/;

function isErrorCodeText(text: string): boolean {
  return ERRNO_NAME.test(text) || NODE_ERROR_CODE.test(text);
}

export type ReturnStyle = 'result' | 'error-codes' | 'null-return';

/** The fields that go with `code` in Rollup's documented `SourceDescription`, besides `code` itself. */
const SOURCE_DESCRIPTION = ['map', 'ast', 'meta', 'moduleSideEffects', 'syntheticNamedExports'];

/**
 * `{ code, map }`, `{ code, meta }`: generated source with what describes it, what a bundler
 * plugin's `load` and `transform` hooks return (Rollup's and Vite's `SourceDescription`, Babel's and
 * esbuild's transform result). Its `code` is program text, not an error code.
 */
function isTransformResult(names: Set<string>): boolean {
  return names.has('code') && SOURCE_DESCRIPTION.some((n) => names.has(n));
}

function objectStyle(names: Set<string>): ReturnStyle | undefined {
  if (isTransformResult(names)) return undefined;
  if (names.has('ok') || names.has('success') || names.has('isOk') || names.has('isErr')) return 'result';
  if ((names.has('error') || names.has('err')) && (names.has('data') || names.has('value') || names.has('result'))) return 'result';
  if (names.has('code') || names.has('errorCode') || names.has('errno')) return 'error-codes';
  return undefined;
}

/** How a returned value reports failure: a Result object, an error code, null, or nothing special. */
export function returnStyle(T: Ts, e: ts.Expression | undefined): ReturnStyle | undefined {
  if (!e) return undefined;
  const x = skipParens(T, e);
  if (isNullish(T, x)) return 'null-return';
  if (T.isObjectLiteralExpression(x)) return objectStyle(propertyNames(T, x));
  // `new Err(e)` builds the same value as `err(e)` where the house exports its Result classes.
  if (T.isCallExpression(x) || T.isNewExpression(x)) return RESULT_CALLEES.test(calleeName(T, x)) ? 'result' : undefined;
  if (T.isPrefixUnaryExpression(x) && x.operator === T.SyntaxKind.MinusToken && T.isNumericLiteral(x.operand)) return 'error-codes';
  if (T.isStringLiteral(x) && isErrorCodeText(x.text)) return 'error-codes';
  if (T.isPropertyAccessExpression(x) && (/(?:Error|Code|Status)s?$/.test(x.expression.getText()) || isErrorCodeText(x.name.text)))
    return 'error-codes';
  if (T.isIdentifier(x) && isErrorCodeText(x.text)) return 'error-codes';
  return undefined;
}
