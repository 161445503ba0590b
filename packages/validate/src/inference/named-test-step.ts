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

/**
 * The project's own build driver (`./build.ps1`, `pwsh ./build.ps1`, `./build.sh`, `build.cmd`) run by a
 * step named for building and testing ("Build and Test"): the driver's body is code inference does not
 * read (PowerShell, a build tool's targets), and the step says it runs the tests. Level 2; a step that
 * only builds the tests ("Build tests") runs none, nor does a smoke build ("Playground Smoke Test"); a
 * driver in a sub-folder (playgrounds/build.sh) builds that folder, not the project (the caller's check).
 */
export function levelOfBuildDriverByStepName(command: string, stepName: string | undefined): GateLevel | undefined {
  if (stepName === undefined || !/\btests?\b/i.test(stepName) || /\b(build|compile|smoke)\s+(the\s+)?tests?\b/i.test(stepName))
    return undefined;
  const driver = /^(?:(?:pwsh|powershell|bash|sh)(?:\s+-\w+)*\s+)?(?:\.[\\/])?build\.(ps1|sh|cmd|bat)(\s|$)/i;
  return driver.test(command) ? 2 : undefined;
}
