/** A set of words from a space-separated list. */
function words(list: string): Set<string> {
  return new Set(list.split(' '));
}

/**
 * The nesting oxc may be given. Its parser recurses on the native stack, and an overflow there
 * kills the whole process (SIGSEGV, no exception): on Node's 8 MB main-thread stack it survives
 * ≈ 4,400 nested generic types and ≈ 7,600 nested arrays, ternaries or arrows, half that on a
 * worker thread's 4 MB. Above this bound a file goes to tree-sitter, whose parser keeps its stack
 * on the heap. Real code stays far below it (effect's src/: at most ≈ 60).
 */
export const SAFE_NESTING = 400;

/** Operators that nest without brackets (`!!a`, `a ? b : c ? …`, `() => () =>`, `a = b = …`, `A<B<…>>`, `a ** b ** …`). */
const CHAIN = '!~?:=<>-+*%&|^@';
/** Statements and operators that are words (`if (a) if (b) …`, `else if` chains, `new new …`, `await await …`). */
const NESTING_WORDS = words('if else for while do with new typeof void delete await yield keyof infer extends');
/**
 * Words that only begin a statement, never appear inside an expression or type chain: they end the
 * chain before them (semicolon-free code has no `;` to do it), and whatever nests after them counts.
 */
const STATEMENT_WORDS = words('export const var return throw');
/** Words that open a body definitions live in. */
const CONTAINER_WORDS = words('class interface enum namespace module');
/** Tokens after which a `{` is a type literal, not the body of the class or interface being declared. */
const TYPE_CONTEXT = new Set([
  '<',
  ',',
  '|',
  '&',
  '(',
  ':',
  '=',
  '?',
  'extends',
  'implements',
  'keyof',
  'typeof',
  'infer',
  'is',
  'as',
  'in',
  'readonly',
  'unique',
]);
/** Words before a `(` that is not a call or a parameter list (`if (`, `return (`, `default (`). */
const PAREN_WORDS = words(
  'if for while switch catch with return typeof await yield case in of new delete void throw else do instanceof extends as is keyof infer readonly unique satisfies default let var const export asserts',
);
/** Words after which a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX_WORDS = words('return typeof instanceof in of new delete void throw case do else yield await');
/** Characters after which a `/` starts a regular expression. */
const BEFORE_REGEX = new Set([
  '',
  '=>',
  '(',
  ',',
  '=',
  ':',
  '[',
  '!',
  '&',
  '|',
  '?',
  '{',
  '}',
  ';',
  '+',
  '-',
  '*',
  '%',
  '<',
  '>',
  '~',
  '^',
]);

// Character classes of ASCII, looked up by char code (the scan runs over every character of every file).
const SPACE = 1;
const WORD = 2;
const OPEN = 3;
const CLOSE = 4;
const END_CHAIN = 5;
const OPERATOR = 6;
const QUOTE = 7;
const SLASH = 8;
const BACKQUOTE = 9;
const CLASS = new Uint8Array(128);
for (const c of ' \t\r\n') CLASS[c.charCodeAt(0)] = SPACE;
for (let c = 0; c < 128; c++) if (/[\w$]/.test(String.fromCharCode(c))) CLASS[c] = WORD;
for (const c of '([{') CLASS[c.charCodeAt(0)] = OPEN;
for (const c of ')]}') CLASS[c.charCodeAt(0)] = CLOSE;
for (const c of ',;') CLASS[c.charCodeAt(0)] = END_CHAIN;
for (const c of CHAIN) CLASS[c.charCodeAt(0)] = OPERATOR;
for (const c of `'"`) CLASS[c.charCodeAt(0)] = QUOTE;
CLASS['/'.charCodeAt(0)] = SLASH;
CLASS['`'.charCodeAt(0)] = BACKQUOTE;

function classOf(code: number): number {
  return code < 128 ? CLASS[code]! : WORD;
}

