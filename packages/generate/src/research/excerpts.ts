import type { CodeSymbol } from '@ce/context';
import type { RankedFile } from './rank-files.js';
import type { RepoFile } from './repo-files.js';
import { terms } from './terms.js';

/** A piece of code the PRP quotes: where it is and why it matters. */
export interface CodeExcerpt {
  path: string;
  startLine: number;
  endLine: number;
  symbol: string;
  code: string;
  why: string;
}

const MAX_LINES = 24;
const WEIGHTY = new Set(['class', 'function', 'method', 'interface', 'type', 'struct', 'trait', 'enum', 'constant']);

function excerpt(file: RepoFile, symbol: CodeSymbol, why: string): CodeExcerpt {
  const lines = file.text.split(/\r?\n/);
  const endLine = Math.min(symbol.range.endLine, symbol.range.startLine + MAX_LINES - 1, lines.length);
  return {
    path: file.path,
    startLine: symbol.range.startLine,
    endLine,
    symbol: symbol.namePath,
    code: lines.slice(symbol.range.startLine - 1, endLine).join('\n'),
    why,
  };
}

/**
 * The symbol of a file that best matches the feature's words (outermost when tied), if any matches.
 * A symbol the request names in a code span (`like \`uuid()\``) comes first: it is the pattern or
 * the place the request points at, whatever other symbols share more of its words.
 */
function bestSymbol(
  file: RepoFile,
  wanted: ReadonlySet<string>,
  named: ReadonlySet<string>,
): { symbol: CodeSymbol; matched: string[] } | undefined {
  const pointed = file.symbols.find((s) => named.has(s.name) && WEIGHTY.has(s.kind));
  if (pointed) return { symbol: pointed, matched: [...new Set(terms(pointed.name))] };
  let best: { symbol: CodeSymbol; matched: string[] } | undefined;
  for (const symbol of file.symbols) {
    if (!WEIGHTY.has(symbol.kind)) continue;
    const matched = [...new Set(terms(`${symbol.name} ${symbol.signature}`))].filter((t) => wanted.has(t));
    const better =
      !best ||
      matched.length > best.matched.length ||
      (matched.length === best.matched.length && symbol.exported && !best.symbol.exported && best.matched.length === 0);
    if (better) best = { symbol, matched };
  }
  return best;
}

/**
 * Code excerpts for the PRP: the best-matching symbol of each blueprint file, then of the EXAMPLES
 * and the next-ranked files until there are at least `min`; each says why it matters.
 */
export function pickExcerpts(
  files: Map<string, RepoFile>,
  order: { path: string; role: 'modify' | 'example' | 'related'; ranked?: RankedFile }[],
  wanted: ReadonlySet<string>,
  named: ReadonlySet<string> = new Set(),
  min = 3,
): CodeExcerpt[] {
  const out: CodeExcerpt[] = [];
  const seen = new Set<string>();
  for (const entry of order) {
    if (out.length >= Math.max(min, 5)) break;
    const file = files.get(entry.path);
    if (!file || seen.has(file.path)) continue;
    const found = bestSymbol(file, wanted, named);
    if (!found) continue;
    seen.add(file.path);
    const words = found.matched.length > 0 ? ` (matches ${found.matched.slice(0, 4).join(', ')})` : '';
    const why =
      entry.role === 'modify'
        ? `the change goes here: \`${found.symbol.name}\`${words}`
        : entry.role === 'example'
          ? `the pattern to follow, from the EXAMPLES: \`${found.symbol.name}\``
          : `related code: \`${found.symbol.name}\`${words}${entry.ranked ? `; ${entry.ranked.reasons[0] ?? ''}` : ''}`;
    out.push(excerpt(file, found.symbol, why));
    if (out.length >= min && entry.role === 'related') break;
  }
  return out;
}
