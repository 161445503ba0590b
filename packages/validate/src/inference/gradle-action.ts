/**
 * Actions that run Gradle with the tasks of their `arguments:` input, in the folder of
 * `build-root-directory:`: burrunan/gradle-cache-action, gradle/gradle-build-action (v2) and its
 * predecessor eskatos/gradle-command-action. The step is CI's `./gradlew <arguments>` (the wrapper,
 * as these actions use it by default), though no `run:` line spells it. Arguments and properties come
 * one or more a line; `#` starts a comment. burrunan's `properties:` are project properties
 * (`-Pname=value`); the `org.gradle.*` ones set Gradle's own JVM and toolchain handling, not the build,
 * and values CI fills in (`${{ matrix.java }}`) are CI's: both are left out.
 */
const GRADLE_ACTIONS = /^(burrunan\/gradle-cache-action|gradle\/gradle-build-action|eskatos\/gradle-command-action)@/;

export interface GradleActionRun {
  command: string;
  /** The `build-root-directory` input, when given. */
  cwd?: string;
}

/** The words of a multi-line input, comments and CI expressions dropped. */
function words(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '' && !line.includes('${{'))
    .flatMap((line) => line.split(/\s+/));
}

/** `-Pname=value` for each property line the build itself reads. */
function projectProperties(value: unknown): string[] {
  return words(value)
    .filter((w) => /^[\w.-]+=\S*$/.test(w) && !w.startsWith('org.gradle.'))
    .map((w) => `-P${w}`);
}

/** The Gradle line a Gradle action step runs, or undefined for another action or one without tasks. */
export function gradleActionRun(uses: string, inputs: Record<string, unknown> | undefined): GradleActionRun | undefined {
  if (!GRADLE_ACTIONS.test(uses)) return undefined;
  const args = words(inputs?.['arguments']);
  if (args.length === 0) return undefined;
  const dir = inputs?.['build-root-directory'];
  const cwd = typeof dir === 'string' && !dir.includes('${{') ? dir.replace(/^\.\/|\/$/g, '') || '.' : undefined;
  const command = ['./gradlew', ...args, ...projectProperties(inputs?.['properties'])].join(' ');
  return { command, ...(cwd !== undefined && cwd !== '.' ? { cwd } : {}) };
}
