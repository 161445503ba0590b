import { isRecord } from '@ce/core';
import type { FindSymbolResult, SymbolMatch } from '../query/code-index.js';
import type { OverviewResult, ReferencesResult, SymbolReference } from '../query/queries.js';
import type { SearchMatch, SearchResult } from '../query/search-pattern.js';
import type { SymbolKind } from '../symbols/code-symbol.js';
import { isLspKindName, kindFromSerena } from './serena-kinds.js';

// Serena answers each tool with JSON text. Its shape has changed between releases (flat lists of
// symbol objects; children and overviews grouped by kind name; references grouped by file), so the
// readers below walk whatever nesting comes and pick out the symbol objects. Serena's line numbers
// are 0-based (LSP); ce's are 1-based.

/** One symbol object as Serena writes it, with what the grouping around it implied. */
interface RawSymbol {
  namePath: string;
  kind: SymbolKind | undefined;
  file: string | undefined;
  startLine: number | undefined;
  endLine: number | undefined;
  body: string | undefined;
  children: RawSymbol[];
  contentAround: string | undefined;
  referenceLine: number | undefined;
}

interface Context {
  file?: string;
  kind?: SymbolKind;
}

/** The JSON of a tool's text answer; throws with Serena's own words when the answer is not JSON. */
export function parseToolJson(tool: string, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed === 'null') {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      /* reported below */
    }
  }
  throw new Error(`Serena's ${tool} did not answer with JSON: ${JSON.stringify(trimmed.split('\n')[0]?.slice(0, 200) ?? '')}`);
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isSymbolObject(value: Record<string, unknown>): boolean {
  return (
    typeof value['name_path'] === 'string' ||
    (typeof value['name'] === 'string' && ('kind' in value || 'body_location' in value || 'children' in value))
  );
}

function readSymbol(obj: Record<string, unknown>, ctx: Context): RawSymbol {
  const location = isRecord(obj['body_location']) ? obj['body_location'] : isRecord(obj['location']) ? obj['location'] : undefined;
  const file = str(obj['relative_path']) ?? (location ? str(location['relative_path']) : undefined) ?? ctx.file;
  const startLine = location ? (num(location['start_line']) ?? num(location['line'])) : undefined;
  const raw: RawSymbol = {
    namePath: str(obj['name_path']) ?? str(obj['name']) ?? '',
    kind: kindFromSerena(obj['kind']) ?? ctx.kind,
    file: file?.replace(/\\/g, '/'),
    startLine,
    endLine: location ? (num(location['end_line']) ?? startLine) : undefined,
    body: str(obj['body']),
    children: [],
    contentAround: str(obj['content_around_reference']),
    referenceLine: num(obj['reference_line']) ?? num(obj['line']),
  };
  if (obj['children'] !== undefined) raw.children = collectSymbols(obj['children'], { ...(raw.file ? { file: raw.file } : {}) });
  return raw;
}

/**
 * Every symbol object in a Serena answer, however it is grouped: lists, objects keyed by kind name
 * (`{"Method": ["run", …]}`, a bare name standing for a symbol of that kind) or by file path.
 */
function collectSymbols(value: unknown, ctx: Context = {}): RawSymbol[] {
  if (Array.isArray(value)) return value.flatMap((item) => collectSymbols(item, ctx));
  if (typeof value === 'string') {
    return ctx.kind ? [readSymbol({ name: value, kind: ctx.kind }, ctx)] : [];
  }
  if (!isRecord(value)) return [];
  if (isSymbolObject(value)) return [readSymbol(value, ctx)];
  const out: RawSymbol[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (isLspKindName(key) || kindFromSerena(key)) out.push(...collectSymbols(inner, { ...ctx, kind: kindFromSerena(key)! }));
    else out.push(...collectSymbols(inner, { ...ctx, file: key.replace(/\\/g, '/') }));
  }
  return out;
}

function lastSegment(namePath: string): string {
  const segments = namePath.replace(/^\/+|\/+$/g, '').split('/');
  return (segments[segments.length - 1] ?? '').replace(/\[\d+\]$/, '');
}

function looksExported(name: string, file: string, signature: string): boolean {
  if (/^(export\b|pub\b|public\b)/.test(signature)) return true;
  if (file.endsWith('.go')) return /^[A-Z]/.test(name);
  if (/\.pyi?$/.test(file)) return !name.startsWith('_');
  return false;
}

