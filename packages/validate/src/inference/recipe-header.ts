/** A recipe's header line: the targets it names (`a b c`) and what follows their colon. */
export interface RecipeHeader {
  names: string;
  rest: string;
}

/** Make's target names: words separated by blanks; a helper target may start with `_` (`ci: build _check`). */
const MAKE_NAMES = /^[A-Za-z0-9_][A-Za-z0-9_./%-]*(?:[ \t]+[A-Za-z0-9_][A-Za-z0-9_./%-]*)*/;
/**
 * A justfile recipe's header: its name, then its parameters (quoted defaults may hold a colon:
 * `test *args="-x --ff":`) up to the colon that is not an assignment's `:=`. One blank opens the
 * parameters and the rest are parameter text: a single way to read a long run of blanks (`[ \t]+`
 * before them made a line of blanks without a colon quadratic).
 */
export const JUST_RECIPE_HEAD = /^@?([A-Za-z][A-Za-z0-9_-]*)((?:[ \t](?:"[^"\n]*"|'[^'\n]*'|[^:"'\n])*)?):(?!=)/;
/** A just recipe's name (its parameters follow it after a blank). */
const JUST_NAME = /^[A-Za-z][A-Za-z0-9_-]*/;

/**
 * `test lint: build` (make) or `test py='3.12' *args: build` (just): the header of a recipe, read up to
 * its first colon, which must not be an assignment's `:=` (nor come after make's `=`). Found by index
 * rather than by one pattern: a pattern whose names and "anything up to the colon" overlapped tried every
 * split of a long line without a colon, quadratic time on what an agent or a stranger can write.
 */
export function recipeHeader(line: string, just: boolean): RecipeHeader | undefined {
  const text = line.startsWith('@') ? line.slice(1) : line;
  const colon = just ? text.indexOf(':') : text.search(/[:=]/);
  if (colon < 0 || text[colon] !== ':' || text[colon + 1] === '=') return undefined;
  const head = text.slice(0, colon);
  const names = (just ? JUST_NAME : MAKE_NAMES).exec(head)?.[0];
  if (!names) return undefined;
  // just: the name is followed by the colon or by a blank that opens its parameters.
  if (just && names.length < head.length && !/[ \t]/.test(head[names.length] as string)) return undefined;
  return { names, rest: text.slice(colon + 1) };
}
