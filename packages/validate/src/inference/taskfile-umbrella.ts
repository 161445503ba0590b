import { splitByLevel } from './split-by-level.js';
import { TASKFILE_NAMES, taskBodies, taskRecords } from './taskfile.js';

/**
 * `task test.ci` where Taskfile.yml's `test.ci` has no command of its own, only tasks it runs (`deps: [lint]`,
 * `cmds: [{task: mocks}, {task: test}, {task: test.e2e}]`): task runs those tasks and nothing else. When they
 * are gates of different levels (the linter, the unit tests, the end-to-end tests) the one CI line is each
 * of them at its own level, as for a make target made only of prerequisites (make-prerequisites.ts).
 * Tasks of one level keep the umbrella's name. https://taskfile.dev/usage/#calling-another-task
 */
export function splitTaskfileUmbrella(command: string, cwd: string, read: (path: string) => string | undefined): string[] {
  const m = /^(task|go-task)((?:\s+-[\w-]+)*)\s+([\w:.-]+)$/.exec(command);
  if (!m) return [command];
  const text = TASKFILE_NAMES.map((f) => read(cwd === '.' ? f : `${cwd}/${f}`)).find((t) => t !== undefined);
  if (text === undefined) return [command];
  const own = taskRecords(text).get(m[3] as string);
  if (!own || own.cmds.length > 0 || own.deps.length < 2) return [command];
  const bodies = taskBodies(text);
  if (!own.deps.every((d) => bodies.has(d))) return [command];
  const each = own.deps.map((d) => ({ command: `${m[1]}${m[2] ?? ''} ${d}`, body: bodies.get(d) ?? '' }));
  return splitByLevel(command, each);
}
