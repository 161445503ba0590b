import { otherSpellings } from './abbreviations.js';
import { bm25Document, bm25Scores, type Bm25Document } from './bm25.js';
import { proseIdentifiers } from './prose-identifiers.js';
import type { RepoFile } from './repo-files.js';
import { codeSpanIdentifiers, termCounts, terms } from './terms.js';

/** What the feature request says, as research reads it. */
export interface FeatureQuery {
  title: string;
  feature: string;
  other: string;
  /** Repository files the EXAMPLES name. */
  examples: string[];
}

export interface RankedFile {
  path: string;
  /** 0–1, relative to the best file. */
  score: number;
  /** Why it ranks: the query words it matched, the graph edges that lifted it. */
  reasons: string[];
}

/** What the request says in its own words: title, feature and other considerations (not the EXAMPLES). */
export function requestText(query: FeatureQuery): string {
  return `${query.title}\n${query.feature}\n${query.other}`;
}

/** How much each signal counts; documented in docs/generate.md ("How research ranks files"). */
const WEIGHTS = { body: 1, codeSpan: 2, defines: 0.3, example: 0.2, exampleNeighbour: 0.1, graph: 0.05, auxiliary: 0.5 };

/**
 * The query's terms with weights: the title counts twice, other considerations half. A word code
 * abbreviates (`arguments`: `args.go`) brings its abbreviations at its own weight.
 */
export function queryTerms(query: FeatureQuery): Map<string, number> {
  const counts = termCounts(query.title, new Map(), 2);
  termCounts(query.feature, counts, 1);
  termCounts(query.other, counts, 0.5);
  for (const id of codeSpanIdentifiers(`${query.title}\n${query.feature}`)) termCounts(id, counts, WEIGHTS.codeSpan);
  const weighted = new Map<string, number>();
  for (const [term, n] of counts) weighted.set(term, 1 + Math.log(n));
  for (const [term, weight] of [...weighted]) {
    for (const other of otherSpellings(term)) if ((weighted.get(other) ?? 0) < weight) weighted.set(other, weight);
  }
  return weighted;
}

function fileDocument(file: RepoFile): Bm25Document {
  // The name fields (path words ×3, symbol names ×0.5: NAME_WEIGHTS) come weighted from the term cache.
  return bm25Document(file.path, [
    { terms: file.nameTerms, weight: 1 },
    { terms: file.bodyTerms, weight: WEIGHTS.body },
  ]);
}

/**
 * Ranks the repository's non-test source files for a feature: BM25 over three fields (path words,
 * symbol names split by camelCase/snake_case, the text with its doc comments), lifted by the
 * EXAMPLES (the files themselves, what they import and what imports them) and by the import graph
 * around the best files (their callees and callers). Scores are relative to the best file.
 */
