import { scriptInvocation } from './invocation.js';
import type { GateLevel } from './types.js';

/**
 * A task-runner target whose name says no gate (`make cli`), run by a step that names it as a suite
 * ("Run CLI Tests (Linux)"): the step says it is that target's tests. Tests run on artifacts an earlier
 * job built and this job downloaded (`actions/download-artifact`) exercise the built program: level 3;
 * otherwise level 2. Only when the step's name holds the target's own name followed by "test(s)".
 */
export function levelByTestStepName(command: string, stepName: string | undefined, onBuiltArtifacts: boolean): GateLevel | undefined {
  if (stepName === undefined) return undefined;
  const inv = scriptInvocation(command);
  if (!inv || !['make', 'just', 'task'].includes(inv.runner) || !/^[\w-]+$/.test(inv.name)) return undefined;
  const words = inv.name.replace(/[-_]+/g, '[-_ ]+');
  if (!new RegExp(`(^|\\W)${words}\\s+tests?\\b`, 'i').test(stepName)) return undefined;
  return onBuiltArtifacts ? 3 : 2;
}

/**
 * A repository script whose name says only that it runs tests (`run-tests.sh`, `test.sh`), run by a step
 * named for integration tests ("Run CLI integration tests"): the step says which kind of tests they are.
 * A script named for its kind (`unit-tests.sh`, `lint.sh`) keeps the level its name gives.
 */
export function isGenericTestScript(command: string): boolean {
  const inv = scriptInvocation(command);
  if (inv?.runner !== 'file') return false;
  const base = (inv.name.split('/').pop() as string).replace(/\.(sh|bash)$/, '');
  return /^((run|all)[-_]?)?tests?$/.test(base);
}
