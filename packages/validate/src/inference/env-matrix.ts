/**
 * A shell variable a step sets from the matrix (`env: NOX_SESSION: ${{ matrix.nox-session || … }}`,
 * `run: nox -s "$NOX_SESSION"`) names the matrix value as surely as `${{ matrix.nox-session }}`
 * written in the command would: the runner's session or environment is the gate, so it must be seen.
 */
export function matrixVariableOfEnv(command: string, env: Record<string, unknown>): { command: string; key: string } | undefined {
  for (const m of command.matchAll(/"\$\{?([A-Za-z_]\w*)\}?"|\$\{?([A-Za-z_]\w*)\}?/g)) {
    const value = env[(m[1] ?? m[2]) as string];
    if (typeof value !== 'string') continue;
    // The first matrix key the expression reads is the one whose values the variable takes; a
    // fallback (`|| format('test-{0}', matrix.python-version)`) covers the entries that leave it empty.
    const key = /^\s*\$\{\{[\s\S]*?\bmatrix\.([\w-]+)[\s\S]*\}\}\s*$/.exec(value)?.[1];
    if (key === undefined) continue;
    const at = m.index ?? 0;
    return { command: `${command.slice(0, at)}\${{ matrix.${key} }}${command.slice(at + m[0].length)}`, key };
  }
  return undefined;
}

/**
 * The matrix with the key's empty values left out: an entry that leaves the variable empty runs the
 * expression's fallback, which the listed values of its other entries already stand for.
 */
export function withoutEmptyValues(matrix: Map<string, string[]>, key: string): Map<string, string[]> {
  const out = new Map(matrix);
  const values = (matrix.get(key) ?? []).filter((v) => v.trim() !== '');
  if (values.length > 0) out.set(key, values);
  else out.delete(key);
  return out;
}
