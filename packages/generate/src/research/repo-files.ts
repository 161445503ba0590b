import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeIndex, CodeSymbol } from '@ce/context';
import { importSpecifiers, resolveImport } from './imports.js';

/** One source file of the repository as research sees it. */
export interface RepoFile {
  path: string;
  text: string;
  symbols: CodeSymbol[];
  test: boolean;
  /** Repository files it imports. */
  imports: string[];
  /** Package names it imports (bare specifiers). */
  packages: string[];
}

const TEST_PATH =
  /(?:^|\/)(?:tests?|__tests__|spec|specs|testing|fixtures?|__mocks__)\/|[._-](?:test|spec)s?\.[a-z]+$|(?:^|\/)test_[^/]*\.py$|_test\.(?:py|go)$|(?:^|\/)conftest\.py$/;
const GENERATED = /(?:^|\/)(?:dist|build|vendor|node_modules|coverage|\.next|out)\//;
const MAX_BYTES = 512 * 1024;

/** Whether a path is a test (or test support) file. */
export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path);
}

/** The parsed source files of the code index, read from disk, with their in-repository imports. */
export function loadRepoFiles(index: CodeIndex): RepoFile[] {
  const entries = Object.entries(index.manifest.files).filter(
    ([path, entry]) => entry.language !== null && !entry.binary && entry.size <= MAX_BYTES && !GENERATED.test(path),
  );
  const paths = new Set(entries.map(([path]) => path));
  const files: RepoFile[] = [];
  for (const [path] of entries) {
    let text: string;
    try {
      text = readFileSync(join(index.root, path), 'utf8');
    } catch {
      continue;
    }
    const specifiers = importSpecifiers(path, text);
    const imports: string[] = [];
    const packages: string[] = [];
    for (const spec of specifiers) {
      const resolved = resolveImport(path, spec, paths);
      if (resolved) imports.push(resolved);
      else if (!spec.startsWith('.')) packages.push(spec);
    }
    files.push({ path, text, symbols: index.symbolsByFile.get(path) ?? [], test: isTestPath(path), imports, packages });
  }
  return files;
}