function isWordChar(code: number): boolean {
  return classOf(code) === WORD;
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
  /** The token before `last`. */
  private beforeLast = '';
  /** Brace blocks whose content no definition lives in (see `BraceSkim`), as [start, end) of their insides. */
  readonly skipped: [number, number][] = [];
  /** Comments, blanked too (keeping a line break where they have one, which automatic semicolon insertion reads). */
  readonly comments: [number, number][] = [];
  private skipFrom = -1;
  /** The depth of `open` where the block being skipped began (-1: not skipping). */
  private skipBase = -1;
  /** The depth a `class` / `interface` / `enum` / `namespace` / `module` keyword was seen at: its body is kept. */
  private keepAt = -1;
  /** The depth a `type` keyword was seen at: `type X = {` keeps its members. */
  private typeAt = -1;

  constructor(
    private readonly source: string,
    private readonly limit: number,
    private readonly jsx: boolean,
    /**
     * Whether brackets inside comments count. The skim leaves them out: it blanks every comment it
     * finds, so the parser never sees their text even where the scan was wrong to call it a comment.
     * A parse of the whole source needs them (see `nestingBound`).
     */
    private readonly countComments = true,
  ) {}

  run(): number {
    const s = this.source;
    while (this.i < s.length && this.max <= this.limit) {
      const kind = classOf(s.charCodeAt(this.i));
      if (kind === SPACE) this.i++;
      else if (kind === WORD) this.word();
      else if (kind === SLASH) this.slash();
      else if (kind === QUOTE) this.quoted(s[this.i]!, false);
      else if (kind === BACKQUOTE) this.template();
      else this.punctuation(kind);
    }
    return this.max;
  }

  /** Whether every brace closed (else the scan misread something, and its blocks cannot be trusted). */
  balanced(): boolean {
    return this.open.length === 0 && this.skipBase === -1;
  }

  private raise(extra = 0): void {
    const depth = this.open.length + this.chain + extra;
    if (depth > this.max) this.max = depth;
  }

  private word(): void {
    const s = this.source;
    const start = this.i;
    while (this.i < s.length && isWordChar(s.charCodeAt(this.i))) this.i++;
    this.beforeLast = this.last;
    // Only short words can be keywords; slicing every identifier would cost more than the rest of the scan.
    this.last = this.i - start <= 10 && s.charCodeAt(start) >= 97 ? s.slice(start, this.i) : 'word';
    if (this.skipBase === -1) {
      if (CONTAINER_WORDS.has(this.last)) this.keepAt = this.open.length;
      else if (this.last === 'type') this.typeAt = this.open.length;
    }
    if (STATEMENT_WORDS.has(this.last)) this.chain = 0;
    else if (NESTING_WORDS.has(this.last)) {
      this.chain++;
      this.raise();
    }
  }

  private punctuation(kind: number): void {
    const ch = this.source[this.i++]!;
    const before = this.last;
    const twoBefore = this.beforeLast;
    this.beforeLast = before;
    // An arrow's `=>` is told apart from a generic's closing `>` (`dual<…>(` is a call, `=> (` is not).
    this.last = ch === '>' && this.source[this.i - 2] === '=' ? '=>' : ch;
    if (ch === '{') {
      this.chain = 0;
      this.openBrace(before);
    } else if (ch === '(') {
      // Call arguments and parameter lists (after a name) hold no definitions: `f(` `m(` `dual(2, …)`.
      // Not a setter's: it must keep its one parameter. After a `>` it is a generic call (`dual<…>(`)
      // or, rarely, a comparison (`a > (b)`), whose blanked parentheses fail the skimmed parse.
      const call = before === '>' || (/^[\w$]/.test(before) && !PAREN_WORDS.has(before) && twoBefore !== 'set');
      if (this.skipBase === -1 && call) this.startSkip();
      this.open.push(ch);
    } else if (kind === OPEN) this.open.push(ch);
    else if (kind === CLOSE) {
      const closed = this.open.pop();
      if (ch === '}') this.chain = 0;
      if (closed === '$') this.templateText();
      else if (this.open.length === this.skipBase) {
        this.skipped.push([this.skipFrom, this.i - 1]);
        this.skipBase = this.skipFrom = -1;
      }
    } else if (kind === END_CHAIN) {
      this.chain = 0;
      if (ch === ';' && this.skipBase === -1) this.keepAt = this.typeAt = -1;
    } else if (kind === OPERATOR) this.chain++;
    this.raise();
  }

  /**
   * A `{` outside skipped blocks is kept (`{`) when definitions can live inside it — the body of a
   * class, interface, enum or namespace, the members of `type X = {`, an import / export clause —
   * and skipped otherwise: function and method bodies, object literals, blocks. Keeping is
   * always safe (it only costs parsing); the parse checks that no kept body came back empty.
   */
  private openBrace(before: string): void {
    if (this.skipBase !== -1) {
      this.open.push('{');
      return;
    }
    const depth = this.open.length;
    let keep = before === 'export' || before === 'import' || before === 'type';
    if (this.keepAt === depth) {
      keep = true;
      // A type literal in a heritage clause or type parameter (`extends B<{ a: 1 }>`) comes before the body.
      if (!TYPE_CONTEXT.has(before)) this.keepAt = -1;
    } else if (before === '=' && this.typeAt === depth) {
      keep = true;
      this.typeAt = -1;
    } else if (this.jsx && before === '=') {
      keep = true; // a JSX attribute `a={…}` may not be empty
    }
    if (!keep) this.startSkip();
    this.open.push('{');
  }

  private startSkip(): void {
    this.skipBase = this.open.length;
    this.skipFrom = this.i;
  }

  private slash(): void {
    const next = this.source[this.i + 1];
    if (next === '/' || next === '*') this.comment();
    // In JSX, `</` closes an element.
    else if ((BEFORE_REGEX.has(this.last) && !(this.jsx && this.last === '<')) || BEFORE_REGEX_WORDS.has(this.last)) this.quoted('/', true);
    else this.punctuation(OPERATOR);
  }

  private comment(): void {
    const s = this.source;
    const end = s[this.i + 1] === '/' ? s.indexOf('\n', this.i) : s.indexOf('*/', this.i + 2);
    const stop = end === -1 ? s.length : end + (s[this.i + 1] === '*' ? 2 : 0);
    if (this.countComments) this.hidden(this.i, stop);
    if (this.skipBase === -1) this.comments.push([this.i, stop]);
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
      const kind = classOf(this.source.charCodeAt(k));
      if (kind === OPEN) deepest = Math.max(deepest, ++depth);
      else if (kind === CLOSE && depth > 0) depth--;
    }
    this.raise(deepest);
  }
}

