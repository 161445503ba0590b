import type { GateLevel } from './types.js';

/**
 * sbt runs the tasks named on its command line one after another (`sbt scalafmtCheck +coreJVM/test`), each
 * possibly scoped to a project (`core/test`), a configuration (`Test/scalafmtCheck`, `test:scalafmtCheck`)
 * or every Scala version (`+test`). https://www.scala-sbt.org/1.x/docs/Running.html
 * Lines with quoted commands, `;` sequences or `++` version switches are left whole.
 */
const SBT_LINE = /^(sbt|\.\/sbt|sbtn)((?:\s+-[\w.=-]+)*)((?:\s+[\w:/+.-]+)+)$/;

/**
 * The format and style checks of the sbt plugins (scalafmt, scalastyle, scalafix, sbt-header,
 * sbt-java-formatter), and MiMa's binary-compatibility check against the last release.
 */
const CHECK_TASK =
  /^(scalafmt(Sbt)?Check(All)?|scalastyle|scalafixCheck(All)?|headerCheck(All)?|javafmtCheck(All)?|mimaReportBinaryIssues)$/;

/**
 * A test task named for what it tests (`testJVM`, `testJS`, `testFull`): the builds' own test tasks and
 * command aliases (`addCommandAlias("testJVM", …)`) run tests as `test` does; sbt's settings of that
 * family (`testOptions`, `testFrameworks`, …) are values, not tasks a CI line runs.
 */
const NAMED_TEST_TASK = /^test(?!(Options|Frameworks|Listeners|Grouping|Loader|Execution|ResultLogger|ForkedParallel)$)[A-Z]\w*$/;
const INTEGRATION_TEST_TASK = /^test(It|IT|Integration|E2[eE]|Acceptance|Functional)([A-Z]\w*)?$/;

/** The level of one task: its name after the version, project and configuration scopes. */
function levelOfSbtTask(task: string): GateLevel | undefined {
  if (task.startsWith('++')) return undefined;
  const scopes = task.replace(/^\+/, '').split(/[/:]/);
  const name = scopes[scopes.length - 1] as string;
  if (CHECK_TASK.test(name)) return 1;
  if (INTEGRATION_TEST_TASK.test(name)) return 3;
  if (!/^test(Only|Quick)?$/.test(name) && !NAMED_TEST_TASK.test(name)) return undefined;
  return scopes.some((s) => /^(it|IntegrationTest)$/.test(s)) ? 3 : 2;
}

function parse(command: string): { head: string; tasks: string[] } | undefined {
  const m = SBT_LINE.exec(command);
  if (!m) return undefined;
  const tasks = (m[3] as string).trim().split(/\s+/);
  return tasks.some((t) => t.startsWith('++')) ? undefined : { head: `${m[1]}${m[2] ?? ''}`, tasks };
}

/** An sbt line whose tasks are all gates of one level is that level (`sbt scalafmtCheck Test/scalafmtCheck`). */
export function levelOfSbtLine(command: string): GateLevel | undefined {
  const line = parse(command);
  if (!line) return undefined;
  const levels = new Set(line.tasks.map(levelOfSbtTask));
  const [only] = [...levels];
  return levels.size === 1 ? only : undefined;
}

/**
 * An sbt line running gates of different levels (format checks, then the tests) is each run of same-level
 * tasks as its own sbt line, so the checks count at level 1 and the tests at 2; a task of no level
 * (`compile`) joins the run it stands in.
 */
export function splitSbtTasks(command: string): string[] {
  const line = parse(command);
  if (!line) return [command];
  const runs: { level: GateLevel | undefined; tasks: string[] }[] = [];
  for (const task of line.tasks) {
    const level = levelOfSbtTask(task);
    const last = runs[runs.length - 1];
    if (last && (level === undefined || last.level === undefined || last.level === level)) {
      last.tasks.push(task);
      last.level ??= level;
    } else runs.push({ level, tasks: [task] });
  }
  return runs.length > 1 ? runs.map((r) => `${line.head} ${r.tasks.join(' ')}`) : [command];
}
