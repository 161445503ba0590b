import type { CodeSymbol } from '@ce/context';
import { isTestPath, nameTerms, type RepoFile } from '../src/research/repo-files.js';
import { termCounts } from '../src/research/terms.js';

/** A symbol as the code index gives it; ranking reads only its name. */
function symbol(name: string): CodeSymbol {
  // The other fields (kind, lines, signature) play no part in ranking; a cast keeps the fixture short.
  return { name, kind: 'function', line: 1, endLine: 1 } as unknown as CodeSymbol;
}

/** A repository file for ranking tests: its text, and the symbols it defines by name. */
export function repoFile(path: string, text: string, symbolNames: string[] = []): RepoFile {
  const symbols = symbolNames.map(symbol);
  return {
    path,
    text,
    symbols,
    test: isTestPath(path),
    imports: [],
    packages: [],
    bodyTerms: termCounts(text),
    nameTerms: nameTerms(path, symbols),
  };
}
