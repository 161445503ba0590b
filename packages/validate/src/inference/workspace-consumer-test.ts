import { posix } from 'node:path';
import type { ProjectDir } from './project-dir.js';
import { isTestFolderProject, testFoldersReached } from './test-folder-project.js';

/** A package.json that takes the repository's own packages through the workspace protocol (`"@x/y": "workspace:^"`). */
function consumesWorkspace(text: string | undefined): boolean {
  if (text === undefined) return false;
  try {
    const pkg = JSON.parse(text) as Record<string, unknown>;
    return ['dependencies', 'devDependencies'].some((k) => {
      const deps = pkg[k];
      return (
        deps !== null && typeof deps === 'object' && Object.values(deps).some((v) => typeof v === 'string' && v.startsWith('workspace:'))
      );
    });
  } catch {
    return false;
  }
}

/**
 * A test program kept in a package of its own under a test folder (`node test/esm/index.ts`, where
 * `test/esm/package.json` depends on the project's packages through `workspace:^`) uses those
 * packages as an outside consumer would, installed and linked: an integration suite (level 3),
 * not a unit test of the code.
 */
export function runsConsumerTest(root: ProjectDir, body: string | undefined): boolean {
  const paths = [...(body ?? '').matchAll(/(?:^|\s)(?:\.\/)?((?:tests?|e2e)\/[\w./-]+\.[cm]?[jt]s)\b/g)].map((m) => m[1] as string);
  const inProject = paths.some((p) => {
    for (let d = posix.dirname(p); d !== '.' && d !== '/'; d = posix.dirname(d))
      if (consumesWorkspace(root.read(`${d}/package.json`)) || isTestFolderProject(root, d)) return true;
    return false;
  });
  // `cd test/bun && bun run test`, `pnpm -r test --filter <a test app>`: that project's own run.
  return inProject || testFoldersReached(root, body ?? '').some((d) => isTestFolderProject(root, d));
}