/** A Serena symbol as ce's SymbolMatch (lines 1-based; columns are not reported by Serena, so 0). */
function toSymbolMatch(raw: RawSymbol, options: { includeBody?: boolean; includeChildren?: boolean } = {}): SymbolMatch {
  const namePath = raw.namePath.replace(/^\/+/, '');
  const segments = namePath.split('/');
  const name = lastSegment(namePath);
  const file = raw.file ?? '';
  const startLine = (raw.startLine ?? -1) + 1;
  const endLine = Math.max(startLine, (raw.endLine ?? raw.startLine ?? -1) + 1);
  const firstLine =
    raw.body
      ?.split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  const signature = (firstLine.replace(/\s*[{:]\s*$/, '') || namePath).replace(/\s+/g, ' ').slice(0, 200);
  const match: SymbolMatch = {
    name,
    kind: raw.kind ?? 'variable',
    file,
    range: { startLine, startColumn: 0, endLine, endColumn: 0 },
    signature,
    container: segments.length > 1 ? segments.slice(0, -1).join('/') : null,
    namePath,
    exported: looksExported(name, file, firstLine),
  };
  if (options.includeChildren) {
    match.children = raw.children.map((c) => ({
      name: lastSegment(c.namePath),
      kind: c.kind ?? 'variable',
      line: (c.startLine ?? -1) + 1,
    }));
  }
  if (options.includeBody && raw.body !== undefined) match.body = raw.body;
  return match;
}

/** `find_symbol`'s answer as ce's FindSymbolResult, cut to `maxResults` (default 100). */
export function mapFindSymbol(
  json: unknown,
  query: { includeBody?: boolean; includeChildren?: boolean; maxResults?: number },
): FindSymbolResult {
  const all = collectSymbols(json).map((raw) => toSymbolMatch(raw, query));
  all.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.startLine - b.range.startLine));
  const limit = query.maxResults ?? 100;
  return { matches: all.slice(0, limit), total: all.length, truncated: all.length > limit };
}

/** `get_symbols_overview`'s answer (for one file, or keyed by file for a folder) as ce's OverviewResult. */
export function mapOverview(json: unknown, path: string, includeChildren = true): OverviewResult {
  const byFile = new Map<string, SymbolMatch[]>();
  for (const raw of collectSymbols(json, { file: path })) {
    const symbol = toSymbolMatch(raw, { includeChildren });
    const list = byFile.get(symbol.file);
    if (list) list.push(symbol);
    else byFile.set(symbol.file, [symbol]);
  }
  const files = [...byFile.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, symbols]) => ({ file, symbols }));
  return { path, files };
}

/** One "  >  12:text" / "...  11:text" line of Serena's search and reference snippets. */
interface SnippetLine {
  matched: boolean;
  line: number;
  text: string;
}

function snippetLines(display: string): SnippetLine[] {
  const out: SnippetLine[] = [];
  for (const row of display.split('\n')) {
    const m = /^\s*(>|\.\.\.)\s*(\d+):(.*)$/.exec(row);
    if (m) out.push({ matched: m[1] === '>', line: Number(m[2]), text: m[3]! });
  }
  return out;
}

/** `search_for_pattern`'s answer (`{file: ["  >  12:line", …]}`) as ce's SearchResult. */
export function mapSearch(json: unknown, options: { pattern: string; ignoreCase?: boolean; maxResults?: number }): SearchResult {
  let regex: RegExp | undefined;
  try {
    regex = new RegExp(options.pattern, `m${options.ignoreCase ? 'i' : ''}`);
  } catch {
    regex = undefined; // a Python-only pattern: columns and match text come from the lines alone
  }
  const matches: SearchMatch[] = [];
  const files = isRecord(json) ? Object.entries(json) : [];
  for (const [file, entries] of files) {
    for (const entry of Array.isArray(entries) ? entries : [entries]) {
      const rows =
        typeof entry === 'string' ? snippetLines(entry) : typeof entry === 'number' ? [{ matched: true, line: entry, text: '' }] : [];
      const hit = rows.filter((r) => r.matched);
      if (hit.length === 0) continue;
      const first = hit[0]!.line;
      const last = hit[hit.length - 1]!.line;
      const lines = hit.map((r) => r.text);
      const found = regex?.exec(lines.join('\n'));
      matches.push({
        file: file.replace(/\\/g, '/'),
        line: first + 1,
        column: found ? found.index : 0,
        endLine: last + 1,
        match: (found ? found[0] : lines.join('\n')).slice(0, 500),
        before: rows.filter((r) => !r.matched && r.line < first).map((r) => r.text),
        lines,
        after: rows.filter((r) => !r.matched && r.line > last).map((r) => r.text),
      });
    }
  }
  matches.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const limit = options.maxResults ?? 200;
  return {
    pattern: options.pattern,
    matches: matches.slice(0, limit),
    filesSearched: new Set(matches.map((m) => m.file)).size,
    total: matches.length,
    truncated: matches.length > limit,
  };
}

/** `find_referencing_symbols`' answer as ce's ReferencesResult (the referencing symbols, each at its reference line). */
export function mapReferences(json: unknown, targets: SymbolMatch[], maxResults = 200): ReferencesResult {
  const name = targets[0]?.name ?? '';
  const references: SymbolReference[] = collectSymbols(json).map((raw) => {
    const hit = raw.contentAround ? snippetLines(raw.contentAround).find((r) => r.matched) : undefined;
    const line = (hit?.line ?? raw.referenceLine ?? raw.startLine ?? -1) + 1;
    const text = hit?.text ?? '';
    const column = name ? Math.max(0, text.indexOf(name)) : 0;
    const holder = raw.namePath.replace(/^\/+/, '');
    return {
      file: raw.file ?? '',
      line,
      column,
      snippet: text.trim().slice(0, 300),
      referencingSymbol: holder ? { namePath: holder, kind: raw.kind ?? 'variable' } : null,
    };
  });
  references.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    targets,
    references: references.slice(0, maxResults),
    total: references.length,
    truncated: references.length > maxResults,
    method: 'language-server',
  };
}
