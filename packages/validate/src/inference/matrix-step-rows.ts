import { asRecord } from '@ce/core';

/**
 * A step guarded by a key only some `include:` rows set (`if: ${{ matrix.with-coverage }}` where one
 * row says `{ python-version: "3.10", with-coverage: true }`) runs in those rows alone, so the
 * matrix values its command is expanded over are theirs (`tox -e ${{ matrix.python-version }}-cov` is
 * `tox -e 3.10-cov`, not the first listed version's `3.9-cov`, an environment the project never runs).
 * Only a bare truthy key: a negated one (`! matrix.with-coverage`) or a comparison keeps every row.
 */

/** `matrix.with-coverage`, alone or in `${{ }}` → `with-coverage`. */
function truthyKey(condition: unknown): string | undefined {
  if (typeof condition !== 'string') return undefined;
  const inner = condition.trim().replace(/^\$\{\{\s*([\s\S]*?)\s*\}\}$/, '$1');
  return /^matrix\.([\w-]+)$/.exec(inner)?.[1];
}

/** The job's matrix narrowed to the `include:` rows that meet the step's `if:`, or undefined when it does not narrow. */
export function matrixOfGuardedStep(
  condition: unknown,
  strategyMatrix: unknown,
  matrix: ReadonlyMap<string, string[]>,
): Map<string, string[]> | undefined {
  const key = truthyKey(condition);
  const table = asRecord(strategyMatrix);
  if (key === undefined || !table || key in table) return undefined;
  const include = Array.isArray(table['include']) ? table['include'] : [];
  const rows = include.map(asRecord).filter((row) => row !== undefined && isTruthy(row[key]));
  if (rows.length === 0) return undefined;
  const out = new Map(matrix);
  for (const row of rows as Record<string, unknown>[])
    for (const field of Object.keys(row)) {
      const values = (rows as Record<string, unknown>[])
        .map((r) => r[field])
        .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
        .map(String);
      if (values.length > 0) out.set(field, [...new Set(values)]);
    }
  return out;
}

function isTruthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== '' && value !== 0 && value !== 'false';
}
