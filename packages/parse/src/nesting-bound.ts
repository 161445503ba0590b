/**
 * The nesting oxc may be given. Its parser recurses on the native stack, and an overflow there
 * kills the whole process (SIGSEGV, no exception): on Node's 8 MB main-thread stack it survives
 * ≈ 4,400 nested generic types and ≈ 7,600 nested arrays, ternaries or arrows, half that on a
 * worker thread's 4 MB. Above this bound a file goes to tree-sitter, whose parser keeps its stack
 * on the heap. Real code stays far below it (effect's src/: at most ≈ 60).
 */
export const SAFE_NESTING = 400;

/** Operators that nest without brackets (`!!a`, `a ? b : c ? …`, `() => () =>`, `a = b = …`, `A<B<…>>`, `a ** b ** …`). */
const CHAIN = new Set(['!', '~', '?', ':', '=', '<', '>', '-', '+', '*', '%', '&', '|', '^', '@']);
/** Statements and operators that are words (`if (a) if (b) …`, `else if` chains, `new new …`, `await await …`). */
const NESTING_WORDS = new Set(['if', 'else', 'for', 'while', 'do', 'with', 'new', 'typeof', 'void', 'delete', 'await', 'yield', 'keyof', 'infer', 'extends']);
/**
 * Words that only begin a statement, never appear inside an expression or type chain: they end the
 * chain before them (semicolon-free code has no `;` to do it), and whatever nests after them counts.
 */
const STATEMENT_WORDS = new Set(['export', 'const', 'var', 'return', 'throw']);
/** Words after which a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX_WORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
/** Characters after which a `/` starts a regular expression. */
const BEFORE_REGEX = new Set(['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code > 127;
}

/**
 * A linear scan that over-estimates nesting, for `nestingBound`. Code brackets count one level each
 * until closed; operators and nesting words count one level each until the next `,` `;` `{` `}`
 * (where an expression or statement chain ends). Comments, strings, template text and regular
 * expressions are skipped, but the brackets inside each still count on top of the code's depth
 * (so that a regular expression misread as a division cannot hide code from the bound), and one
 * that runs to the end of its line unterminated makes the bound infinite: the scan no longer knows
 * what is code.
 */
class NestingScan {
  private i = 0;
  private chain = 0;
  private max = 0;
  /** Open brackets of the code; `$` marks a template's `${`, whose `}` resumes the template text. */
  private readonly open: string[] = [];
  private last = '';

  constructor(
    private readonly source: string,
    private readonly limit: number,
  ) {}

  run(): number {
    const s = this.source;
    while (this.i < s.length && this.max <= this.limit) {
      const ch = s[this.i]!;
      const code = s.charCodeAt(this.i);
      if (code === 32 || code === 10 || code === 13 || code === 9) this.i++;
      else if (isWordChar(code)) this.word();
      else if (ch === '/' && (s[this.i + 1] === '/' || s[this.i + 1] === '*')) this.comment();
      else if (ch === '/' && (BEFORE_REGEX.has(this.last) || BEFORE_REGEX_WORDS.has(this.last))) this.quoted('/', true);
      else if (ch === '"' || ch === "'") this.quoted(ch, false);
      else if (ch === '`') this.template();
      else this.punctuation(ch);
    }
    return this.max;
  }

  private raise(extra = 0): void {
    this.max = Math.max(this.max, this.open.length + this.chain + extra);
  }

  private word(): void {
    const s = this.source;
    const start = this.i;
    while (this.i < s.length && isWordChar(s.charCodeAt(this.i))) this.i++;
    this.last = this.i - start <= 10 ? s.slice(start, this.i) : 'word';
    if (STATEMENT_WORDS.has(this.last)) this.chain = 0;
    else if (NESTING_WORDS.has(this.last)) {
      this.chain++;
      this.raise();
    }
  }

  private punctuation(ch: string): void {
    this.i++;
    this.last = ch;
    if (ch === '(' || ch === '[' || ch === '{') {
      this.open.push(ch);
      if (ch === '{') this.chain = 0;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      const closed = this.open.pop();
      if (ch === '}') this.chain = 0;
      if (closed === '$') this.templateText();
    } else if (ch === ',' || ch === ';') this.chain = 0;
    else if (CHAIN.has(ch)) this.chain++;
    this.raise();
  }

  private comment(): void {
    const s = this.source;
    const end = s[this.i + 1] === '/' ? s.indexOf('\n', this.i) : s.indexOf('*/', this.i + 2);
    const stop = end === -1 ? s.length : end + (s[this.i + 1] === '*' ? 2 : 0);
    this.hidden(this.i, stop);
    this.i = stop;
  }

  /** A string or regular expression: to its closing quote, skipping escapes (and a regex's `[…]`). */
  private quoted(quote: string, regex: boolean): void {
    const s = this.source;
    const start = this.i++;
    let inClass = false;
    for (; this.i < s.length; this.i++) {
      const c = s[this.i];
      if (c === '\\') this.i++;
      else if (c === '\n') break;
      else if (regex && c === '[') inClass = true;
      else if (regex && c === ']') inClass = false;
      else if (c === quote && !inClass) {
        this.i++;
        this.hidden(start, this.i);
        this.last = regex ? 'word' : quote;
        return;
      }
    }
    this.max = Infinity; // unterminated on its line: code and text can no longer be told apart
  }

  private template(): void {
    this.i++;
    this.templateText();
  }

  /** Template text up to its closing backquote, or to a `${` (whose `}` comes back here). */
  private templateText(): void {
    const s = this.source;
    const start = this.i;
    for (; this.i < s.length; this.i++) {
      const c = s[this.i];
      if (c === '\\') this.i++;
      else if (c === '`') {
        this.hidden(start, this.i);
        this.i++;
        this.last = '`';
        return;
      } else if (c === '$' && s[this.i + 1] === '{') {
        this.hidden(start, this.i);
        this.i += 2;
        this.open.push('$');
        this.chain = 0;
        this.last = '{';
        this.raise();
        return;
      }
    }
    this.max = Infinity;
  }

  /** Brackets inside skipped text count on top of the code's depth (see the class comment). */
  private hidden(start: number, end: number): void {
    let depth = 0;
    let deepest = 0;
    for (let k = start; k < end; k++) {
      const c = this.source[k];
      if (c === '(' || c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
      else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    }
    this.raise(deepest);
  }
}

/**
 * An upper bound of the syntactic nesting of JavaScript / TypeScript source, in one linear pass
 * that stops once it exceeds `limit` (see `NestingScan`). Deliberately coarse: a file it
 * over-estimates is only parsed by the slower parser.
 */
export function nestingBound(source: string, limit = SAFE_NESTING): number {
  return new NestingScan(source, limit).run();
}
