import { posix } from 'node:path';
import type { CodeIndex } from '@ce/context';
import { codeTree } from './code-tree.js';
import { pickExcerpts, type CodeExcerpt } from './excerpts.js';
import { importersOf, pickBlueprintFiles, queryTerms, rankFiles, requestText, type FeatureQuery, type RankedFile } from './rank-files.js';
import { requestedFiles } from './requested-files.js';
import { codeSpanIdentifiers } from './terms.js';
import { loadRepoFiles, type RepoFile } from './repo-files.js';
import { newTestPath, ownTests } from './test-path.js';

/** What research found for a feature: the files to change, code to quote, the area's tree. */
export interface CodeResearch {
  /**
   * `modify` and `create` are every file the blueprint names; `ifNeeded` are those of `modify` whose
   * change is a guess (ranked near the best file but neither the best nor named by the request):
   * their tasks say to change them only if the change reaches them.
   */
  files: { modify: string[]; create: string[]; ifNeeded: string[] };
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
  const requested = requestedFiles(requestText(query), [...byPath.keys()]);
  const { primary, ifNeeded } = blueprintTiers(
    ranked,
    requested.filter((p) => !byPath.get(p)?.test),
    options.maxFiles ?? 6,
  );
  const modify = [...primary, ...ifNeeded];
  const tests = [...new Set([...requested.filter((p) => byPath.get(p)?.test), ...coveringTests(files, primary, modify).slice(0, 2)])];
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
    new Set(codeSpanIdentifiers(requestText(query))),
  );
  const marks = new Map<string, string>([
    ...[...modify, ...tests].map((f) => [f, ifNeeded.includes(f) ? 'MODIFY if needed' : 'MODIFY'] as [string, string]),
    ...create.map((f) => [f, 'CREATE'] as [string, string]),
  ]);
  const folders = [...modify, ...create, ...tests].map((f) => posix.dirname(f));
  const allPaths = Object.keys(index.manifest.files);
  return {
    files: { modify: [...modify, ...tests], create, ifNeeded },
    ranked: ranked.slice(0, 10),
    excerpts,
    tests,
    tree: { current: codeTree(allPaths, folders), desired: codeTree(allPaths, folders, marks) },
    packages: [...new Set(modify.flatMap((m) => byPath.get(m)?.packages ?? []))],
    indexedFiles: files.length,
  };
}

/**
 * The tests of the blueprint files, most telling first: those named after a file changed surely,
 * then those importing one, then those importing a file changed only if needed.
 */
function coveringTests(files: RepoFile[], primary: string[], modify: string[]): string[] {
  const testPaths = files.filter((f) => f.test).map((f) => f.path);
  const importers = importersOf(files);
  const isTest = new Set(testPaths);
  const importing = (paths: string[]) => paths.flatMap((m) => (importers.get(m) ?? []).filter((p) => isTest.has(p)));
  return [...new Set([...primary.flatMap((p) => ownTests(p, testPaths)), ...importing(primary), ...importing(modify)])];
}

/** Ranked files this close to the best one are as likely to be the target as the best one is. */
const PRIMARY_RATIO = 0.9;

/**
 * Which named files the change surely touches (`primary`: the best-ranked file, one more within
 * `PRIMARY_RATIO` of it, and the files the request names by path) and which it may touch
 * (`ifNeeded`: the rest of the blueprint files, see `pickBlueprintFiles`). On one-line requests the
 * best file is the one changed about six times in ten (tools/bench/localize), so the others are
 * named for the agent to look at, not to edit whatever happens.
 */
export function blueprintTiers(ranked: RankedFile[], requested: string[], max: number): { primary: string[]; ifNeeded: string[] } {
  const picked = pickBlueprintFiles(ranked, { max }).map((f) => f.path);
  const best = ranked[0]?.score ?? 0;
  const close = ranked
    .slice(0, 2)
    .filter((r, i) => i === 0 || r.score >= best * PRIMARY_RATIO)
    .map((r) => r.path);
  const primary = [...new Set([...close, ...requested])];
  return { primary, ifNeeded: picked.filter((p) => !primary.includes(p)).slice(0, Math.max(0, max - primary.length)) };
}