export function rankFiles(files: RepoFile[], query: FeatureQuery): RankedFile[] {
  const sources = files.filter((f) => !f.test);
  const lexical = bm25Scores(sources.map(fileDocument), queryTerms(query));
  const top = Math.max(0, ...lexical.values()) || 1;
  const score = new Map<string, number>();
  const reasons = new Map<string, string[]>();
  const note = (path: string, why: string): void => void (reasons.get(path) ?? reasons.set(path, []).get(path))?.push(why);
  const wanted = new Set(queryTerms(query).keys());
  const auxiliary = auxiliaryFolders(wanted);
  for (const file of sources) {
    const s = ((lexical.get(file.path) ?? 0) / top) * (auxiliary.test(file.path) ? WEIGHTS.auxiliary : 1);
    score.set(file.path, s);
    // A file with no lexical score shares no term with the query in its path or symbols.
    if (s === 0) continue;
    const matched = [...new Set(terms(`${file.path} ${file.symbols.map((x) => x.name).join(' ')}`))].filter((t) => wanted.has(t));
    if (matched.length > 0) note(file.path, `names match ${matched.slice(0, 4).join(', ')}`);
  }
  const named = new Set([...codeSpanIdentifiers(requestText(query)), ...soleDefinitions(sources, proseIdentifiers(requestText(query)))]);
  for (const file of sources) {
    const defined = file.symbols.filter((sym) => named.has(sym.name)).map((sym) => sym.name);
    if (defined.length > 0) {
      score.set(file.path, (score.get(file.path) ?? 0) + WEIGHTS.defines);
      note(file.path, `defines ${[...new Set(defined)].slice(0, 3).join(', ')}, named in the request`);
    }
  }
  const importers = importersOf(sources);
  const lift = (path: string, amount: number, why: string): void => {
    if (!score.has(path)) return;
    score.set(path, (score.get(path) ?? 0) + amount);
    note(path, why);
  };
  for (const example of query.examples) {
    lift(example, WEIGHTS.example, 'named in EXAMPLES');
    const file = sources.find((f) => f.path === example);
    for (const dep of file?.imports ?? []) lift(dep, WEIGHTS.exampleNeighbour, `imported by the example ${example}`);
    for (const user of importers.get(example) ?? []) lift(user, WEIGHTS.exampleNeighbour, `imports the example ${example}`);
  }
  const seeds = [...score.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  const byPath = new Map(sources.map((f) => [f.path, f]));
  for (const [seed, seedScore] of seeds) {
    for (const dep of byPath.get(seed)?.imports ?? []) lift(dep, WEIGHTS.graph * seedScore, `called from ${seed}`);
    for (const user of importers.get(seed) ?? []) lift(user, WEIGHTS.graph * seedScore, `calls into ${seed}`);
  }
  const best = Math.max(0, ...score.values()) || 1;
  return [...score.entries()]
    .filter(([, s]) => s > 0)
    .map(([path, s]) => ({ path, score: s / best, reasons: reasons.get(path) ?? ['words of the feature in its text'] }))
    .sort((a, b) => b.score - a.score || a.path.localeCompare(b.path));
}

/**
 * The names of `names` that one file alone defines. A name written in prose without backticks is
 * weaker evidence than a code span: it points at its file only when no other file defines it
 * ("Add typings for helpGroup support", where two classes define `helpGroup`, says which of them
 * nobody knows).
 */
function soleDefinitions(sources: RepoFile[], names: string[]): string[] {
  return names.filter((name) => sources.filter((f) => f.symbols.some((sym) => sym.name === name)).length === 1);
}

/**
 * Folders of code that shows or measures the project rather than being it — docs, examples,
 * demos, benchmarks: a feature is rarely built there, so their files count for less unless the
 * request speaks of them (`add an example for …`, `document …`).
 */
function auxiliaryFolders(wanted: ReadonlySet<string>): RegExp {
  const kinds: [string, string][] = [
    ['doc docs document documentation documented', 'docs?'],
    ['example examples', 'examples?'],
    ['sample samples', 'samples?'],
    ['demo demos', 'demos?'],
    ['bench benches benchmark benchmarks', 'bench(?:mark)?(?:e?s)?'],
  ];
  const folders = kinds.filter(([words]) => !terms(words).some((t) => wanted.has(t))).map(([, folder]) => folder);
  return folders.length === 0 ? /$^/ : new RegExp(`(?:^|/)(?:${folders.join('|')})/`, 'i');
}

/** Files by the files that import them. */
export function importersOf(files: RepoFile[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files) for (const dep of file.imports) (out.get(dep) ?? out.set(dep, []).get(dep))?.push(file.path);
  return out;
}

/**
 * The files the blueprint names: the best file always, then those within `ratio` of it, at most
 * `max`. A shotgun list is a defect, so the cut is relative to the best match, not a fixed count.
 */
export function pickBlueprintFiles(ranked: RankedFile[], options: { max?: number; ratio?: number } = {}): RankedFile[] {
  const max = options.max ?? 5;
  const ratio = options.ratio ?? 0.45;
  return ranked.filter((f, i) => i === 0 || f.score >= ratio).slice(0, max);
}
