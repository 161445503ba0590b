import type { ProjectDir } from './project-dir.js';

/** Folders named for a suite run against the built program (`caddytest/integration`, `test/e2e`). */
const SUITE_FOLDER = /^(integration|e2e)([-_]tests?)?$/;
const SKIPPED = /^(\.|_)|^(vendor|testdata|node_modules|third_party|examples?|docs?)$/;

function testFiles(dir: ProjectDir, folder: string): string[] {
  return dir
    .list(folder)
    .filter((n) => n.endsWith('_test.go'))
    .map((n) => `${folder}/${n}`);
}

/** A tagged file (`//go:build integration`) is run through its tag (go.ts), not through its folder. */
function untagged(dir: ProjectDir, file: string): boolean {
  const head = (dir.read(file) ?? '').slice(0, 600);
  return !/^\/\/go:build\s|^\/\/ \+build\s/m.test(head);
}

/**
 * Packages of the module kept in a folder named for integration or end-to-end tests, whose test
 * files need no build tag (`caddytest/integration`): `go test ./...` runs them with the unit tests,
 * and `go test ./caddytest/integration/...` is that suite on its own. A folder with its own go.mod
 * is another module (`./...` does not reach it). Searched three levels deep.
 */
export function goIntegrationFolders(dir: ProjectDir): { folder: string; file: string }[] {
  const out: { folder: string; file: string }[] = [];
  const visit = (folder: string, depth: number): void => {
    for (const name of dir.list(folder).sort()) {
      const sub = folder === '' ? name : `${folder}/${name}`;
      if (SKIPPED.test(name) || !dir.isDir(sub) || dir.read(`${sub}/go.mod`) !== undefined) continue;
      const files = SUITE_FOLDER.test(name) ? testFiles(dir, sub) : [];
      if (files.length > 0 && files.every((f) => untagged(dir, f))) out.push({ folder: sub, file: files[0] as string });
      else if (depth < 3) visit(sub, depth + 1);
    }
  };
  visit('', 1);
  return out;
}

/** A child folder named for tests that is a module of its own (`tests/go.mod`). */
const TEST_MODULE = /^(tests?|integration|e2e|acceptance)$/;

/**
 * Test folders kept as modules of their own (`tests/go.mod`, gorm's suite run against databases): the
 * root's `go test ./...` does not reach them, and a module made only for tests exists to carry what the
 * unit tests do not need (database drivers, containers): the integration suite, run inside it. A
 * module the root's go.work lists is part of the workspace's own runs (`go test example.com/x...`).
 */
export function goTestModules(dir: ProjectDir): { folder: string; file: string }[] {
  const work = dir.read('go.work');
  return dir
    .list('')
    .sort()
    .filter((name) => TEST_MODULE.test(name) && dir.read(`${name}/go.mod`) !== undefined)
    .filter((name) => work === undefined || !new RegExp(`(^|\\s|\\()\\.?/?${name}/?(\\s|\\)|$)`, 'm').test(work))
    .map((folder) => ({ folder, file: testFiles(dir, folder)[0] }))
    .filter((m): m is { folder: string; file: string } => m.file !== undefined);
}
