/**
 * A checker's launcher kept in the project's `bin/`: scalafmt's and scalafix's coursier launchers
 * (committed as `bin/scalafmt`, run as `./bin/scalafmt --check`), or Crystal's ameba, which
 * `shards install` builds into `bin/ameba`. The launcher runs that very tool, so the line is the tool's
 * line (`scalafmt --check`), not a binary the build produced nor a helper of CI.
 * Returns the line with the tool's own name, or undefined when the line runs no such launcher.
 */
const LAUNCHER = /^(?:\.\/)?bin\/(scalafmt|scalafix|ameba)(\s.*)?$/;

export function throughToolLauncher(line: string): string | undefined {
  const m = LAUNCHER.exec(line);
  return m ? `${m[1] as string}${m[2] ?? ''}` : undefined;
}
