import { UsageError } from '../errors/index.js';

/** `PRP-1`, `PRP-1.2`, `PRP-1.2.3`: positive numbers without leading zeros. */
export const PRP_ID_PATTERN = /^PRP-(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*)){0,2}$/;

export function isPrpId(value: string): boolean {
  return PRP_ID_PATTERN.test(value) && !/^PRP-0(\.|$)/.test(value);
}

/** Checks a PRP id given by a user; exit 2 with an example when it is not one. */
export function assertPrpId(value: string): string {
  if (!isPrpId(value)) {
    throw new UsageError('invalid-prp-id', `"${value}" is not a PRP id`, {
      hint: 'PRP ids look like PRP-7, PRP-7.1 or PRP-7.1.2 (no leading zeros)',
    });
  }
  return value;
}

/** Orders PRP ids numerically (PRP-2 before PRP-10, PRP-1 before PRP-1.1). */
export function comparePrpIds(a: string, b: string): number {
  const parts = (id: string): number[] => id.replace(/^PRP-/, '').split('.').map(Number);
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The id at the start of a PRP file name: `PRP-3.1-auth-flow.md` → `PRP-3.1`. */
export function prpIdFromFileName(name: string): string | undefined {
  const match = /^(PRP-\d+(?:\.\d+){0,2})(?=[-_.]|$)/.exec(name.replace(/^.*[\\/]/, ''));
  const id = match?.[1];
  return id && isPrpId(id) ? id : undefined;
}
