import { scriptInvocation } from './invocation.js';
import type { Candidate } from './types.js';

/** The words of a job's name that say its tests come from elsewhere (`external-parser-tests`, "Third-party Parser Tests"). */
const EXTERNAL_WORDS = /external|third[-_ ]?party/gi;

function runLines(steps: unknown): string[] {
  if (!Array.isArray(steps)) return [];
  return steps
    .map((s) => (s !== null && typeof s === 'object' ? (s as Record<string, unknown>)['run'] : undefined))
    .filter((r): r is string => typeof r === 'string')
    .flatMap((r) => r.split('\n'))
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * A job named for external or third-party tests usually runs another project's suite against this
 * one (skipped as foreign). When its name says nothing else foreign and it runs the repository's own
 * recipes (`make test-test262`, which fetches the conformance tests and runs them against the code
 * here), it is this project's gate: a suite of tests written elsewhere, run on its own code.
 * Jobs that run a tool named for external things (`cargo check-external-types`) run no recipe and stay out.
 */
export function externalSuiteOfOwn(names: readonly string[], steps: unknown, foreign: RegExp): boolean {
  if (!names.some((n) => new RegExp(EXTERNAL_WORDS.source, 'i').test(n))) return false;
  if (names.some((n) => foreign.test(n.replace(EXTERNAL_WORDS, '')))) return false;
  return runLines(steps).some((l) => {
    const runner = scriptInvocation(l)?.runner;
    return runner !== undefined && runner !== 'file';
  });
}

/**
 * In such a job, a recipe named for tests (`make test-test262`, `make test-flow`) runs the outside
 * suite: a conformance suite of the code here, level 3, whatever its recipe's program (`$(NODE)
 * scripts/parser-tests/x`) or its name's other words (`typescript`) would say.
 */
export function externalSuiteLevel(inExternalSuite: boolean | undefined, command: string): 3 | undefined {
  const invocation = scriptInvocation(command);
  if (!inExternalSuite || invocation === undefined || invocation.runner === 'file') return undefined;
  // `yarn cover:test262`: the suite run with coverage on.
  return /^(test|spec|cover)/i.test(invocation.name ?? '') ? 3 : undefined;
}

/**
 * A project script inference levelled by its name alone (`test-typescript` read as a type check)
 * that CI runs as such an outside suite takes the suite's level.
 */
export function levelOfExternalSuite<T extends Candidate>(c: T, ci: readonly { command: string; externalSuite?: boolean }[]): T {
  const own = scriptInvocation(c.command);
  if (own === undefined || own.runner === 'file' || c.level === 3) return c;
  const suite = ci.some((x) => {
    const run = scriptInvocation(x.command);
    return x.externalSuite === true && run?.runner === own.runner && run.name === own.name;
  });
  return suite ? { ...c, level: 3 } : c;
}
