import { condition } from './matrix-variant-step.js';

/**
 * A step guarded to the macOS or Windows rows of an operating-system matrix
 * (`if: matrix.os == 'macos-latest'`) whose sibling, guarded to the Linux row, runs the same program
 * (`./test/…/graalvm-tests` under `script -qec …` on Linux, under `script -q /dev/null sh -c …` on macOS,
 * whose `script` does not pass the exit code on). It is that platform's spelling of the Linux step: one
 * gate, and ce runs the Linux one.
 */
export function isOtherOsVariant(step: Record<string, unknown>, jobSteps: unknown[]): boolean {
  const only = condition(step['if'], '==');
  if (only === undefined || !/macos|windows/i.test(only.value) || typeof step['run'] !== 'string') return false;
  const programs = pathPrograms(step['run'] as string);
  return jobSteps.some((other) => {
    const o = other as Record<string, unknown> | null;
    const linux = condition(o?.['if'], '==');
    if (linux === undefined || linux.key !== only.key || !/ubuntu|linux/i.test(linux.value)) return false;
    return typeof o?.['run'] === 'string' && pathPrograms(o['run'] as string).some((p) => programs.includes(p));
  });
}

/** The programs a script names by path (`./test/graalvm/build/…/graalvm-tests`), quoted or not. */
function pathPrograms(run: string): string[] {
  return [...run.matchAll(/(?:^|[\s'"])(\.{1,2}\/[\w./-]+)/g)].map((m) => m[1] as string);
}
