/** The most characters of an input an error message repeats back. */
export const EXCERPT_MAX = 80;

/**
 * A short, single-line excerpt of an input for an error message: a megabyte-long value is shown
 * as its first characters and how long it was, never echoed whole; control characters are escaped.
 */
export function excerpt(value: string, max = EXCERPT_MAX): string {
  // eslint-disable-next-line no-control-regex -- escaping control characters is the point
  const oneLine = value.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  if (oneLine.length <= max) return oneLine;
  return `${oneLine.slice(0, max)}… (${value.length} characters)`;
}
