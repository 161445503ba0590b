/**
 * A small, fast YAML emitter for rendered CI files (the yaml library's generic stringify is ~20× slower
 * on a pipeline of 500 stages). Output style: 2-space indentation, sequences indented under their key,
 * one key per line. Strings are written so that every YAML parser reads back exactly the same text —
 * commands survive byte for byte whatever quotes, colons, `#` or newlines they hold:
 *  - plain only when nothing in them could be read as syntax or as another type (YAML 1.1 included:
 *    GitLab's parser reads `on`, `yes`, `no` as booleans);
 *  - one line otherwise: single-quoted (`'` doubled);
 *  - several lines: a literal block scalar (`|`, `|-`, `|+` by trailing newlines);
 *  - control characters or a first line starting with a blank: double-quoted with escapes.
 * The tests round-trip random strings through the yaml library's parser.
 */

const RESERVED = /^(?:true|false|null|~|y|n|yes|no|on|off|\.nan|\.inf|-\.inf|\+\.inf|<<|=)$/i;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

function isPlainSafe(s: string): boolean {
  if (s === '' || RESERVED.test(s)) return false;
  // First character: a letter, `_`, `/` or `$` (never an indicator, digit, sign or dot).
  if (!/^[\p{L}_/$]/u.test(s)) return false;
  if (/\s$/.test(s) || s.endsWith(':')) return false;
  if (s.includes(': ') || s.includes(' #') || s.includes('\t') || s.includes('\n')) return false;
  return !CONTROL.test(s);
}

/** One scalar as YAML. `indent` is the indentation of a block scalar's content lines. */
function scalar(value: unknown, indent: string, allowPlain = false, isKey = false): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  const s = String(value);
  if (allowPlain || isPlainSafe(s)) return s;
  if (CONTROL.test(s) || /^[ \t]/.test(s) || s.startsWith('\n') || (isKey && s.includes('\n'))) return JSON.stringify(s);
  if (!s.includes('\n')) return `'${s.replace(/'/g, "''")}'`;
  const trailing = /\n*$/.exec(s)?.[0].length ?? 0;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = trailing === 0 ? s : s.slice(0, -1);
  const lines = body.split('\n').map((line) => (line === '' ? '' : `${indent}${line}`));
  return `|${chomp}\n${lines.join('\n')}`;
}

type Plain = Set<string>;

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function emitMap(map: Record<string, unknown>, indent: string, out: string[], plainKeys: Plain): void {
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    emitEntry(`${indent}${scalar(key, indent, plainKeys.has(key), true)}:`, value, indent, out, plainKeys);
  }
}

/** `head` is the text before the value (`key:` or `-`), at indentation `indent`. */
function emitEntry(head: string, value: unknown, indent: string, out: string[], plainKeys: Plain): void {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) out.push(`${head} []`);
    else {
      out.push(head);
      emitSeq(value, inner, out, plainKeys);
    }
  } else if (isMap(value)) {
    if (Object.keys(value).length === 0) out.push(`${head} {}`);
    else {
      out.push(head);
      emitMap(value, inner, out, plainKeys);
    }
  } else {
    out.push(`${head} ${scalar(value, inner)}`);
  }
}

function emitSeq(items: unknown[], indent: string, out: string[], plainKeys: Plain): void {
  const inner = `${indent}  `;
  for (const item of items) {
    if ((isMap(item) && Object.keys(item).length > 0) || (Array.isArray(item) && item.length > 0)) {
      // The first line of the nested block goes on the dash line; the rest keep its indentation.
      const nested: string[] = [];
      if (Array.isArray(item)) emitSeq(item, inner, nested, plainKeys);
      else emitMap(item, inner, nested, plainKeys);
      out.push(`${indent}- ${(nested[0] as string).slice(inner.length)}`, ...nested.slice(1));
    } else {
      emitEntry(`${indent}-`, item, indent, out, plainKeys);
    }
  }
}

/**
 * Serialises rendered CI data (a mapping) as YAML, with `header` lines as comments on top.
 * `plainKeys` are written unquoted even if YAML 1.1 would read them otherwise (GitHub's `on:`).
 */
export function toYaml(data: Record<string, unknown>, header: string[] = [], plainKeys: string[] = []): string {
  const out: string[] = header.map((line) => `# ${line}`.trimEnd());
  emitMap(data, '', out, new Set(plainKeys));
  return `${out.join('\n')}\n`;
}

/** The header every rendered file carries: where it came from and how to regenerate it. */
export function generatedHeader(source: string | undefined, target: string): string[] {
  const from = source ? ` from ${source}` : '';
  const cmd = source ? `ce ci render ${source} --target ${target}` : `ce ci render --target ${target}`;
  return [`Generated by ce${from}. Do not edit by hand: change the pipeline definition and run`, `  ${cmd} --out <this file>`];
}
