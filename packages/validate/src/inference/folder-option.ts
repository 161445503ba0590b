import { posix } from 'node:path';

/**
 * A package manager told to work in another folder runs there as if started in it: `pnpm -C dir x`
 * and `pnpm --dir dir x` (pnpm: "run as if pnpm was started in <path>"), `pnpm --filter ./dir x` (a
 * path selector: the package in that folder), `yarn --cwd dir x`, `npm --prefix dir run x`, `bun --cwd dir x`.
 * So CI's `pnpm -C packages/plugin-rsc tsc` is `pnpm tsc` in `packages/plugin-rsc`, read with that
 * folder's scripts. Example apps stay as written (see levelOfCiCommand: they are no gate of the project).
 */
const FOLDER_OPTION =
  /^(pnpm|yarn|npm|bun)\s+(?:(?:-C|--dir|--cwd|--prefix)[\s=]["']?([^\s"'$]+)["']?|(?:--filter|-F)[\s=]["']?(\.{1,2}\/[^\s"'$*{}]*|\.)["']?)\s+(.+)$/;

export interface MovedCommand {
  command: string;
  cwd: string;
}

/** The command and folder a package manager's folder option gives, from the step's folder `cwd`. */
export function inFolderOption(command: string, cwd: string): MovedCommand | undefined {
  const m = FOLDER_OPTION.exec(command.trim());
  if (!m) return undefined;
  const [, manager, dir, filter, rest] = m as unknown as [string, string, string | undefined, string | undefined, string];
  const folder = posix.normalize(posix.join(cwd, (dir ?? filter ?? '.').replace(/\/+$/, '')));
  if (folder.startsWith('..') || folder.startsWith('/') || /(^|\/)(examples?|demos?|samples?|playgrounds?)(\/|$)/.test(folder))
    return undefined;
  return { command: `${manager} ${rest}`, cwd: folder };
}
