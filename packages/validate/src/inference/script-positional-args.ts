import { withoutArrayLiterals } from './shell-array-literal.js';
import { withArgumentBranches } from './script-arg-branches.js';
import { stripPrefixes } from './invocation.js';

/**
 * Arguments CI passes to a shell script file of the repository (`ci/test.bash cargo <target>`). The
 * shell gives them to the script as its positional parameters, so `$1`, `${1}` and `"$1"` in the body
 * are those words, `"$@"` all of them, and so is a variable set from one (`CROSS=$1` … `$CROSS test`): read with them, the
 * body shows the tool it runs (`cargo test`), which a script taking its tool as an argument hides.
 */

/** The words after the script's path in a CI line, unquoted (`cargo` in `bash ci/test.bash cargo`). */
export function scriptFileArgs(command: string, name: string): string[] {
  const words = stripPrefixes(command).split(/\s+/);
  const at = words.findIndex((w) => w.replace(/^\.\//, '') === name);
  return at < 0 ? [] : words.slice(at + 1).map((w) => w.replace(/^(["'])(.*)\1$/, '$2'));
}

/** `NAME=$1`, `NAME="${2}"`, `local NAME=$1`: a variable that holds a positional parameter. */
const FROM_PARAMETER = /^\s*(?:export\s+|local\s+|readonly\s+|declare\s+)?([A-Za-z_]\w*)=(["']?)\$\{?([1-9])\}?\2\s*$/;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The body with the positional parameters CI gave (and the variables set from them) replaced by their words. */
export function withPositionalArgs(body: string, args: readonly string[]): string {
  const given = (n: string): string | undefined => {
    const value = args[Number(n) - 1];
    return value === undefined || value === '' ? undefined : value;
  };
  const named = new Map<string, string>();
  for (const line of body.split(/\r?\n/)) {
    const m = FROM_PARAMETER.exec(line);
    const value = m ? given(m[3] as string) : undefined;
    if (m && value !== undefined && !named.has(m[1] as string)) named.set(m[1] as string, value);
  }
  let out = body.replace(/(["']?)\$\{?([1-9])\}?\1(?!\w)/g, (whole, _q: string, n: string) => given(n) ?? whole);
  // `"$@"` and `$*` are all of them: a wrapper (`bundle exec "$@"`) runs the command CI hands it.
  if (args.length > 0) out = out.replace(/(["']?)\$\{?[@*]\}?\1/g, args.join(' '));
  for (const [name, value] of named) {
    out = out.replace(new RegExp(`(["']?)\\$(?:${escaped(name)}|\\{${escaped(name)}\\})\\1(?!\\w)`, 'g'), value);
  }
  return out;
}

/** A shell script file's body as CI runs it: with the arguments of CI's line (Python and others unchanged). */
export function scriptFileBody(body: string | undefined, command: string, name: string): string | undefined {
  if (body === undefined || /\.py$/.test(name)) return body;
  const args = scriptFileArgs(command, name);
  const runs = withArgumentBranches(withoutArrayLiterals(body), args);
  return args.length === 0 ? runs : withPositionalArgs(runs, args);
}