/**
 * An upper bound of the syntactic nesting of JavaScript / TypeScript source, in one linear pass
 * that stops once it exceeds `limit` (see `NestingScan`). Deliberately coarse: a file it
 * over-estimates is only parsed by the slower parser.
 */
export function nestingBound(source: string, limit = SAFE_NESTING, jsx = false): number {
  return new NestingScan(source, limit, jsx).run();
}

export interface EcmaScriptScan {
  /** The nesting bound of the skimmed source: brackets in comments do not count, the skim blanks them. */
  depth: number;
  /** The source with the insides of skipped brace blocks blanked (same length, same offsets), or null when the scan lost track of the braces. */
  skimmed: string | null;
}

/**
 * The nesting bound and, in the same pass, the source "skimmed" for a definitions-only parse: the
 * insides of brace blocks no definition lives in (function bodies, object literals, blocks) are
 * replaced by spaces, and so are comments (see `blanked`). A parser then builds, and hands over, only the declarations: effect's
 * src/ skims to about a sixth of its AST. Every offset stays where it was.
 */
export function scanEcmaScript(source: string, jsx: boolean, limit = SAFE_NESTING): EcmaScriptScan {
  const scan = new NestingScan(source, limit, jsx, false);
  const depth = scan.run();
  if (depth > limit || !scan.balanced()) return { depth, skimmed: null };
  return { depth, skimmed: blanked(source, scan.skipped, scan.comments) };
}

/**
 * The source with `skipped` ranges and `comments` turned into spaces, except the first line feed
 * of a comment that has one: automatic semicolon insertion only asks whether a line break lies
 * between two tokens, and lines and columns are counted on the source itself, never on this
 * text. Large files are mostly comments (effect's Effect.ts: 83 %): keeping every line feed cost
 * more than the scan. Both lists are in source order and never overlap (no comment is recorded
 * inside a skipped block).
 */
function blanked(source: string, skipped: [number, number][], comments: [number, number][]): string {
  const parts: string[] = [];
  let from = 0;
  for (let s = 0, c = 0; s < skipped.length || c < comments.length;) {
    const isComment = s === skipped.length || (c < comments.length && comments[c]![0] < skipped[s]![0]);
    const [start, end] = isComment ? comments[c++]! : skipped[s++]!;
    parts.push(source.slice(from, start), isComment ? blankComment(source, start, end) : ' '.repeat(end - start));
    from = end;
  }
  parts.push(source.slice(from));
  return parts.join('');
}

/** Spaces for a comment, with its first line feed kept. */
function blankComment(source: string, start: number, end: number): string {
  const lineFeed = source.indexOf('\n', start);
  return lineFeed === -1 || lineFeed >= end
    ? ' '.repeat(end - start)
    : `${' '.repeat(lineFeed - start)}\n${' '.repeat(end - lineFeed - 1)}`;
}
