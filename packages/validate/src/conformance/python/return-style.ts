import type { PlainNode } from '@ce/parse';
import { field, named, stringValue } from './syntax.js';
import { ERRNO_NAME } from '../errno-names.js';

const RESULT_CALLEES = /^(?:Ok|Err|ok|err|Success|Failure|success|failure|Result)$/;
const ERROR_NAME = /^(?:ERR_[A-Z0-9_]+|[A-Z][A-Z0-9]*_(?:ERROR|FAILED|NOT_FOUND|INVALID)\w*)$/;
/** An error code's name: an errno code (`ENOENT`; `EXIT_CODE_OK` is a status), `ERR_*`, `*_ERROR`, `*_NOT_FOUND`. */
const isErrorCodeText = (text: string): boolean => ERRNO_NAME.test(text) || ERROR_NAME.test(text);

/** A status that says the work succeeded (`ExitCode.OK`, `Status.SUCCESS`): POSIX's EXIT_SUCCESS, no error reported. */
const SUCCESS_STATUS = /^(?:OK|SUCCESS|EXIT_SUCCESS|SUCCEEDED)$/;

export type ReturnStyle = 'result' | 'error-codes' | 'null-return';

/** Keys that say a dictionary reports an outcome: `{"code": 404, "message": "…"}`. */
const STATUS_KEYS = /^(?:message|msg|error|err|detail|reason|status)$/;

/**
 * Whether a `code` entry is a status code: a number (`404`, `-1`), an error code's name, or a code
 * beside a message. Alone and bound to anything else it is data: OAuth's authorization code
 * (`{"grant_type": "authorization_code", "code": self.data.get("code")}`), a country code.
 */
function isStatusCode(value: PlainNode | undefined, keys: Set<string>): boolean {
  if (!value) return false;
  if (value.type === 'integer' || (value.type === 'unary_operator' && named(value)[0]?.type === 'integer')) return true;
  if ([...keys].some((k) => STATUS_KEYS.test(k))) return true;
  return isErrorCodeText(
    value.type === 'string'
      ? (stringValue(value) ?? '')
      : value.type === 'attribute'
        ? (field(value, 'attribute')?.text ?? '')
        : value.text,
  );
}

function dictionaryStyle(v: PlainNode): ReturnStyle | undefined {
  const entries = new Map(
    named(v).flatMap((p) =>
      p.type === 'pair' && field(p, 'key')
        ? [[stringValue(field(p, 'key') as PlainNode) ?? '', field(p, 'value') ?? undefined] as const]
        : [],
    ),
  );
  const keys = new Set(entries.keys());
  if (keys.has('ok') || keys.has('success')) return 'result';
  if ((keys.has('error') || keys.has('err')) && (keys.has('data') || keys.has('value') || keys.has('result'))) return 'result';
  if (keys.has('error_code') || keys.has('errno')) return 'error-codes';
  if (keys.has('code') && isStatusCode(entries.get('code'), keys)) return 'error-codes';
  return undefined;
}

/** How a returned value reports failure: a Result, an error code or `(value, error)` pair, None, or nothing special. */
export function returnStyle(value: PlainNode | null): ReturnStyle | undefined {
  if (!value) return undefined;
  let v = value;
  while (v.type === 'parenthesized_expression' && named(v)[0]) v = named(v)[0] as PlainNode;
  if (v.type === 'none') return 'null-return';
  if (v.type === 'dictionary') return dictionaryStyle(v);
  if (v.type === 'expression_list' || v.type === 'tuple') {
    // (value, error) pairs: `return None, "not found"`, `return False, err`
    // `return None, None` is two absent values ("nothing found"), not a value beside an error.
    const parts = named(v);
    const flags = parts.filter((p) => p.type === 'none' || p.type === 'false' || p.type === 'true');
    // `return user, None` (DRF's `(user, auth)`) is a value and an absent one, the success half of
    // a pair at most: without a failure half (`return None, err`) it reports nothing.
    const successHalf = parts[1]?.type === 'none' && !flags.includes(parts[0] as PlainNode);
    if (parts.length === 2 && flags.length > 0 && !parts.every((p) => p.type === 'none') && !successHalf) return 'error-codes';
    return undefined;
  }
  if (v.type === 'call') {
    const fn = field(v, 'function');
    const name = fn?.type === 'attribute' ? field(fn, 'attribute')?.text : fn?.text;
    return name && RESULT_CALLEES.test(name) ? 'result' : undefined;
  }
  if (v.type === 'unary_operator' && v.text.startsWith('-') && named(v)[0]?.type === 'integer') return 'error-codes';
  if (v.type === 'string' && isErrorCodeText(stringValue(v) ?? '')) return 'error-codes';
  if (v.type === 'attribute' && SUCCESS_STATUS.test(field(v, 'attribute')?.text ?? '')) return undefined;
  if (
    v.type === 'attribute' &&
    (/(?:Error|Code|Status)s?$/.test(field(v, 'object')?.text ?? '') || isErrorCodeText(field(v, 'attribute')?.text ?? ''))
  )
    return 'error-codes';
  if (v.type === 'identifier' && isErrorCodeText(v.text)) return 'error-codes';
  return undefined;
}
