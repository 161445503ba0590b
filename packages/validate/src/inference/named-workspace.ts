import { parseDocument } from 'yaml';
import { yamlWithinLimits, asRecord } from '@ce/core';
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
/**
 * `pnpm --filter <name> <command…>` (or `-F`) with an exact package name runs the command in that one
 * package (pnpm filtering: "--filter <package_name>" selects that package), as `yarn workspace` does.
 * Globs, paths, `...` dependents/dependencies, `^`, `!` and `{…}` select other sets and are left alone.
 */
const PNPM_NAMED = /^pnpm\s+(?:--filter|-F)[\s=](["']?)((?:@[\w.-]+\/)?[\w.-]+)\1\s+(.+)$/;

export function inNamedWorkspace(command: string, root: ProjectDir): MovedCommand | undefined {
  const yarn = NAMED.exec(command.trim());
  const pnpm = yarn ? undefined : PNPM_NAMED.exec(command.trim());
  const m = yarn ?? pnpm;
  if (!m || m[2]?.startsWith('.')) return undefined;
  const folder = workspaceFolders(root).find((dir) => root.readJson(`${dir}/package.json`)?.['name'] === m[2]);
  if (folder === undefined || /(^|\/)(examples?|demos?|samples?|playgrounds?)(\/|$)/.test(folder)) return undefined;
  return { command: `${yarn ? 'yarn' : 'pnpm'} ${m[3] as string}`, cwd: folder };
}

/** The folders the root's `workspaces` patterns name (`packages/*` one level down, plain paths as they are). */
function workspaceFolders(root: ProjectDir): string[] {
  const field = root.readJson('package.json')?.['workspaces'];
  const declared = Array.isArray(field) ? field : (field as { packages?: unknown } | undefined)?.packages;
  const patterns = Array.isArray(declared) ? declared : pnpmWorkspacePatterns(root);
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

/** The `packages:` globs of pnpm-workspace.yaml (pnpm's own list of workspace folders). */
function pnpmWorkspacePatterns(root: ProjectDir): unknown[] {
  const text = root.read('pnpm-workspace.yaml');
  if (text === undefined || !yamlWithinLimits(text)) return [];
  try {
    const packages = asRecord(parseDocument(text).toJS())?.['packages'];
    return Array.isArray(packages) ? packages : [];
  } catch {
    return [];
  }
}
