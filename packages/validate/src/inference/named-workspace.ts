import type { ProjectDir } from './project-dir.js';
import type { MovedCommand } from './folder-option.js';

/**
 * `yarn workspace <name> <command…>` runs the command in the workspace whose package.json is named
 * `<name>` (yarn: "run the chosen Yarn command in the selected workspace"): CI's
 * `yarn workspace jest-environment-node test` is `yarn test` in that package's folder, not a run of
 * the root's `test` script. The name is looked up among the root's `workspaces` folders (`packages/*`).
 * Example apps stay as written (levelOfCiCommand drops them: no gate of the project).
 */
const NAMED = /^yarn\s+workspace\s+(["']?)([^\s"']+)\1\s+(.+)$/;

export function inNamedWorkspace(command: string, root: ProjectDir): MovedCommand | undefined {
  const m = NAMED.exec(command.trim());
  if (!m) return undefined;
  const folder = workspaceFolders(root).find((dir) => root.readJson(`${dir}/package.json`)?.['name'] === m[2]);
  if (folder === undefined || /(^|\/)(examples?|demos?|samples?|playgrounds?)(\/|$)/.test(folder)) return undefined;
  return { command: `yarn ${m[3] as string}`, cwd: folder };
}

/** The folders the root's `workspaces` patterns name (`packages/*` one level down, plain paths as they are). */
function workspaceFolders(root: ProjectDir): string[] {
  const field = root.readJson('package.json')?.['workspaces'];
  const patterns = Array.isArray(field) ? field : (field as { packages?: unknown } | undefined)?.packages;
  if (!Array.isArray(patterns)) return [];
  return patterns
    .filter((p): p is string => typeof p === 'string' && !p.startsWith('!'))
    .flatMap((p) => {
      const base = p.replace(/\/+$/, '');
      if (!base.endsWith('/*')) return root.isDir(base) ? [base] : [];
      const parent = base.slice(0, -2);
      return root
        .list(parent)
        .map((entry) => `${parent}/${entry}`)
        .filter((dir) => root.isDir(dir));
    });
}
