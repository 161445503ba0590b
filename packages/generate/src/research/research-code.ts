import { posix } from 'node:path';
import type { CodeIndex } from '@ce/context';
import { codeTree } from './code-tree.js';
import { pickExcerpts, type CodeExcerpt } from './excerpts.js';
import { importersOf, pickBlueprintFiles, queryTerms, rankFiles, type FeatureQuery, type RankedFile } from './rank-files.js';
import { loadRepoFiles } from './repo-files.js';
import { newTestPath } from './test-path.js';

/** What research found for a feature: the files to change, code to quote, the area's tree. */
export interface CodeResearch {
  files: { modify: string[]; create: string[] };
  /** The best-ranked files (up to 10), with why. */
  ranked: RankedFile[];
  excerpts: CodeExcerpt[];
  /** Test files that import the files to modify. */
  tests: string[];
  tree: { current: string; desired: string };
  /** Packages the files to modify import (for the docs step). */
  packages: string[];
  /** Source files in the index, for the complexity estimate. */
  indexedFiles: number;
}

/** Where a new test for `file` goes, following the repository's own convention. */
/**
 * Researches the code for a feature on the code index: ranks files (see `rankFiles`), names the
 * few to MODIFY, the tests that cover them (MODIFY) or the one to CREATE when none does, quotes the
 * best symbols, and draws the current and desired tree of the area.
 */
export function researchCode(index: CodeIndex, query: FeatureQuery, options: { maxFiles?: number } = {}): CodeResearch {
  const files = loadRepoFiles(index);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const examples = query.examples.filter((e) => byPath.has(e));
  const ranked = rankFiles(files, { ...query, examples });
  const modify = pickBlueprintFiles(ranked, { max: options.maxFiles ?? 6 }).map((f) => f.path);
  const importers = importersOf(files);
  const tests = [...new Set(modify.flatMap((m) => (importers.get(m) ?? []).filter((p) => byPath.get(p)?.test)))].slice(0, 2);
  const newTest =
    modify.length > 0 && tests.length === 0
      ? newTestPath(
          modify[0] as string,
          files.filter((f) => f.test).map((f) => f.path),
          files.filter((f) => !f.test).map((f) => f.path),
        )
      : undefined;
  // A test of that name may exist already without importing the file (Ruby, C): then it is modified.
  if (newTest && byPath.has(newTest)) tests.push(newTest);
  const create = newTest && !byPath.has(newTest) ? [newTest] : [];
  const wanted = new Set(queryTerms(query).keys());
  const excerpts = pickExcerpts(
    byPath,
    [
      ...modify.map((path) => ({ path, role: 'modify' as const })),
      ...examples.map((path) => ({ path, role: 'example' as const })),
      ...ranked.slice(0, 12).map((r) => ({ path: r.path, role: 'related' as const, ranked: r })),
    ],
    wanted,
  );
  const marks = new Map<string, string>([
    ...[...modify, ...tests].map((f) => [f, 'MODIFY'] as [string, string]),
    ...create.map((f) => [f, 'CREATE'] as [string, string]),
  ]);
  const folders = [...modify, ...create, ...tests].map((f) => posix.dirname(f));
  const allPaths = Object.keys(index.manifest.files);
  return {
    files: { modify: [...modify, ...tests], create },
    ranked: ranked.slice(0, 10),
    excerpts,
    tests,
    tree: { current: codeTree(allPaths, folders), desired: codeTree(allPaths, folders, marks) },
    packages: [...new Set(modify.flatMap((m) => byPath.get(m)?.packages ?? []))],
    indexedFiles: files.length,
  };
}
