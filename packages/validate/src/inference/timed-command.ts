/**
 * `time meson test -v`, `time -p make check`: bash's `time` keyword (or the `time` program) runs the
 * command and reports how long it took. How long CI's run lasted is not part of the gate; the gate is
 * the command it times, spelled as a developer runs it.
 * https://www.gnu.org/software/bash/manual/bash.html#Pipelines
 */
const TIMER = /^(?:\/usr\/bin\/)?time(?:\s+-[pv])*\s+(?=\S)/;

export function withoutTimer(command: string): string {
  return command.replace(TIMER, '');
}
