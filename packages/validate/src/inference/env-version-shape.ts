/**
 * The shape of an environment list with its Python versions blanked (`py310,smoke` → `<version>,smoke`):
 * environments that only differ by the interpreter they run on (`py310`, `py313`) are one gate.
 */
export function envVersionShape(value: string): string {
  return value
    .split(',')
    .map((v) => v.replace(/^(py|pypy|python)?-?\d[\d.]*t?$/, '<version>'))
    .join(',');
}
