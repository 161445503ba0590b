/** The PRP template a generation fills. */
export type TemplateName = 'kiss' | 'standard' | 'self-healing';

export interface ComplexityEstimate {
  complexity: 'low' | 'medium' | 'high';
  template: TemplateName;
  /** The points the estimate adds up, and from what. */
  points: number;
  basis: { files: number; subsystems: number; newDependencies: number };
}

/**
 * Estimates a feature's complexity from what research found: one point per file to touch, two per
 * subsystem (top-level folder) beyond the first, three per library the DOCUMENTATION names that is
 * not installed. ≤ 3 points: low → KISS template; ≤ 7: medium → standard; more: high → self-healing.
 */
export function estimateComplexity(basis: ComplexityEstimate['basis']): ComplexityEstimate {
  const points = basis.files + 2 * Math.max(0, basis.subsystems - 1) + 3 * basis.newDependencies;
  if (points <= 3) return { complexity: 'low', template: 'kiss', points, basis };
  if (points <= 7) return { complexity: 'medium', template: 'standard', points, basis };
  return { complexity: 'high', template: 'self-healing', points, basis };
}

/** The top-level folder of a path (`src` for `src/a/b.ts`; `.` for a file at the root). */
export function subsystemOf(path: string): string {
  const parts = path.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts.length === 2 ? (parts[0] as string) : '.';
}
