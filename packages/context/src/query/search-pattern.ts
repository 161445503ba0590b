import { readFileSync } from 'node:fs';
import ignore from 'ignore';
import type * as Re2js from 're2js';
import type { RE2JS } from 're2js';
import { excerpt, lazyRequire, loadConfig, UsageError } from '@ce/core';
import { scanFiles } from '../files/scan-files.js';
import { isBinary } from '../indexer/process-file.js';

// re2js (≈ 260 kB of JavaScript) is needed only to search: `ce context sync` and the other commands
// that load this package do not pay for it.
const re2js = lazyRequire<typeof Re2js>(import.meta.url, 're2js');

export interface SearchOptions {
  /** A regular expression in RE2 syntax (JavaScript's, without backreferences or lookaround); it may span lines (`.` does not match a newline unless `dotAll`). */
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
  const regex = compileSearchPattern(options);
  const include = globFilter(options.paths);
  const exclude = globFilter(options.exclude);
  const { config } = loadConfig(root);
  const scan = await scanFiles(root, { exclude: config.context.exclude, maxFileBytes: config.context.maxFileBytes });
  const limit = options.maxResults ?? 200;
  const context = { before: Math.max(0, options.contextBefore ?? 0), after: Math.max(0, options.contextAfter ?? 0) };
  const matches: SearchMatch[] = [];
  let total = 0;
  let searched = 0;
  let lastYield = performance.now();
  for (const file of scan.files) {
    if (include && !include(file.path)) continue;
    if (exclude?.(file.path)) continue;
    // Long searches give the event loop back now and then, so an MCP server answers other calls meanwhile.
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
    const text = readText(file.fsPath);
    if (text === undefined) continue;
    searched++;
    total += matchesIn(text, file.path, regex, { ...context, room: limit - matches.length, out: matches });
  }
  return { pattern: options.pattern, matches, filesSearched: searched, total, truncated: total > matches.length };
}

/** How long the search runs before it yields to other work on the event loop. */
const YIELD_EVERY_MS = 20;

/**
 * The pattern compiled for RE2JS, a linear-time engine: no pattern, however written, can make a
 * search backtrack for ever (`(a+)+$` on a line of a's is as quick as `a+`). The price is RE2's
 * syntax: no backreferences and no lookaround, which are refused with a clear message.
 */
export function compileSearchPattern(options: Pick<SearchOptions, 'pattern' | 'ignoreCase' | 'dotAll'>): RE2JS {
  const { RE2JS } = re2js();
  const flags = RE2JS.MULTILINE | (options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0) | (options.dotAll ? RE2JS.DOTALL : 0);
  try {
    return RE2JS.compile(options.pattern, flags);
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp:\s*/, '');
    throw new UsageError('bad-pattern', `the pattern "${excerpt(options.pattern)}" is not a valid regular expression: ${excerpt(reason)}`, {
      hint: 'use RE2 syntax (as JavaScript, without backreferences or lookaround); escape ( [ { . * + ? with a backslash to match them literally',
    });
  }
}

function readText(fsPath: string | Buffer): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(fsPath);
  } catch {
    return undefined;
  }
  return isBinary(bytes) ? undefined : bytes.toString('utf8');
}

/** Collects the matches of one file into `out` (at most `room` more); returns how many there were. */
function matchesIn(
  text: string,
  file: string,
  regex: RE2JS,
  context: { before: number; after: number; room: number; out: SearchMatch[] },
): number {
  const matcher = regex.matcher(text);
  let lines: string[] | undefined;
  let starts: number[] | undefined;
  let count = 0;
  while (matcher.find()) {
    count++;
    if (count > context.room) continue;
    const index = matcher.start();
    const matched = matcher.group() ?? '';
    lines ??= text.split('\n');
    starts ??= lineStarts(text);
    const line = lineOf(starts, index);
    const endLine = lineOf(starts, index + Math.max(0, matched.length - 1));
    context.out.push({
      file,
      line: line + 1,
      column: index - starts[line]!,
      endLine: endLine + 1,
      match: matched.length > 500 ? `${matched.slice(0, 499)}…` : matched,
      before: lines.slice(Math.max(0, line - context.before), line),
      lines: lines.slice(line, endLine + 1),
      after: lines.slice(endLine + 1, endLine + 1 + context.after),
    });
  }
  return count;
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
