/**
 * Whether a pom runs a check plugin in its build. A plugin named only under `<pluginManagement>`
 * (versions and defaults for builds that choose to use it) or under `<reporting>` (`mvn site` reports)
 * runs in no lifecycle phase, and one whose executions bind only report goals (checkstyle's
 * `checkstyle`, pmd's `pmd`) writes a report and fails nothing. Only a plugin declared in the build's
 * `<plugins>` with no executions (run by its goal on the command line) or an execution of a `check`
 * goal (`check`, `cpd-check`) is a gate the project set up, as is a check goal the pom's `<defaultGoal>`
 * names (`clean verify checkstyle:check pmd:check`: what a bare `mvn` runs, the plugin's configuration
 * taken from `<pluginManagement>`).
 */
export function runsCheckPlugin(pom: string, artifactId: string): boolean {
  if (defaultGoalChecks(pom, artifactId)) return true;
  const build = pom.replace(/<pluginManagement>[\s\S]*?<\/pluginManagement>|<reporting>[\s\S]*?<\/reporting>/g, '');
  return pluginBlocks(build, artifactId).some((block) => {
    const goals = [...block.matchAll(/<goal>\s*([\w:-]+)\s*<\/goal>/g)].map((m) => m[1] as string);
    return goals.length === 0 || goals.some((goal) => /(^|[:-])check$/.test(goal));
  });
}

/** Each `<plugin>…</plugin>` block whose artifactId is `artifactId`. */
function pluginBlocks(pom: string, artifactId: string): string[] {
  return [...pom.matchAll(/<plugin>([\s\S]*?)<\/plugin>/g)]
    .map((m) => m[1] as string)
    .filter((block) => new RegExp(`<artifactId>\\s*${artifactId}\\s*</artifactId>`).test(block));
}

/** Whether a `<defaultGoal>` runs the plugin's check goal, by Maven's prefix (`maven-pmd-plugin` → `pmd:check`). */
function defaultGoalChecks(pom: string, artifactId: string): boolean {
  const prefix = artifactId.replace(/^maven-/, '').replace(/(-maven)?-plugin$/, '');
  const goal = new RegExp(`(^|\\s)${prefix}:([\\w-]+-)?check(\\s|$)`);
  return [...pom.matchAll(/<defaultGoal>([\s\S]*?)<\/defaultGoal>/g)].some((m) => goal.test((m[1] as string).trim()));
}
