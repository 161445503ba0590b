/**
 * `tox run -f py$(echo ${{ matrix.python-version }} | tr -d .)`: once the matrix value is in, the
 * command substitution only reshapes a literal (`3.12` → `312`), so its value is known before CI runs
 * it. Read that way the line names the factor it selects (`py312`), as a person would type it.
 * Only `echo <literal>` piped through `tr -d <chars>`, `sed 's/<x>/<y>/g'` and `cut -f <n> -d <c>`
 * stages is worked out; any other substitution depends on the machine and stays as written.
 */
const unquote = (w: string): string => w.replace(/^(["'])(.*)\1$/, '$2');

/** One `tr -d` stage: the characters of its set (`\.` read as `.`) dropped. */
function trStage(value: string, args: string[]): string | undefined {
  if (args[0] !== '-d' || args.length !== 2) return undefined;
  const drop = new Set(
    unquote(args[1] as string)
      .replace(/\\(.)/g, '$1')
      .split(''),
  );
  return [...value].filter((ch) => !drop.has(ch)).join('');
}

/**
 * One `sed 's/x/y/g'` stage with a literal pattern (`\.` read as `.`); a pattern anchored at the start
 * or the end (`s/^py//`: `pypy3.9` → `py3.9` once the matrix value is in) replaces only there.
 */
function sedStage(value: string, args: string[]): string | undefined {
  const script = unquote((args[0] === '-e' ? args[1] : args[0]) ?? '');
  const m = /^s([/|#])((?:(?!\1).)*)\1((?:(?!\1).)*)\1(g?)$/.exec(script);
  if (!m) return undefined;
  const pattern = m[2] as string;
  const start = pattern.startsWith('^');
  const end = !start && pattern.endsWith('$') && !pattern.endsWith('\\$');
  const from = pattern.slice(start ? 1 : 0, end ? -1 : undefined).replace(/\\\./g, '.');
  if (from === '' || /[\\[\]^$*+?(){}]/.test(from)) return undefined;
  if (start) return value.startsWith(from) ? `${m[3]}${value.slice(from.length)}` : value;
  if (end) return value.endsWith(from) ? `${value.slice(0, -from.length)}${m[3]}` : value;
  return m[4] ? value.split(from).join(m[3]) : value.replace(from, m[3] as string);
}

/** One `cut -f <n> -d <c>` stage (either order, `-d-` or `-d '-'`). */
function cutStage(value: string, args: string[]): string | undefined {
  const joined = args.map(unquote).join(' ');
  const field = /-f\s*(\d+)/.exec(joined)?.[1];
  const delimiter = /-d\s*(\S)/.exec(joined)?.[1];
  if (field === undefined || delimiter === undefined) return undefined;
  return value.split(delimiter)[Number(field) - 1] ?? '';
}

const STAGES: Record<string, (value: string, args: string[]) => string | undefined> = { tr: trStage, sed: sedStage, cut: cutStage };

/** The value of `$(echo <literal> | stage | …)`, or undefined when any part is not a known reshaping. */
function literalValue(inner: string): string | undefined {
  const [head, ...stages] = inner.split('|').map((p) => p.trim());
  const literal = /^echo\s+(["']?)([\w.+-]+)\1$/.exec(head ?? '')?.[2];
  if (literal === undefined || stages.length === 0) return undefined;
  let value: string | undefined = literal;
  for (const stage of stages) {
    const [tool = '', ...args] = stage.split(/\s+/);
    const run = STAGES[tool];
    value = run && value !== undefined ? run(value, args) : undefined;
    if (value === undefined) return undefined;
  }
  return value === '' ? undefined : value;
}

/** The command with each substitution of a literal worked out; others left as written. */
export function withLiteralSubstitutions(command: string): string {
  return maskSubstitutions(command, (whole) => literalValue(whole.slice(2, -1).trim()) ?? whole);
}

/**
 * Each `$( … )` of a line (nested parentheses included) passed through `mask`: its `;` and `&&` belong to
 * the substituted command (`echo v=$(python -c "import sys; print(sys.version)")`), not to the line's.
 */
export function maskSubstitutions(line: string, mask: (text: string) => string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const start = line.indexOf('$(', i);
    if (start < 0) break;
    let depth = 0;
    let end = -1;
    for (let j = start + 1; j < line.length; j++) {
      if (line[j] === '(') depth++;
      else if (line[j] === ')' && --depth === 0) {
        end = j;
        break;
      }
    }
    if (end < 0) break;
    out += line.slice(i, start) + mask(line.slice(start, end + 1));
    i = end + 1;
  }
  return out + line.slice(i);
}
