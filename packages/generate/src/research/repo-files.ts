import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeIndex, CodeSymbol } from '@ce/context';
import { importSpecifiers, resolveImport } from './imports.js';
import { TermCache } from './term-cache.js';
import { splitIdentifier, termCounts } from './terms.js';

/** One source file of the repository as research sees it. */
export interface RepoFile {
  path: string;
  /** The file's text, read from disk when first asked for. */
  readonly text: string;
  symbols: CodeSymbol[];
  test: boolean;
  /** Repository files it imports. */
  imports: string[];
  /** Package names it imports (bare specifiers). */
  packages: string[];
  /** Term counts of its text (from the term cache when warm). */
  bodyTerms: Map<string, number>;
  /** Weighted term counts of its path words and symbol names (from the term cache when warm). */
  nameTerms: Map<string, number>;
}

/** How much a file's path words and symbol names count in its BM25 document (docs/generate.md). */
export const NAME_WEIGHTS = { path: 3, symbols: 0.5 };

/** The weighted terms of a file's path words and symbol names. */
export function nameTerms(path: string, symbols: readonly CodeSymbol[]): Map<string, number> {
  const counts = termCounts(path.split(/[/.]/).flatMap(splitIdentifier).join(' '), new Map(), NAME_WEIGHTS.path);
  return termCounts(symbols.map((s) => s.name).join(' '), counts, NAME_WEIGHTS.symbols);
}

const TEST_PATH =
  /(?:^|\/)(?:tests?|__tests__|spec|specs|testing|fixtures?|__mocks__)\/|[._-](?:test|spec)s?\.[a-z]+$|(?:^|\/)test_[^/]*\.py$|_test\.(?:py|go)$|(?:^|\/)conftest\.py$/;
const GENERATED = /(?:^|\/)(?:dist|build|vendor|node_modules|coverage|\.next|out)\//;
const MAX_BYTES = 512 * 1024;

/** Whether a path is a test (or test support) file. */
export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path);
}

/**
 * Source files of languages the index does not parse (Ruby, C and C++, C#, PHP, Kotlin, Swift, …):
 * research still ranks them by their path and words, without symbols — a Ruby project's PRP would
 * otherwise name no file at all.
 */
const OTHER_SOURCE =
  /\.(?:rb|rake|c|h|cc|cpp|cxx|hh|hpp|hxx|cs|php|kt|kts|swift|scala|m|mm|ex|exs|erl|clj|dart|lua|pl|pm|r|jl|zig|nim|hs|ml|fs|groovy|vue|svelte|sh)$/i;

/** Whether research reads a file of the index: parsed, or source of another language, not generated, not huge. */
function researched(path: string, entry: CodeIndex['manifest']['files'][string]): boolean {
  return (entry.language !== null || OTHER_SOURCE.test(path)) && !entry.binary && entry.size <= MAX_BYTES && !GENERATED.test(path);
}

/** The source files of the code index, read from disk, with their in-repository imports. */
export function loadRepoFiles(index: CodeIndex): RepoFile[] {
  const entries = Object.entries(index.manifest.files).filter(([path, entry]) => researched(path, entry));
  const paths = new Set(entries.map(([path]) => path));
  const cache = new TermCache(index.root);
  const files: RepoFile[] = [];
  for (const [path, entry] of entries) {
    // Read only when the cache misses or an excerpt needs it: a warm run reads a handful of files.
    let text: string | undefined;
    const read = (): string => (text ??= readFileSync(join(index.root, path), 'utf8'));
    let facts: ReturnType<TermCache['factsOf']>;
    try {
      const symbols = index.symbolsByFile.get(path) ?? [];
      facts = cache.factsOf(path, entry.hash, {
        text: read,
        specifiersOf: (content) => importSpecifiers(path, content),
        namesOf: () => nameTerms(path, symbols),
      });
    } catch {
      continue;
    }
    const imports: string[] = [];
    const packages: string[] = [];
    for (const spec of facts.specifiers) {
      const resolved = resolveImport(path, spec, paths);
      if (resolved) imports.push(resolved);
      else if (!spec.startsWith('.')) packages.push(spec);
    }
    files.push({
      path,
      get text() {
        try {
          return read();
        } catch {
          return '';
        }
      },
      symbols: index.symbolsByFile.get(path) ?? [],
      test: isTestPath(path),
      imports,
      packages,
      bodyTerms: facts.terms,
      nameTerms: facts.names,
    });
  }
  cache.save(paths);
  return files;
}
