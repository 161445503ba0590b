/**
 * A step that runs only on one runtime version of the matrix while the job's other steps skip that
 * version (`if: matrix.node-version == '10.x'` beside `if: matrix.node-version != '10.x'`): the old
 * runtime's variant of the main steps (terser's `node --require esm test/compress.js` for Node 10).
 * The main steps are the gates; the variant adds none. Only runtime versions: a row for a mode
 * (`matrix.check_formatting == '1'` runs `tox -m check`, trio) does other work, and an operating
 * system's rows are read by the Windows rules (windows-only-job.ts).
 */
export function isMatrixRowVariant(step: Record<string, unknown>, jobSteps: unknown[]): boolean {
  const only = condition(step['if'], '==');
  if (only === undefined || !RUNTIME_VERSION.test(only.key)) return false;
  return jobSteps.some((other) => {
    const skip = condition((other as Record<string, unknown> | null)?.['if'], '!=');
    return skip !== undefined && skip.key === only.key && skip.value === only.value;
  });
}

/** `node-version`, `python`, `ruby_version`, `jdk`, `toolchain`: a matrix key naming a runtime's version. */
const RUNTIME_VERSION =
  /^(([\w]+[-_])?(version|ver)s?|node|nodejs|python|py|ruby|go|golang|java|jdk|rust|toolchain|php|deno|bun|elixir|otp|dotnet)$/i;

/** `matrix.node-version == '10.x'` (alone, with `${{ }}` or not) → key and value. */
export function condition(text: unknown, operator: '==' | '!='): { key: string; value: string } | undefined {
  if (typeof text !== 'string') return undefined;
  const inner = text.trim().replace(/^\$\{\{\s*([\s\S]*?)\s*\}\}$/, '$1');
  const m = new RegExp(`^matrix\\.([\\w.-]+)\\s*${operator}\\s*(['"])([^'"]*)\\2$`).exec(inner);
  return m ? { key: m[1] as string, value: m[3] as string } : undefined;
}
