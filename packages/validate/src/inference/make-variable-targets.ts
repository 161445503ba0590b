/**
 * Makefile rules whose targets are named through a variable (`$(TEST_TARGETS): test` after
 * `TEST_TARGETS := test-default test-short test-race`): make expands the variable when it reads the rule,
 * so each word is a target with those prerequisites. Only variables whose value is plain words (no `$`,
 * set once with `=`, `:=`, `::=` or `?=`) are written out; anything computed is left as it is.
 * https://www.gnu.org/software/make/manual/html_node/Rule-Syntax.html
 */
export function withVariableTargets(text: string): string {
  const plain = plainVariables(text);
  if (plain.size === 0) return text;
  return text.replace(/^((?:\$[({][A-Za-z_][\w.-]*[)}][ \t]*)+):(?!=)/gm, (whole, targets: string) => {
    const names = [...targets.matchAll(/\$[({]([A-Za-z_][\w.-]*)[)}]/g)].map((m) => plain.get(m[1] as string));
    return names.every((n) => n !== undefined) ? `${names.join(' ')}:` : whole;
  });
}

/**
 * `test-race: ARGS=-race` sets a variable for that target's recipe (a target-specific variable); it is
 * no rule, so it names no prerequisites and leaves the target's recipe as the other rules give it.
 * https://www.gnu.org/software/make/manual/html_node/Target_002dspecific.html
 */
export function isTargetVariable(afterColon: string): boolean {
  return /^\s*(?:(?:override|export|private)\s+)*[A-Za-z_][\w.-]*\s*(?:=|:=|::=|\+=|\?=|!=)/.test(afterColon);
}

/**
 * A plain word: a name or path (`go`, `./bin/x`), or a setting for the command after it
 * (`py_warn = PYTHONDEVMODE=1`, written before `pytest` in the recipe: the line still runs pytest).
 */
const WORD = '(?:[\\w./-]+|[A-Za-z_]\\w*=[\\w./:-]*)';

/** Variables set once to plain words (`GO = go`, `TEST_TARGETS := a b c`), by name. */
export function plainVariables(text: string): Map<string, string> {
  const word = new RegExp(`^${WORD}(?:\\s+${WORD})*$`);
  return setOnce(text, false, (value) => (word.test(value) ? value : undefined));
}

/**
 * The variables assigned once in a makefile (with `=`, `:=`, `::=`, `?=`, and `+=` when `append`: on a name
 * set nowhere else it appends to nothing), mapped through `read`; a name assigned twice, or whose value
 * `read` refuses (undefined), is left out.
 */
export function setOnce(text: string, append: boolean, read: (value: string) => string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Set<string>();
  const assignment = append
    ? /^([A-Za-z_][\w.-]*)[ \t]*(?:=|:=|::=|\?=|\+=)[ \t]*(.*)$/gm
    : /^([A-Za-z_][\w.-]*)[ \t]*(?:=|:=|::=|\?=)[ \t]*(.*)$/gm;
  for (const m of text.matchAll(assignment)) {
    const [name, value] = [m[1] as string, read((m[2] as string).trim())];
    if (seen.has(name)) out.delete(name);
    else if (value !== undefined) out.set(name, value);
    seen.add(name);
  }
  return out;
}

/**
 * A recipe line with the makefile's plain variables written out (`$(GO) test` is `go test` after `GO = go`),
 * as make expands them before the shell runs the line; anything else (`$(ARGS)`, `$(shell …)`) stays.
 * https://www.gnu.org/software/make/manual/html_node/Reference.html
 */
export function withPlainVariables(line: string, plain: ReadonlyMap<string, string>): string {
  return plain.size === 0 ? line : line.replace(/\$[({]([A-Za-z_][\w.-]*)[)}]/g, (whole, name: string) => plain.get(name) ?? whole);
}
