import { readFileSync } from 'node:fs';
import ignore from 'ignore';
import { loadConfig, UsageError } from '@ce/core';
import { scanFiles } from '../files/scan-files.js';
import { isBinary } from '../indexer/process-file.js';

export interface SearchOptions {
  /** A JavaScript regular expression; it may span lines (`.` does not match a newline unless `dotAll`). */
  pattern: string;
  /** Only files matching one of these gitignore-style globs (`*.ts`, `src/**\/*.ts`, `src/core`). */
  paths?: string[];
  /** Leave out files matching these globs. */
  exclude?: string[];
  contextBefore?: number;
  contextAfter?: number;
  ignoreCase?: boolean;
  dotAll?: boolean;
  /** At most this many matches (default 200). */
  maxResults?: number;
}

export interface SearchMatch {
  file: string;
  line: number;
  column: number;
  endLine: number;
  /** The matched text (at most 500 characters). */
  match: string;
  before: string[];
  lines: string[];
  after: string[];
}

export interface SearchResult {
  pattern: string;
  matches: SearchMatch[];
  filesSearched: number;
  total: number;
  truncated: boolean;
}

/**
 * Searches the repository's text files (the same files the index sees: .gitignore and
 * context.exclude respected, binary and huge files left out) for a regular expression.
 */
export async function searchForPattern(root: string, options: SearchOptions): Promise<SearchResult> {
  let regex: RegExp;
  try {
    regex = new RegExp(options.pattern, `gm${options.ignoreCase ? 'i' : ''}${options.dotAll ? 's' : ''}`);
  } catch (error) {
    throw new UsageError(
      'bad-pattern',
      `the pattern ${JSON.stringify(options.pattern)} is not a valid regular expression: ${(error as Error).message}`,
      {
        hint: 'give a JavaScript regular expression; escape ( [ { . * + ? with a backslash to match them literally',
      },
    );
  }
  const include = globFilter(options.paths);
  const exclude = globFilter(options.exclude);
  const { config } = loadConfig(root);
  const scan = await scanFiles(root, { exclude: config.context.exclude, maxFileBytes: config.context.maxFileBytes });
  const limit = options.maxResults ?? 200;
  const before = Math.max(0, options.contextBefore ?? 0);
  const after = Math.max(0, options.contextAfter ?? 0);
  const matches: SearchMatch[] = [];
  let total = 0;
  let searched = 0;
  for (const file of scan.files) {
    if (include && !include(file.path)) continue;
    if (exclude?.(file.path)) continue;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file.fsPath);
    } catch {
      continue;
    }
    if (isBinary(bytes)) continue;
    searched++;
    const text = bytes.toString('utf8');
    let lines: string[] | undefined;
    let starts: number[] | undefined;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) regex.lastIndex++;
      total++;
      if (matches.length >= limit) continue;
      lines ??= text.split('\n');
      starts ??= lineStarts(text);
      const line = lineOf(starts, m.index);
      const endLine = lineOf(starts, m.index + Math.max(0, m[0].length - 1));
      matches.push({
        file: file.path,
        line: line + 1,
        column: m.index - starts[line]!,
        endLine: endLine + 1,
        match: m[0].length > 500 ? `${m[0].slice(0, 499)}…` : m[0],
        before: lines.slice(Math.max(0, line - before), line),
        lines: lines.slice(line, endLine + 1),
        after: lines.slice(endLine + 1, endLine + 1 + after),
      });
    }
  }
  return { pattern: options.pattern, matches, filesSearched: searched, total, truncated: total > matches.length };
}

/**
 * gitignore-style patterns as a filter: `*.ts` (any depth), `src/**\/*.py`, `src/core` (that folder
 * or file and everything below it). Undefined when no patterns are given.
 */
export function globFilter(patterns: string[] | undefined): ((path: string) => boolean) | undefined {
  const list = (patterns ?? []).map((p) => p.trim().replace(/^\.\/+/, '')).filter(Boolean);
  if (list.length === 0) return undefined;
  const matcher = ignore().add(list);
  return (path) => matcher.ignores(path);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
