import { UsageError } from '@ce/core';
import type { NodeContext, NodeStrategy } from '../node-strategy.js';

/** A symbol as Serena's `find_symbol` reports it. */
export interface SerenaSymbol {
  /** `Class/method`, as Serena writes name paths. */
  name_path: string;
  kind: string;
  relative_path: string;
  body_location?: { start_line: number; end_line: number };
  body?: string;
}

export type SerenaRequest =
  | {
      tool: 'find_symbol';
      name_path?: string;
      name_path_pattern?: string;
      relative_path?: string;
      substring_matching?: boolean;
      include_body?: boolean;
    }
  | { tool: 'get_symbols_overview'; relative_path: string }
  | { tool: 'search_for_pattern'; substring_pattern: string; relative_path?: string }
  | { query: string };

/** Serena's answers: symbols, or matched lines by file. A `{query}` gets both. */
export interface SerenaResponse {
  symbols?: SerenaSymbol[];
  matches?: Record<string, string[]>;
}

export interface MockSerenaData {
  symbols?: SerenaSymbol[];
  /** File contents that `search_for_pattern` searches, by repository-relative path. */
  files?: Record<string, string>;
}

/**
 * Stands in for Serena (code intelligence over MCP) with canned symbols and files. Speaks the tool
 * names agents know (`find_symbol`, `get_symbols_overview`, `search_for_pattern`) and a plain
 * `{query}` research request; an array of requests gets an array of answers. Nothing is spent.
 */
export class MockSerenaStrategy implements NodeStrategy<SerenaRequest | SerenaRequest[] | string, SerenaResponse | SerenaResponse[]> {
  readonly name = 'mock-serena';
  private readonly symbols: SerenaSymbol[];
  private readonly files: Record<string, string>;

  constructor(data: MockSerenaData = {}) {
    this.symbols = data.symbols ?? [];
    this.files = data.files ?? {};
  }

  isMocked(): boolean {
    return true;
  }

  async execute(request: SerenaRequest | SerenaRequest[] | string, _context?: NodeContext): Promise<SerenaResponse | SerenaResponse[]> {
    if (Array.isArray(request)) return request.map((r) => this.answer(r));
    return this.answer(typeof request === 'string' ? { query: request } : request);
  }

  private answer(request: SerenaRequest): SerenaResponse {
    if (!request || typeof request !== 'object') throw badRequest(request);
    if ('query' in request && typeof request.query === 'string') return this.research(request.query);
    if (!('tool' in request)) throw badRequest(request);
    switch (request.tool) {
      case 'find_symbol': {
        const pattern = request.name_path_pattern ?? request.name_path;
        if (!pattern) throw new UsageError('mock-serena-bad-request', 'find_symbol needs name_path (or name_path_pattern)');
        const found = this.symbols.filter(
          (s) =>
            matchesNamePath(s.name_path, pattern, request.substring_matching ?? false) &&
            (!request.relative_path || s.relative_path.startsWith(request.relative_path)),
        );
        return { symbols: found.map((s) => (request.include_body ? s : withoutBody(s))) };
      }
      case 'get_symbols_overview':
        return {
          symbols: this.symbols.filter((s) => s.relative_path === request.relative_path && !s.name_path.includes('/')).map(withoutBody),
        };
      case 'search_for_pattern':
        return { matches: this.search(request.substring_pattern, request.relative_path) };
      default:
        throw badRequest(request);
    }
  }

  private research(query: string): SerenaResponse {
    const words = [...new Set(query.toLowerCase().match(/[a-z_][a-z0-9_]{2,}/g) ?? [])];
    const symbols = this.symbols.filter((s) => words.some((w) => s.name_path.toLowerCase().includes(w))).map(withoutBody);
    const matches: Record<string, string[]> = {};
    for (const word of words) {
      for (const [file, lines] of Object.entries(this.search(escapeRegExp(word), undefined, 'i'))) {
        matches[file] = [...new Set([...(matches[file] ?? []), ...lines])];
      }
    }
    return { symbols, matches };
  }

  private search(pattern: string, under: string | undefined, flags = ''): Record<string, string[]> {
    let regex: RegExp;
    try {
      regex = new RegExp(pattern, flags);
    } catch {
      throw new UsageError('mock-serena-bad-request', `search_for_pattern: "${pattern}" is not a valid regular expression`);
    }
    const out: Record<string, string[]> = {};
    for (const [file, content] of Object.entries(this.files)) {
      if (under && !file.startsWith(under)) continue;
      const lines = content.split(/\r?\n/).flatMap((line, i) => (regex.test(line) ? [`${i + 1}: ${line}`] : []));
      if (lines.length > 0) out[file] = lines;
    }
    return out;
  }
}

/** Serena's name-path matching: `b` any symbol named b, `a/b` b inside a, `/a/b` exactly that path. */
export function matchesNamePath(namePath: string, pattern: string, substring: boolean): boolean {
  const absolute = pattern.startsWith('/');
  const want = pattern.replace(/^\/+/, '').split('/').filter(Boolean);
  const have = namePath.split('/').filter(Boolean);
  if (want.length === 0 || want.length > have.length) return false;
  if (absolute && want.length !== have.length) return false;
  const tail = have.slice(have.length - want.length);
  return want.every((segment, i) => {
    const actual = tail[i] as string;
    const last = i === want.length - 1;
    return last && substring ? actual.toLowerCase().includes(segment.toLowerCase()) : actual === segment;
  });
}

function withoutBody(symbol: SerenaSymbol): SerenaSymbol {
  const { body: _body, ...rest } = symbol;
  return rest;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function badRequest(request: unknown): UsageError {
  return new UsageError('mock-serena-bad-request', `MockSerenaStrategy cannot answer ${JSON.stringify(request)}`, {
    hint: 'send {tool: "find_symbol" | "get_symbols_overview" | "search_for_pattern", …} or {query}',
  });
}
