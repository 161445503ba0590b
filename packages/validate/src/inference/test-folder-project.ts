import type { ProjectDir } from './project-dir.js';

/** The folders that hold a repository's tests. */
const TEST_ROOTS = ['test', 'tests', 'e2e'];

/** `cd test/bun && bun run test`: a test folder the body enters. */
const ENTERED = /(?:^|[\s;&|(])cd\s+(?:\.\/)?((?:tests?|e2e)\/[\w.-]+)/g;
/** `pnpm -r test --filter kysely-cloudflare-workers-test`: a workspace package picked by name. */
const FILTERED = /(?:^|\s)(?:--filter|-F)[= ]["']?([@\w./-]+)/g;

function parsed(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The dependency tables of a package.json, as one list of `[name, spec]`. */
function dependencies(pkg: Record<string, unknown>): [string, unknown][] {
  return ['dependencies', 'devDependencies'].flatMap((k) => {
    const table = pkg[k];
    return table !== null && typeof table === 'object' ? Object.entries(table) : [];
  });
}

/** The project taken as a package (`"kysely": "link:kysely"`, `workspace:^`, `file:../..`), not from source. */
const TAKES_PROJECT = /^(workspace|link|file):/;
/** Another runtime's own tooling: Cloudflare's (wrangler, miniflare), Bun's types, edge runtimes. */
const OTHER_RUNTIME = /^(wrangler|miniflare|@cloudflare\/[\w-]+|@types\/bun|bun-types|@edge-runtime\/[\w-]+|@fastly\/[\w-]+)$/;

/** The test-tree folder whose package.json is named so (`test/cloudflare-workers` for its package name). */
function packageFolderNamed(root: ProjectDir, name: string): string | undefined {
  for (const top of TEST_ROOTS) {
    for (const entry of root.list(top)) {
      if (parsed(root.read(`${top}/${entry}/package.json`))?.['name'] === name) return `${top}/${entry}`;
    }
  }
  return undefined;
}

/** Test-tree folders a script body enters or picks by package name. */
export function testFoldersReached(root: ProjectDir, body: string): string[] {
  const entered = [...body.matchAll(ENTERED)].map((m) => m[1] as string);
  const filtered = [...body.matchAll(FILTERED)].flatMap((m) => packageFolderNamed(root, m[1] as string) ?? []);
  return [...entered, ...filtered];
}

/**
 * A folder of the test tree that is a project of its own, running the built project the way its users
 * do: its package.json takes the project as a package (`test/bun` with `"kysely": "link:kysely"`) or
 * brings another runtime (a workers app with wrangler), or, in a repository that is no deno project,
 * it has a deno.json of its own (`test/deno`: the build run under Deno). A package that only has
 * dependencies of its own (`left-pad`) is a unit test's helper folder, no such project.
 */
export function isTestFolderProject(root: ProjectDir, dir: string): boolean {
  const pkg = parsed(root.read(`${dir}/package.json`));
  const deps = pkg === undefined ? [] : dependencies(pkg);
  if (deps.some(([name, spec]) => OTHER_RUNTIME.test(name) || (typeof spec === 'string' && TAKES_PROJECT.test(spec)))) return true;
  const denoRoot = root.has('deno.json') || root.has('deno.jsonc');
  return !denoRoot && (root.read(`${dir}/deno.json`) !== undefined || root.read(`${dir}/deno.jsonc`) !== undefined);
}
