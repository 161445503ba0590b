/**
 * A job that calls a reusable workflow of the same repository (`uses: ./.github/workflows/npm-script.yml`
 * with `with: { npm-script: lint }`) runs that workflow's steps with its inputs filled in: the gate is
 * named by the caller (`npm run ${{ inputs.npm-script }}` is `npm run lint`), so the called file must
 * be read with the caller's inputs, once per value of a matrix variable an input names.
 */

/** At most this many input combinations per calling job: a matrix product beyond it adds nothing new. */
const MAX_CALLS = 64;

function plainValues(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const plain = value.filter((v): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v)).map(String);
  return plain.length === value.length && plain.length > 0 ? plain : undefined;
}

/** Every value an input takes: `test-node:${{ matrix.test-part }}` once per `test-part`, and `include:` entries. */
function inputValues(value: unknown, matrix: Record<string, unknown>): string[] {
  if (typeof value !== 'string') return value === undefined || value === null ? [] : [String(value)];
  const m = /\$\{\{\s*matrix\.([\w-]+)\s*\}\}/.exec(value);
  if (!m) return [value];
  const key = m[1] as string;
  const values = new Set(plainValues(matrix[key]) ?? []);
  for (const entry of Array.isArray(matrix['include']) ? matrix['include'] : []) {
    const v = (entry as Record<string, unknown> | null)?.[key];
    if (typeof v === 'string' || typeof v === 'number') values.add(String(v));
  }
  if (values.size === 0) return [value];
  return [...values].flatMap((v) => inputValues(value.slice(0, m.index) + v + value.slice(m.index + m[0].length), matrix));
}

/** The repository path of a local reusable workflow (`./.github/workflows/x.yml`), else undefined. */
export function localWorkflowPath(uses: unknown): string | undefined {
  if (typeof uses !== 'string') return undefined;
  const m = /^\.\/(\.github\/workflows\/[\w.-]+\.ya?ml)$/.exec(uses.trim());
  return m?.[1];
}

/**
 * The called workflow's text once per combination of the caller's inputs, each `${{ inputs.x }}`
 * (and `${{ inputs['x'] }}`) replaced by its value. An input the caller does not set keeps its
 * expression, which later reading drops as it drops any other expression.
 */
export function calledWorkflowTexts(called: string, job: Record<string, unknown>): string[] {
  const withs = (job['with'] && typeof job['with'] === 'object' ? job['with'] : {}) as Record<string, unknown>;
  const strategy = (job['strategy'] && typeof job['strategy'] === 'object' ? job['strategy'] : {}) as Record<string, unknown>;
  const matrix = (strategy['matrix'] && typeof strategy['matrix'] === 'object' ? strategy['matrix'] : {}) as Record<string, unknown>;
  let combos: Record<string, string>[] = [{}];
  for (const [name, value] of Object.entries(withs)) {
    const values = inputValues(value, matrix);
    if (values.length === 0) continue;
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [name]: v }))).slice(0, MAX_CALLS);
  }
  return combos.map((inputs) =>
    called.replace(/\$\{\{\s*inputs(?:\.([\w-]+)|\[\s*['"]([\w-]+)['"]\s*\])\s*\}\}/g, (expr, dotted?: string, quoted?: string) => {
      const value = inputs[(dotted ?? quoted) as string];
      // Only a plain value is put in: one holding an expression of the caller stays unread.
      return value !== undefined && !value.includes('${{') ? value : expr;
    }),
  );
}
