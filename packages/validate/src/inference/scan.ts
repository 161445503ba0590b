import { join } from 'node:path';
import { ProjectDir } from './project-dir.js';

/** Folders never searched for sub-projects: dependencies, build output, caches, test data. */
export const SKIPPED_DIRS = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  'third_party',
  'third-party',
  'external',
  'dist',
  'build',
  'out',
  'target',
  'bin',
  'obj',
  'coverage',
  'venv',
  'env',
  '__pycache__',
  'site-packages',
  'fixtures',
  '__fixtures__',
  'testdata',
  'test-fixtures',
  'examples',
  'example',
  'docs',
  'tmp',
  'temp',
  'logs',
  // fuzzers and benchmarks are not validation gates; projects inside test folders are test data or vendored
  'test',
  'tests',
  'spec',
  '__tests__',
  'fuzz',
  'fuzzing',
  'bench',
  'benches',
  'benchmark',
  'benchmarks',
]);

export interface ScanOptions {
  /** How deep below the root sub-projects are looked for (root = 0). Default 3. */
  maxDepth?: number;
  /** Stop after reading this many folders. Default 4000. */
  maxDirs?: number;
}

/**
 * The folders of a repository that may hold a (sub-)project, breadth first, bounded in depth and
 * count; hidden folders, dependencies, build output and test data are skipped, so the time does
 * not grow with the size of the source tree.
 */
export function scanProjectDirs(root: string, options: ScanOptions = {}): ProjectDir[] {
  const maxDepth = options.maxDepth ?? 3;
  const maxDirs = options.maxDirs ?? 4000;
  const rootDir = ProjectDir.open(root, '.', 0);
  if (!rootDir) return [];
  const result: ProjectDir[] = [rootDir];
  const queue: ProjectDir[] = [rootDir];
  while (queue.length > 0 && result.length < maxDirs) {
    const dir = queue.shift() as ProjectDir;
    if (dir.depth >= maxDepth) continue;
    for (const name of [...dir.dirs].sort()) {
      if (name.startsWith('.') || SKIPPED_DIRS.has(name.toLowerCase())) continue;
      const rel = dir.rel === '.' ? name : `${dir.rel}/${name}`;
      const child = ProjectDir.open(join(dir.abs, name), rel, dir.depth + 1);
      if (!child) continue;
      result.push(child);
      queue.push(child);
      if (result.length >= maxDirs) break;
    }
  }
  return result;
}

/** The folders from the root down to (excluding) this one, nearest last. */
export function ancestorsOf(dir: ProjectDir, byRel: Map<string, ProjectDir>): ProjectDir[] {
  if (dir.rel === '.') return [];
  const parts = dir.rel.split('/');
  const out: ProjectDir[] = [];
  for (let i = 0; i < parts.length; i++) {
    const rel = i === 0 ? '.' : parts.slice(0, i).join('/');
    const found = byRel.get(rel);
    if (found) out.push(found);
  }
  return out;
}
