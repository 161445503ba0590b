import { UsageError } from '../errors/index.js';

/** Deepest flow nesting (`[[[…]]]`, `{a: {b: …}}`) ce accepts in YAML it reads. */
export const MAX_YAML_FLOW_DEPTH = 64;
/** Widest block indentation, in columns: deeper block nesting than any real header or config. */
export const MAX_YAML_INDENT = 400;

/**
 * Refuses YAML nested deeper than any real document before the parser sees it: the `yaml` parser
 * recurses per level, and 10,000 nested brackets exhaust the stack or the heap (the process dies,
 * not an exception). Counts brackets outside quoted scalars and comments, and leading indentation.
 */
export function assertYamlNesting(text: string, file: string | undefined, code: string, what: string): void {
  let depth = 0;
  let quote: string | undefined;
  let lineStart = true;
  let indent = 0;
  let previous = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n' || ch === '\r') {
      // Quote state ends with the line: a quote left open can only make the count stricter, never hide brackets.
      [lineStart, indent, quote, previous] = [true, 0, undefined, ''];
      continue;
    }
    // Tabs count too: the parser's folding of a continuation line is quadratic in its leading
    // whitespace (`k: v` then 16,000 blanks and `x` took 1.2 s), whatever the blanks are.
    if (lineStart && (ch === ' ' || ch === '\t')) {
      if (++indent > MAX_YAML_INDENT) throw tooDeep(file, code, what, `indented more than ${MAX_YAML_INDENT} columns`);
      continue;
    }
    lineStart = false;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if ((ch === '"' || ch === "'") && (previous === '' || ':-[{,?'.includes(previous))) quote = ch;
    else if (ch === '#' && /^\s?$/.test(text[i - 1] ?? '')) i = skipToLineEnd(text, i) - 1;
    else if (ch === '[' || ch === '{') {
      if (++depth > MAX_YAML_FLOW_DEPTH) throw tooDeep(file, code, what, `nested more than ${MAX_YAML_FLOW_DEPTH} levels deep`);
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
    if (ch !== ' ' && ch !== '\t') previous = ch;
  }
}

function skipToLineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

function tooDeep(file: string | undefined, code: string, what: string, why: string): UsageError {
  return new UsageError(code, `${what} is ${why}`, { file, hint: 'flatten the YAML: no real header or configuration nests this deep' });
}

/**
 * Whether YAML text stays within the limits `assertYamlNesting` enforces, for readers that pass over
 * a file rather than refuse it (inference reading a repository's workflows): deeper text would make
 * the parser recurse past the stack or fold a line in quadratic time.
 */
export function yamlWithinLimits(text: string): boolean {
  try {
    assertYamlNesting(text, undefined, 'yaml-too-deep', 'the YAML');
    return true;
  } catch {
    return false;
  }
}
