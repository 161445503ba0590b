import type { Condition, ConditionVariable } from './condition.js';

/** Thrown by parseCondition with the offset of the problem. */
export class ConditionSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

type Token = { type: 'op' | 'string' | 'ident'; text: string; offset: number };

/** A quoted string starting at `i`: its text (backslash escapes resolved) and the index after it. */
function readString(source: string, i: number): { text: string; next: number } {
  const quote = source[i];
  let j = i + 1;
  let text = '';
  while (j < source.length && source[j] !== quote) {
    if (source[j] === '\\' && j + 1 < source.length) j++;
    text += source[j];
    j++;
  }
  if (j >= source.length) throw new ConditionSyntaxError('unterminated string', i);
  return { text, next: j + 1 };
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    const two = source.slice(i, i + 2);
    const ident = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(source.slice(i));
    if (/\s/.test(c)) {
      i++;
    } else if (two === '==' || two === '!=' || two === '&&' || two === '||') {
      tokens.push({ type: 'op', text: two, offset: i });
      i += 2;
    } else if (c === '!' || c === '(' || c === ')') {
      tokens.push({ type: 'op', text: c, offset: i });
      i++;
    } else if (c === "'" || c === '"') {
      const { text, next } = readString(source, i);
      tokens.push({ type: 'string', text, offset: i });
      i = next;
    } else if (ident) {
      tokens.push({ type: 'ident', text: ident[0], offset: i });
      i += ident[0].length;
    } else {
      throw new ConditionSyntaxError(`unexpected "${c}"`, i);
    }
  }
  return tokens;
}

function toVariable(token: Token): ConditionVariable {
  const t = token.text;
  if (t === 'branch' || t === 'tag' || t === 'event') return { name: t };
  const env = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(t);
  if (env?.[1]) return { name: 'env', key: env[1] };
  throw new ConditionSyntaxError(`unknown name "${t}" (use branch, tag, event or env.NAME)`, token.offset);
}

/** A recursive-descent parser over the tokens of one condition, one method per grammar rule. */
class ConditionParser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly end: number,
  ) {}

  parse(): Condition {
    const result = this.or();
    const rest = this.tokens[this.pos];
    if (rest) throw new ConditionSyntaxError(`unexpected "${rest.text}"`, rest.offset);
    return result;
  }

  private peekOp(text: string): boolean {
    const t = this.tokens[this.pos];
    return t?.type === 'op' && t.text === text;
  }

  private or(): Condition {
    const items = [this.and()];
    while (this.peekOp('||')) {
      this.pos++;
      items.push(this.and());
    }
    return items.length === 1 ? (items[0] as Condition) : { kind: 'or', items };
  }

  private and(): Condition {
    const items = [this.unary()];
    while (this.peekOp('&&')) {
      this.pos++;
      items.push(this.unary());
    }
    return items.length === 1 ? (items[0] as Condition) : { kind: 'and', items };
  }

  private unary(): Condition {
    if (!this.tokens[this.pos]) throw new ConditionSyntaxError('unexpected end of condition', this.end);
    if (this.peekOp('!')) {
      this.pos++;
      const item = this.unary();
      // `!(a == 'x')` is kept as `a != 'x'`, and `!!a` as `a`: simpler output, easier deduplication.
      if (item.kind === 'compare') return { ...item, op: item.op === '==' ? '!=' : '==' };
      if (item.kind === 'not') return item.item;
      return { kind: 'not', item };
    }
    if (this.peekOp('(')) {
      this.pos++;
      const inner = this.or();
      const close = this.tokens[this.pos];
      if (!this.peekOp(')')) throw new ConditionSyntaxError('expected ")"', close?.offset ?? this.end);
      this.pos++;
      return inner;
    }
    return this.term();
  }

  private term(): Condition {
    const first = this.tokens[this.pos++];
    if (!first || first.type === 'op') throw new ConditionSyntaxError(`unexpected "${first?.text ?? 'end'}"`, first?.offset ?? this.end);
    const op = this.tokens[this.pos];
    if (op?.type === 'op' && (op.text === '==' || op.text === '!=')) {
      this.pos++;
      const second = this.tokens[this.pos++];
      if (!second || second.type === 'op') throw new ConditionSyntaxError('expected a name or a quoted string', second?.offset ?? this.end);
      const [varTok, strTok] = first.type === 'ident' ? [first, second] : [second, first];
      if (varTok.type !== 'ident' || strTok.type !== 'string') {
        throw new ConditionSyntaxError('compare a name with a quoted string', first.offset);
      }
      return { kind: 'compare', variable: toVariable(varTok), op: op.text, value: strTok.text };
    }
    if (first.type !== 'ident') throw new ConditionSyntaxError('a string alone is not a condition', first.offset);
    return { kind: 'set', variable: toVariable(first) };
  }
}

/** Parses a condition expression; throws ConditionSyntaxError. */
export function parseCondition(source: string): Condition {
  return new ConditionParser(tokenize(source), source.length).parse();
}
